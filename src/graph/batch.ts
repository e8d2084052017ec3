// $batch: up to 20 requests per round trip, split when larger, dependsOn kept together, items
// retried; runBatch lets the client send them with the other reads of the moment.
import { retryDelayMs } from "./clock";
import type { GraphClient, GraphMethod } from "./client";
import { GraphError, graphErrorFromBody, isRetryableStatus, parseRetryAfter } from "./errors";

/** Graph's documented maximum number of requests in one $batch. */
export const BATCH_LIMIT = 20;

/** One request inside a $batch. `url` is relative to v1.0 and starts with "/". */
export interface BatchItem {
  id: string;
  method: GraphMethod;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
  /** A POST that only reads (getSchedule) may be repeated; GETs always may. */
  safeToRepeat?: boolean;
}

/** One item's outcome: its body on success, a GraphError otherwise (424 when a dependency failed). */
export type BatchItemResult<T = unknown> =
  | { id: string; ok: true; status: number; headers: Record<string, string>; body: T }
  | { id: string; ok: false; status: number; error: GraphError };

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Options for `runBatch`. */
export interface BatchOptions {
  signal?: AbortSignal;
}

/**
 * Groups items so that each dependsOn chain travels in one batch (Graph resolves dependencies only
 * inside a batch), then packs groups into batches of at most BATCH_LIMIT.
 */
