// The app's deployment configuration: its typed shape and a parser that lists every problem at
// once.

/** The career centre's lists, by the key config.json names them with. */
export type CentreListKey = "volunteers" | "volunteerNotes" | "questions" | "bookings";

/** The list keys, in the order `npm run provision` creates them. */
export const CENTRE_LIST_KEYS: readonly CentreListKey[] = [
  "volunteers",
  "volunteerNotes",
  "questions",
  "bookings",
];

/**
 * Lists a deployment may lack: a config.json written before the list existed stays valid, and the
 * features that read it hide.
 */
export type OptionalCentreListKey = "resources" | "takeawayCounts";

/** The optional list keys, in the order `npm run provision` creates them (after the four). */
export const OPTIONAL_CENTRE_LIST_KEYS: readonly OptionalCentreListKey[] = [
  "resources",
  "takeawayCounts",
];

/**
 * Where the career centre's data lives (ids, not names; `npm run provision` writes them): the team
 * site, its Microsoft 365 group (whose members are the advisors who edit) and its four lists.
 */
export interface SharePointConfig {
  siteId: string;
  advisorsGroupId: string;
  lists: Record<CentreListKey, string> & Partial<Record<OptionalCentreListKey, string>>;
}

/** Everything a deployment must say; read once at start-up. */
export interface AppConfig {
  /** "sandbox": the local Graph stand-in with dev tokens; "production": Microsoft Graph with Entra sign-in. */
  mode: "sandbox" | "production";
  /** The Entra app registration's client id (a GUID). */
  clientId: string;
  /**
   * The Teams app's id (the manifest's `id`, a GUID): Teams' sign-in window hands its token back
   * only when Teams says this app opened it. Required in production.
   */
  teamsAppId?: string;
  /** The directory (tenant) id, a verified domain, or "organizations". */
  tenantId: string;
  /** Delegated Graph scopes requested at sign-in. */
  scopes: string[];
  /** Origin of the sandbox (sandbox mode only), e.g. "http://127.0.0.1:4000". */
  sandboxOrigin?: string;
  /** Same-origin page that runs msal's redirect bridge (browser popup sign-in), e.g. "/auth-redirect.html". */
  redirectUri?: string;
  /** Null when the career centre's lists are not set up: the volunteer features hide. */
  sharePoint: SharePointConfig | null;
}

/** The delegated permissions the product asks for (least privilege; see docs/ARCHITECTURE.md). */
export const DEFAULT_SCOPES: readonly string[] = [
  "User.Read",
  "User.Read.All",
  "People.Read",
  "Contacts.ReadWrite",
  "Calendars.ReadWrite",
  "Mail.ReadWrite",
  // The career centre's site only (npm run provision grants the app "write" on it); delegated, so
  // SharePoint's own permissions still decide what each person may read and change.
  "Sites.Selected",
];

/** Either a usable config or every problem found, for the "production config is missing" screen. */
export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/iu;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(source: Record<string, unknown>, key: string): string | undefined {
  const value = source[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function parseSharePoint(value: unknown, problems: string[]): SharePointConfig | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    problems.push("sharePoint must be an object with siteId, advisorsGroupId and lists, or null.");
    return null;
  }
  const siteId = text(value, "siteId");
  if (!siteId) problems.push("sharePoint.siteId is missing.");
  const advisorsGroupId = text(value, "advisorsGroupId");
  if (!advisorsGroupId) {
    problems.push(
      "sharePoint.advisorsGroupId (the id of the site's Microsoft 365 group) is missing; npm run provision writes it.",
    );
  }
  const lists = isRecord(value.lists) ? value.lists : {};
  const ids: SharePointConfig["lists"] = {
    volunteers: "",
    volunteerNotes: "",
    questions: "",
    bookings: "",
  };
  for (const name of CENTRE_LIST_KEYS) {
    const id = text(lists, name);
    if (id) ids[name] = id;
    else problems.push(`sharePoint.lists.${name} (the ${name} list id) is missing.`);
  }
  for (const name of OPTIONAL_CENTRE_LIST_KEYS) {
    const value = lists[name];
    const id = text(lists, name);
    if (id) ids[name] = id;
    else if (value !== undefined && value !== null) {
      problems.push(`sharePoint.lists.${name} must be a list id, or left out.`);
    }
  }
  return siteId && advisorsGroupId ? { siteId, advisorsGroupId, lists: ids } : null;
}

/**
 * Checks a config JSON value. Sandbox mode needs only `sandboxOrigin` (ids default to
 * placeholders); production needs a GUID client id, a tenant, and an https redirect page if given.
 */
export function parseConfig(json: unknown): ConfigResult {
  const problems: string[] = [];
  if (!isRecord(json)) return { ok: false, problems: ["The configuration is not a JSON object."] };
  const mode = json.mode;
  if (mode !== "sandbox" && mode !== "production") {
    problems.push('mode must be "sandbox" or "production".');
  }
  const sandbox = mode === "sandbox";
  const clientId =
    text(json, "clientId") ?? (sandbox ? "00000000-0000-0000-0000-000000000000" : undefined);
  if (!clientId)
    problems.push("clientId (the Entra app registration's application id) is missing.");
  else if (!GUID.test(clientId)) problems.push(`clientId "${clientId}" is not a GUID.`);
  const teamsAppId = text(json, "teamsAppId");
  if (!teamsAppId && !sandbox) {
    problems.push(
      "teamsAppId (the Teams app id: the manifest's id, appId in deploy.config.json) is missing.",
    );
  } else if (teamsAppId && !GUID.test(teamsAppId)) {
    problems.push(`teamsAppId "${teamsAppId}" is not a GUID.`);
  }
  const tenantId = text(json, "tenantId") ?? (sandbox ? "organizations" : undefined);
  if (!tenantId) problems.push("tenantId (directory id or domain) is missing.");
  else if (!GUID.test(tenantId) && !DOMAIN.test(tenantId) && tenantId !== "organizations") {
    problems.push(`tenantId "${tenantId}" is neither a GUID, a domain nor "organizations".`);
  }
  let scopes = [...DEFAULT_SCOPES];
  if (json.scopes !== undefined) {
    if (
      Array.isArray(json.scopes) &&
      json.scopes.every((s) => typeof s === "string" && s.trim() !== "")
    ) {
      scopes = (json.scopes as string[]).map((s) => s.trim());
    } else {
      problems.push("scopes must be a list of permission names.");
    }
  }
  const sandboxOrigin = text(json, "sandboxOrigin");
  if (sandbox && !sandboxOrigin) problems.push("sandboxOrigin is required in sandbox mode.");
  if (sandboxOrigin && !isHttpUrl(sandboxOrigin))
    problems.push(`sandboxOrigin "${sandboxOrigin}" is not an http(s) URL.`);
  const redirectUri = text(json, "redirectUri");
  if (redirectUri && !redirectUri.startsWith("/") && !isHttpUrl(redirectUri)) {
    problems.push(`redirectUri "${redirectUri}" must be a path on this site or an https URL.`);
  }
  const sharePoint = parseSharePoint(json.sharePoint, problems);
  if (
    problems.length > 0 ||
    !clientId ||
    !tenantId ||
    (mode !== "sandbox" && mode !== "production")
  ) {
    return { ok: false, problems };
  }
  const config: AppConfig = { mode, clientId, tenantId, scopes, sharePoint };
  if (teamsAppId) config.teamsAppId = teamsAppId;
  if (sandboxOrigin) config.sandboxOrigin = sandboxOrigin;
  if (redirectUri) config.redirectUri = redirectUri;
  return { ok: true, config };
}
