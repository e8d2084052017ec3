// The Content-Security-Policy of the site: one definition for the host headers and the pages' meta tag.
//
// No 'unsafe-eval' anywhere: office.js (checked in @microsoft/office-js 1.1.110: office.js and the
// outlook-*.js host scripts contain no eval or new Function), teams-js, MSAL and our bundles run without it.
// This module has no imports so the web build can embed the same policy (hosting/csp.json holds the
// rendered strings for a plain-JavaScript webpack config).

/** CSP directives by name; each value is a list of sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Origins allowed to frame our pages: Teams (classic and *.cloud.microsoft), Outlook on the web and
 * the Microsoft 365 app (which also host the unified manifest's personal tab), from Microsoft's
 * frame-ancestors table for Teams apps extended to Microsoft 365. Consumer hosts (outlook.live.com,
 * teams.live.com) are left out: the app signs in to an organisation's tenant only.
 */
export const FRAME_ANCESTORS: readonly string[] = [
  "'self'",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
];

/** Options for a development server (`npm run start:https`, webpack-dev-server). */
export interface CspOptions {
  /** Origin of a dev server whose live-reload socket must be allowed (e.g. "https://localhost:3000"). */
  readonly devServerOrigin?: string;
}

/** The policy as directives (header form: includes frame-ancestors). */
export function cspDirectives(options: CspOptions = {}): CspDirectives {
  const devSocket = options.devServerOrigin ? [options.devServerOrigin.replace(/^http/, "ws")] : [];
  return {
    "default-src": ["'self'"],
    // office.js from Microsoft's CDN (store rule); it loads its host scripts from the same place and
    // MicrosoftAjax.js from ajax.aspnetcdn.com when the host has not provided it.
    "script-src": ["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"],
    // Fluent UI (Griffel) inserts <style> elements at run time.
    "style-src": ["'self'", "'unsafe-inline'"],
    // Graph photos arrive as blobs; Fluent's avatars use data: placeholders.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": [
      "'self'",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      // teams-js fetches its list of valid host origins from here.
      "https://res.cdn.office.net",
      // office.js telemetry (blocking it only floods the console with violations).
      "https://*.pipe.aria.microsoft.com",
      ...devSocket,
    ],
    // MSAL's silent renewal runs in a hidden iframe on the sign-in origin; auth-redirect.html is ours.
    "frame-src": ["'self'", "https://login.microsoftonline.com"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": FRAME_ANCESTORS,
  };
}

/** Directives a <meta http-equiv> policy cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

function serialize(directives: CspDirectives, keep: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => keep(name))
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The policy for the Content-Security-Policy response header. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  return serialize(cspDirectives(options), () => true);
}

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` tag in the pages: a second line
 * of defence on hosts whose headers we do not control. frame-ancestors only works as a header.
 */
export function metaContentSecurityPolicy(options: CspOptions = {}): string {
  return serialize(cspDirectives(options), (name) => !HEADER_ONLY.has(name));
}
