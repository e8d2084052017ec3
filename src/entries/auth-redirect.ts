// Composition root of auth-redirect.html: msal-browser's redirect bridge, and nothing else.
import { runRedirectBridge } from "../auth/redirectBridge";

void runRedirectBridge();
