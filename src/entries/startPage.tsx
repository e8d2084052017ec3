// Starts a product page: connect the host, decide who is signed in, render the app.
import { createRoot } from "react-dom/client";
import type { AppServices, SignedInUser } from "../app/services";
import type { Host } from "../hosts/types";
import { App } from "../ui/App";
import { connectHost } from "./connectHost";

/** In sandbox builds `?as=<upn>` picks the persona; production only trusts the host's user. */
function signedInUser(host: Host, params: URLSearchParams): SignedInUser | null {
  if (__SANDBOX__) {
    const persona = params.get("as");
    if (persona) return { userPrincipalName: persona };
  }
  const user = host.context.user;
  return user?.userPrincipalName ? { ...user, userPrincipalName: user.userPrincipalName } : null;
}

export async function startPage(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("page has no #root");
  const host = await connectHost(window.location);
  const services: AppServices = {
    host,
    user: signedInUser(host, new URLSearchParams(window.location.search)),
    now: () => new Date(),
  };
  document.documentElement.lang = host.context.locale;
  createRoot(container).render(<App services={services} />);
}
