// Where a build of the manifests points: the site URL, the app id and the Entra client id of one deployment.
//
// Read from environment variables (INTERVIEWS_BASE_URL, INTERVIEWS_APP_ID, INTERVIEWS_CLIENT_ID) or from
// deploy.config.json; with neither, a dry run uses clearly fake example values. Failures are values
// (a list of reasons), so the command line can print every problem at once.
import { createHash } from "node:crypto";
import { manifestSource } from "../scripts/manifestSource";

/** Publisher details shown in the store listing and the Teams app details page. */
export interface Publisher {
  readonly name: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
}

/** One deployment of the app. */
export interface DeployTarget {
  /** https origin (optionally with a path) that serves dist/, without a trailing slash. */
  readonly baseUrl: string;
  /** Host (with port, if any) of baseUrl: used for validDomains and the api:// resource. */
  readonly host: string;
  /** The app's id (GUID): the unified manifest's `id`. */
  readonly appId: string;
  /**
   * The add-in-only (XML) manifest's `<Id>`: a different GUID from `appId`, as Office requires for
   * the two versions of one add-in (office-js-docs-pr docs/concepts/duplicate-legacy-metaos-add-ins.md);
   * the unified manifest hides it through `extensions[].alternates[].hide.customOfficeAddin`.
   */
  readonly xmlAddinId: string;
  /** Application (client) id of the Entra app registration. */
  readonly clientId: string;
  readonly publisher: Publisher;
  /** True when no deployment was configured and example values were used (dry run only). */
  readonly isExample: boolean;
  /** True when localhost was allowed (`--dev`, for sideloading against `npm run start:https`). */
  readonly isDev: boolean;
}

/** The shape of deploy.config.json (all keys optional; env vars win over the file). */
export interface DeployConfigFile {
  baseUrl?: string;
  appId?: string;
  clientId?: string;
  /** Optional: the XML manifest's own id; derived from appId when absent. */
  xmlAddinId?: string;
  publisher?: Partial<Publisher>;
}

/** Result of resolving a deploy target: the target, or every reason it cannot be used. */
export type DeployTargetResult =
  | { readonly ok: true; readonly target: DeployTarget }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Environment variable names read by {@link resolveDeployTarget}. */
export const DEPLOY_ENV = {
  baseUrl: "INTERVIEWS_BASE_URL",
  appId: "INTERVIEWS_APP_ID",
  clientId: "INTERVIEWS_CLIENT_ID",
} as const;

/** Optional environment variable for the XML manifest's id (else derived from the app id). */
export const XML_ADDIN_ID_ENV = "INTERVIEWS_XML_ADDIN_ID";

/**
 * The XML manifest's id when none is given: a name-based (version 5 style) GUID computed from the
 * app id, so it is stable across builds, differs from the app id, and needs no extra setting.
 */
export function deriveXmlAddinId(appId: string): string {
  const hash = createHash("sha1").update(
    `information-interviews/xml-manifest/${appId.toLowerCase()}`,
  );
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Values used for a dry run: obviously not a real tenant, so nobody uploads them by mistake. */
export const EXAMPLE_DEPLOYMENT = {
  baseUrl: "https://interviews.example.org",
  appId: "00000000-0000-4000-8000-00000000a770",
  clientId: "00000000-0000-4000-8000-00000000c11e",
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for hosts that only exist on the developer's machine. */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    h === "localhost" ||
    h.endsWith(".localhost") ||
    h === "::1" ||
    h === "0.0.0.0" ||
    /^127(\.\d{1,3}){3}$/.test(h)
  );
}

/** Options for {@link resolveDeployTarget}. */
export interface ResolveOptions {
  /** Environment (process.env in the scripts). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Parsed deploy.config.json, if the file exists. */
  readonly configFile?: unknown;
  /** Allow localhost URLs (development sideloading only). */
  readonly dev?: boolean;
  /** Accept the example values when nothing is configured (dry run). */
  readonly allowExample?: boolean;
}

/**
 * Resolves and validates the deployment the manifests will point at.
 * Either all three of base URL, app id and client id are configured, or none is (dry run);
 * half a configuration would ship a manifest that signs in to someone else's app.
 */
