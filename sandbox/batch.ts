// JSON batching as Graph does it: ≤ 20 requests, dependsOn (424 when a dependency failed), per-item
// status and headers.
import { badRequest, GraphError, type SandboxRequest, type SandboxResponse } from "./http";

/** One request inside a `$batch` body. */
interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** One entry of the batch response. */
export interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** What running one inner request yields: a response, or a dropped connection for the whole batch. */
export type InnerOutcome = { response: SandboxResponse } | { drop: true };

/** The maximum Graph accepts in one batch. */
export const MAX_BATCH_REQUESTS = 20;

/** Checks a `$batch` body the way Graph does before running anything. */
export function parseBatch(body: unknown): BatchItem[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest("Invalid batch payload format.");
  if (requests.length === 0) throw badRequest("Invalid batch payload format.");
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(
      `Invalid batch payload format. The batch contains ${requests.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`,
    );
  }
  const seen = new Set<string>();
  return requests.map((raw: unknown, i) => {
    const item = raw as Partial<BatchItem> | null;
    if (!item || typeof item !== "object")
      throw badRequest(`Invalid batch payload format: requests[${i}] is not an object.`);
    if (typeof item.id !== "string" || item.id === "")
      throw badRequest(`Invalid batch payload format: requests[${i}].id is missing.`);
    // Ids are not case-sensitive and must be unique (concepts/json-batching.md, the id row).
    if (seen.has(item.id.toLowerCase()))
      throw badRequest(`Invalid batch payload format: duplicate id '${item.id}'.`);
    if (typeof item.method !== "string")
      throw badRequest(`Invalid batch payload format: requests[${i}].method is missing.`);
    if (typeof item.url !== "string" || item.url === "")
      throw badRequest(`Invalid batch payload format: requests[${i}].url is missing.`);
    if (/^[a-z]+:\/\//i.test(item.url)) {
      throw badRequest(
        `Invalid batch payload format: requests[${i}].url must be relative (e.g. /me).`,
      );
    }
    // A batch is not a resource: an inner url is "the relative resource URL for the individual
    // request" (concepts/json-batching.md), so a batch inside a batch is refused.
    if (/^\/*\$batch(?:[/?]|$)/iu.test(item.url)) {
      throw badRequest(
        `Invalid batch payload format: requests[${i}] is a $batch; batches cannot be nested.`,
      );
    }
    for (const dep of item.dependsOn ?? []) {
      if (typeof dep !== "string" || !seen.has(dep.toLowerCase())) {
        throw badRequest(
          `Invalid batch payload format: requests[${i}] depends on '${dep}', which is not an earlier request.`,
        );
      }
    }
    // Graph insists on a Content-Type for every inner request that has a body.
    const hasType = Object.keys(item.headers ?? {}).some((h) => h.toLowerCase() === "content-type");
    if (item.body !== undefined && !hasType) {
      throw badRequest(
        `Invalid batch payload format: requests[${i}] has a body but no Content-Type header.`,
      );
    }
    seen.add(item.id.toLowerCase());
    return item as BatchItem;
  });
}

/** Turns a batch item into a request as routes see it. */
export function innerRequest(item: BatchItem): SandboxRequest {
  const url = new URL(item.url.replace(/^\/+/, ""), "http://sandbox.invalid/v1.0/");
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return {
    method: item.method.toUpperCase(),
    path: url.pathname.replace(/^\/v1\.0/, ""),
    query: url.searchParams,
    headers,
    body: item.body,
  };
}

/** Renders an inner response: JSON stays JSON, bytes become base64 as Graph returns them. */
export function batchItemResponse(id: string, response: SandboxResponse): BatchItemResponse {
  const out: BatchItemResponse = { id, status: response.status, headers: { ...response.headers } };
  if (response.bytes) out.body = response.bytes.toString("base64");
  else if (response.body !== undefined) out.body = response.body;
  return out;
}

/**
 * Runs the items in order; an item whose dependency failed gets 424 FailedDependency without
 * running. Returns undefined when a fault dropped the connection.
 */
export async function runBatch(
  items: BatchItem[],
  run: (req: SandboxRequest) => Promise<InnerOutcome>,
  failed424: (req: SandboxRequest, error: GraphError) => SandboxResponse,
): Promise<BatchItemResponse[] | undefined> {
  const status = new Map<string, number>();
  const responses: BatchItemResponse[] = [];
  for (const item of items) {
    const request = innerRequest(item);
    const failedDep = (item.dependsOn ?? []).find(
      (dep) => (status.get(dep.toLowerCase()) ?? 0) >= 400,
    );
    let response: SandboxResponse;
    if (failedDep !== undefined) {
      response = failed424(
        request,
        new GraphError(424, "FailedDependency", `Dependent request '${failedDep}' failed.`),
      );
    } else {
      const outcome = await run(request);
      if ("drop" in outcome) return undefined;
      response = outcome.response;
    }
    status.set(item.id.toLowerCase(), response.status);
    responses.push(batchItemResponse(item.id, response));
  }
  return responses;
}
