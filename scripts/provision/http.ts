// The two APIs provisioning speaks: Microsoft Graph, and SharePoint's REST API for the two things
// Graph cannot do (list permissions and item-level security). Plain fetch, JSON in and out.

/** An answer: status and parsed body (null when empty). */
export interface Answer<T> {
  status: number;
  body: T;
}

/** A refused call, with what the service said. */
export class ProvisionHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    what: string,
  ) {
    super(`${what} → ${status}: ${detail}`);
  }
}

/** Sends one JSON request with a bearer token; throws ProvisionHttpError unless 2xx. */
export async function send<T>(
  url: string,
  token: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const method = init.method ?? "GET";
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: "application/json;odata=nometadata",
      ...(init.body === undefined ? {} : { "Content-Type": "application/json;odata=nometadata" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : null) as T;
  if (!response.ok)
    throw new ProvisionHttpError(response.status, text.slice(0, 300), `${method} ${url}`);
  return { status: response.status, body };
}

/** Graph and SharePoint REST, bound to their base addresses and tokens. */
export interface Services {
  graph<T>(method: string, path: string, body?: unknown): Promise<Answer<T>>;
  /** SharePoint REST below the site's `_api/`. */
  rest<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer<T>>;
}

/** Where each API lives and how its tokens are had. */
export interface Endpoints {
  graphBase: string;
  /** The `_api/` base of the site whose web address is `webUrl` (graph site id also given). */
  restBase(site: { id: string; webUrl: string }): string;
  graphToken(): Promise<string>;
  sharePointToken(webUrl: string): Promise<string>;
}

/** Binds both APIs for one site. */
export function services(
  endpoints: Endpoints,
  site: { id: string; webUrl: string } | null,
): Services {
  return {
    async graph<T>(method: string, path: string, body?: unknown) {
      return send<T>(`${endpoints.graphBase}${path}`, await endpoints.graphToken(), {
        method,
        body,
      });
    },
    async rest<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
      if (!site) throw new Error("SharePoint REST needs the site first.");
      const token = await endpoints.sharePointToken(site.webUrl);
      return send<T>(`${endpoints.restBase(site)}${path}`, token, { method, body, headers });
    },
  };
}