export function planBatches(items: readonly BatchItem[]): BatchItem[][] {
  const ids = new Set(items.map((item) => item.id));
  // Graph compares ids without regard to case (concepts/json-batching.md).
  if (new Set(items.map((item) => item.id.toLowerCase())).size !== items.length)
    throw new Error("$batch item ids must be unique");
  const parent = new Map<string, string>(items.map((item) => [item.id, item.id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) as string;
    return current;
  };
  for (const item of items) {
    for (const dependency of item.dependsOn ?? []) {
      if (!ids.has(dependency))
        throw new Error(`$batch item ${item.id} depends on unknown ${dependency}`);
      parent.set(root(item.id), root(dependency));
    }
  }
  const groups = new Map<string, BatchItem[]>();
  for (const item of items) {
    const key = root(item.id);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const batches: BatchItem[][] = [];
  let current: BatchItem[] = [];
  for (const group of groups.values()) {
    if (group.length > BATCH_LIMIT)
      throw new Error(`A dependsOn chain of ${group.length} exceeds ${BATCH_LIMIT}`);
    if (current.length + group.length > BATCH_LIMIT) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Runs the items in as few round trips as Graph allows and returns each item's result by id. With
 * a real client they join the reads started in the same task (one $batch for all); each item's
 * failure comes back as its own result, never as a throw.
 */
export function runBatch(
  client: GraphClient,
  items: readonly BatchItem[],
  options: BatchOptions = {},
): Promise<Map<string, BatchItemResult>> {
  return client.batchItems
    ? client.batchItems(items, options.signal)
    : sendBatches(client, items, options);
}

/**
 * Sends the items as $batch POSTs (at most BATCH_LIMIT each, in parallel). The outer POST answers
 * 200 even when items fail, so throttled items (429/503/504) are sent again here with the client's
 * backoff (honouring the largest Retry-After: concepts/throttling.md, "Throttling and batching"),
 * together with items that got 424 only because one of them failed. The outer POST itself is
 * retried by the middleware only when every item is a GET (repeating writes could apply them twice).
 */
export async function sendBatches(
  client: GraphClient,
  items: readonly BatchItem[],
  options: BatchOptions = {},
): Promise<Map<string, BatchItemResult>> {
  const results = new Map<string, BatchItemResult>();
  await Promise.all(
    planBatches(items).map(async (batch) => {
      let pending = batch;
      for (let attempt = 1; pending.length > 0; attempt += 1) {
        const answers = await sendOnce(client, pending, options.signal);
        const retry =
          attempt < client.backoff.maxAttempts
            ? retryableItems(pending, answers)
            : new Set<string>();
        let retryAfterMs: number | undefined;
        for (const item of pending) {
          const answer = answers.get(item.id);
          if (retry.has(item.id)) {
            const after = parseRetryAfter(
              header(answer?.headers, "retry-after"),
              client.clock.now(),
            );
            if (after !== undefined) retryAfterMs = Math.max(retryAfterMs ?? 0, after);
            continue;
          }
          results.set(item.id, toResult(item.id, answer, client.clock.now()));
        }
        if (retry.size === 0) break;
        // Items whose dependency already succeeded drop that dependsOn: it is not in the new batch.
        pending = pending
          .filter((item) => retry.has(item.id))
          .map((item) => ({ ...item, dependsOn: item.dependsOn?.filter((id) => retry.has(id)) }));
        const delayMs = retryDelayMs(attempt, retryAfterMs, client.backoff, client.random);
        await client.clock.sleep(delayMs, options.signal);
      }
    }),
  );
  return results;
}

async function sendOnce(
  client: GraphClient,
  items: readonly BatchItem[],
  signal: AbortSignal | undefined,
): Promise<Map<string, BatchResponseItem>> {
  const requests = items.map((item) => {
    const dependsOn = item.dependsOn && item.dependsOn.length > 0 ? item.dependsOn : undefined;
    const headers =
      item.body !== undefined
        ? { "Content-Type": "application/json", ...item.headers }
        : item.headers;
    return { id: item.id, method: item.method, url: item.url, headers, body: item.body, dependsOn };
  });
  const answer = await client.call<{ responses?: BatchResponseItem[] }>({
    method: "POST",
    path: "/$batch",
    body: { requests },
    signal,
    // A batch of reads changes nothing: after a dropped connection it is asked again like a GET.
    retry: items.every((item) => item.method === "GET")
      ? "read"
      : items.every((item) => item.method === "GET" || item.safeToRepeat)
        ? "default"
        : "never",
    // Graph's throttling page says a batch with a throttled item fails as a whole with 424 while
    // json-batching.md says 200; either way the items are in the body (concepts/throttling.md).
    accept: [424],
  });
  const responses = answer.body?.responses;
  if (!Array.isArray(responses)) {
    throw graphErrorFromBody(answer.status, undefined, answer.body, client.clock.now());
  }
  // Ids are not case-sensitive (concepts/json-batching.md): match them as Graph does.
  const byId = new Map(responses.map((response) => [response.id.toLowerCase(), response]));
  return new Map(
    items
      .map((item) => [item.id, byId.get(item.id.toLowerCase())])
      .filter((entry): entry is [string, BatchResponseItem] => entry[1] !== undefined),
  );
}

function retryableItems(
  items: readonly BatchItem[],
  answers: Map<string, BatchResponseItem>,
): Set<string> {
  const retry = new Set(
    items
      .filter((item) => isRetryableStatus(answers.get(item.id)?.status ?? 0))
      .map((item) => item.id),
  );
  // A 424 whose dependency is being retried gets another chance with it.
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (retry.has(item.id) || answers.get(item.id)?.status !== 424) continue;
      if ((item.dependsOn ?? []).some((id) => retry.has(id))) {
        retry.add(item.id);
        grew = true;
      }
    }
  }
  return retry;
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}

function toResult(
  id: string,
  answer: BatchResponseItem | undefined,
  nowMs: number,
): BatchItemResult {
  if (!answer) {
    return {
      id,
      ok: false,
      status: 0,
      error: new GraphError({
        status: 0,
        code: "batchItemMissing",
        message: `No answer for $batch item ${id}`,
        requestId: null,
      }),
    };
  }
  if (answer.status >= 200 && answer.status < 300) {
    return {
      id,
      ok: true,
      status: answer.status,
      headers: answer.headers ?? {},
      body: answer.body,
    };
  }
  return {
    id,
    ok: false,
    status: answer.status,
    error: graphErrorFromBody(answer.status, answer.headers, answer.body, nowMs),
  };
}
