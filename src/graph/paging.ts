// Following @odata.nextLink: every page of a collection, with a loop guard and a page cap.
import { type GraphCall, type GraphClient, GRAPH_ROOT } from "./client";
import { GraphError } from "./errors";

/** A Graph collection page. */
export interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
}

/** Everything read, and whether the page cap stopped us before the end. */
export interface Collected<T> {
  items: T[];
  /** True when `maxPages` was reached with a nextLink still pending. */
  truncated: boolean;
}

/**
 * Re-addresses a nextLink to GRAPH_ROOT, keeping its path and query. Graph's links are already
 * absolute https URLs; the sandbox's carry its own http origin, which the SDK would mangle.
 */
export function nextLinkPath(link: string): string {
  const url = new URL(link, GRAPH_ROOT);
  const path = url.pathname.replace(/^\/v1\.0(?=\/|$)/u, "");
  return `${path}${url.search}`;
}

/** Options for `collectPages`. */
export interface PagingOptions {
  /** Stop after this many pages (default 20) and report `truncated`. */
  maxPages?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * Reads a collection to its end (or to `maxPages`). The same nextLink twice means the server is
 * looping: stop with GraphError code "pagingLoop" rather than spin forever.
 */
export async function collectPages<T>(
  client: GraphClient,
  first: Pick<GraphCall, "path" | "query">,
  options: PagingOptions = {},
): Promise<Collected<T>> {
  const maxPages = options.maxPages ?? 20;
  const seen = new Set<string>();
  const items: T[] = [];
  let request: Pick<GraphCall, "path" | "query"> = first;
  for (let page = 1; ; page += 1) {
    const answer = await client.call<GraphPage<T>>({
      method: "GET",
      ...request,
      signal: options.signal,
      headers: options.headers,
    });
    items.push(...(answer.body?.value ?? []));
    const link = answer.body?.["@odata.nextLink"];
    if (!link) return { items, truncated: false };
    if (seen.has(link)) {
      throw new GraphError({
        status: 0,
        code: "pagingLoop",
        message: `Graph returned the same next page link twice (${link})`,
        requestId: answer.headers.get("request-id"),
      });
    }
    seen.add(link);
    if (page >= maxPages) return { items, truncated: true };
    request = { path: nextLinkPath(link) };
  }
}
