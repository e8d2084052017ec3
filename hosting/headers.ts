// Response headers of the site: security headers for every response and cache rules per kind of file.
import { contentSecurityPolicy, type CspOptions } from "./csp";

/** Headers every response carries. */
export function securityHeaders(options: CspOptions = {}): Readonly<Record<string, string>> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // Two years with subdomains: the site is HTTPS only (Office and Teams refuse anything else).
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // No X-Frame-Options: it cannot list several framing origins and would block Teams and Outlook;
    // frame-ancestors in the CSP does that job. No Cross-Origin-Opener-Policy either: the Office
    // dialog and MSAL popups talk to their opener, which COOP would cut off.
  };
}

/** Content-hashed bundles are immutable: their name changes whenever their bytes do. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, config.json and manifests: cache but always revalidate, so a deploy is seen at once. */
export const REVALIDATE = "no-cache";
/** The MSAL redirect bridge must never come from a cache (it handles one sign-in response). */
export const NO_STORE = "no-store";
/** Icons have stable names referenced by installed manifests: a day, then revalidate. */
export const ICONS = "public, max-age=86400";

/**
 * Content-hashed file names as the production build writes them (`[name].[contenthash:8].js`, at the
 * site root): the hash is what makes a year-long, immutable cache safe.
 */
export const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css)$/;

/** Extensions whose every production file is content-hashed (for hosts that cannot match a hash). */
export const HASHED_EXTENSIONS = ["js", "css"] as const;

/** A cache rule for one site path (exact) or every path under a folder (ending in "/"). */
export interface CacheRule {
  readonly path: string;
  readonly cacheControl: string;
}

/** Cache rules by path, most specific first; hashed assets and everything else are handled below. */
export const CACHE_RULES: readonly CacheRule[] = [
  { path: "/auth-redirect.html", cacheControl: NO_STORE },
  { path: "/assets/", cacheControl: ICONS },
];

/** Cache-Control for a request path under the site root. */
export function cacheControlFor(path: string): string {
  const rule = CACHE_RULES.find((r) =>
    r.path.endsWith("/") ? path.startsWith(r.path) : path === r.path,
  );
  if (rule) return rule.cacheControl;
  return HASHED_ASSET.test(path) ? IMMUTABLE : REVALIDATE;
}