export function resolveDeployTarget(options: ResolveOptions): DeployTargetResult {
  const errors: string[] = [];
  const file = readConfigFile(options.configFile, errors);
  const pick = (key: keyof typeof DEPLOY_ENV): string | undefined => {
    const fromEnv = options.env[DEPLOY_ENV[key]]?.trim();
    if (fromEnv) return fromEnv;
    const fromFile = file[key];
    return typeof fromFile === "string" && fromFile.trim() ? fromFile.trim() : undefined;
  };
  const given = { baseUrl: pick("baseUrl"), appId: pick("appId"), clientId: pick("clientId") };
  const configured = Object.values(given).filter((v) => v !== undefined).length;

  let values: { baseUrl: string; appId: string; clientId: string };
  let isExample = false;
  if (configured === 0) {
    if (!options.allowExample) {
      return {
        ok: false,
        errors: [
          `No deployment configured: set ${Object.values(DEPLOY_ENV).join(", ")} ` +
            "or write deploy.config.json (see docs/DEPLOY.md).",
        ],
      };
    }
    values = { ...EXAMPLE_DEPLOYMENT };
    isExample = true;
  } else {
    for (const key of Object.keys(given) as (keyof typeof given)[]) {
      if (!given[key]) {
        errors.push(
          `Missing ${key} (${DEPLOY_ENV[key]} or "${key}" in deploy.config.json): ` +
            "configure all of baseUrl, appId and clientId, or none for a dry run.",
        );
      }
    }
    values = {
      baseUrl: given.baseUrl ?? "",
      appId: given.appId ?? "",
      clientId: given.clientId ?? "",
    };
  }

  const url = checkBaseUrl(values.baseUrl, options.dev ?? false, errors);
  if (values.appId && !GUID.test(values.appId))
    errors.push(`appId is not a GUID: "${values.appId}".`);
  if (values.clientId && !GUID.test(values.clientId)) {
    errors.push(`clientId is not a GUID: "${values.clientId}".`);
  }
  if (values.appId && values.appId.toLowerCase() === values.clientId.toLowerCase()) {
    errors.push(
      "appId and clientId must differ: the app id names the app, the client id its Entra registration.",
    );
  }
  const fileXmlId = typeof file.xmlAddinId === "string" ? file.xmlAddinId.trim() : "";
  const givenXmlId = options.env[XML_ADDIN_ID_ENV]?.trim() || fileXmlId || undefined;
  if (givenXmlId && !GUID.test(givenXmlId)) {
    errors.push(`xmlAddinId is not a GUID: "${givenXmlId}".`);
  }
  const xmlAddinId = (
    givenXmlId ?? (values.appId && GUID.test(values.appId) ? deriveXmlAddinId(values.appId) : "")
  ).toLowerCase();
  if (
    xmlAddinId &&
    [values.appId, values.clientId].some((other) => other.toLowerCase() === xmlAddinId)
  ) {
    errors.push(
      "xmlAddinId must differ from appId and clientId: Office requires the XML manifest and the " +
        "unified manifest to have different ids.",
    );
  }
  const publisher = checkPublisher(file.publisher, url, errors);
  if (errors.length > 0 || !url || !publisher) return { ok: false, errors };

  return {
    ok: true,
    target: {
      baseUrl: url.href.replace(/\/+$/, ""),
      host: url.host,
      appId: values.appId.toLowerCase(),
      xmlAddinId,
      clientId: values.clientId.toLowerCase(),
      publisher,
      isExample,
      isDev: options.dev ?? false,
    },
  };
}

function readConfigFile(raw: unknown, errors: string[]): DeployConfigFile {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    errors.push("deploy.config.json must hold a JSON object.");
    return {};
  }
  return raw as DeployConfigFile;
}

function checkBaseUrl(value: string, dev: boolean, errors: string[]): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    errors.push(`baseUrl is not a URL: "${value}".`);
    return null;
  }
  const before = errors.length;
  if (url.protocol !== "https:") {
    errors.push(
      `baseUrl must use https (Outlook and Teams load add-ins over HTTPS only): "${value}".`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    errors.push(
      `baseUrl must be a plain origin or path, without query, fragment or credentials: "${value}".`,
    );
  }
  if (isLocalHost(url.hostname) && !dev) {
    errors.push(
      `baseUrl points at this machine (${url.hostname}); pass --dev to build a sideloading manifest for ` +
        "`npm run start:https`, never for a production package.",
    );
  }
  return errors.length === before ? url : null;
}

function checkPublisher(
  raw: Partial<Publisher> | undefined,
  url: URL | null,
  errors: string[],
): Publisher | null {
  const site = url ? url.href.replace(/\/+$/, "") : "";
  const publisher: Publisher = {
    name: raw?.name?.trim() || manifestSource.developerName,
    // Defaults point at the app itself: valid for an internal line-of-business upload;
    // docs/DEPLOY.md asks each organisation to give its own privacy and terms pages.
    websiteUrl: raw?.websiteUrl?.trim() || site,
    privacyUrl: raw?.privacyUrl?.trim() || site,
    termsOfUseUrl: raw?.termsOfUseUrl?.trim() || site,
  };
  if (publisher.name.length > 32) errors.push("publisher.name is longer than 32 characters.");
  for (const key of ["websiteUrl", "privacyUrl", "termsOfUseUrl"] as const) {
    const value = publisher[key];
    if (value && !/^https:\/\/[^\s]+$/.test(value))
      errors.push(`publisher.${key} must be an https URL.`);
  }
  return url ? publisher : null;
}
