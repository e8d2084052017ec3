// Several writes in one $batch round trip, each recovered as `writeChecked` recovers one: after a
// lost answer, a 5xx or a failed dependency, each unsettled write is looked for, then sent again.
import type { GraphClient, GraphMethod } from "./client";
import { beginRecovery, isUnclearFailure, RECOVERY_BUDGET_MS } from "./checkedWrite";
import { retryDelayMs } from "./clock";
import { GraphError, graphErrorFromBody, isAbortError } from "./errors";

/** One write of a checked batch. */
export interface CheckedBatchWrite<T = unknown> {
  id: string;
  method: GraphMethod;
  /** Relative to v1.0, starting with "/". */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Runs only after these writes succeeded (concepts/json-batching.md, "dependsOn"). */
  dependsOn?: string[];
  /** What the write stored (the item's answer when it answered). */
  read(body: unknown): T;
  /** After an unclear outcome: what the write stored, or null when it did not take effect. */
  check(): Promise<T | null>;
}

interface ItemAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Sends `writes` as one `$batch` (JSON batching: ≤ 20 requests, dependsOn for order — a batch is
 * "either fully sequential or fully parallel", so callers chain every write or none) and returns
 * each write's result by id. The outer POST is never repeated blindly. A write answered 429 is sent
 * again after Retry-After; one whose answer was lost, answered 5xx, or failed with 424 because
 * something it depends on was unclear is looked for (`check`) and sent again only when absent.
 * Any other failure (400, 403, 409, 412) is thrown at once; after `budgetMs` the last unclear
 * failure is thrown.
 */
export async function writeBatchChecked(
  client: GraphClient,
  writes: readonly CheckedBatchWrite[],
  options: { signal?: AbortSignal; budgetMs?: number } = {},
): Promise<Map<string, unknown>> {
  const deadline = client.clock.now() + (options.budgetMs ?? RECOVERY_BUDGET_MS);
  const results = new Map<string, unknown>();
  let pending = [...writes];
  let failures = 0;
  const recovery: { end?: () => void } = {};
  try {
    return await run();
  } finally {
    recovery.end?.();
  }

  async function run(): Promise<Map<string, unknown>> {
    for (;;) {
      let answers: Map<string, ItemAnswer> | null = null;
      let lost: GraphError | null = null;
      try {
        answers = await sendBatch(client, pending, options.signal);
      } catch (error) {
        if (isAbortError(error) || !(error instanceof GraphError)) throw error;
        if (error.status !== 429 && !isUnclearFailure(error)) throw error;
        lost = error;
      }
      const unclear: CheckedBatchWrite[] = [];
      const again: CheckedBatchWrite[] = [];
      let retryAfterMs: number | undefined;
      let last: GraphError | null = lost;
      for (const write of pending) {
        const answer = answers?.get(write.id);
        if (answer && answer.status >= 200 && answer.status < 300) {
          results.set(write.id, write.read(answer.body));
          continue;
        }
        const error = answer
          ? graphErrorFromBody(answer.status, answer.headers, answer.body, client.clock.now())
          : (lost ?? missing(write.id));
        if (lost?.status === 429 || error.status === 429) {
          // Throttled before it was handled (concepts/throttling.md): send again after Retry-After.
          again.push(write);
          if (error.retryAfterMs !== undefined)
            retryAfterMs = Math.max(retryAfterMs ?? 0, error.retryAfterMs);
        } else if (error.status === 424 || isUnclearFailure(error)) {
          unclear.push(write);
        } else {
          throw error;
        }
        if (error.status !== 424) last = error;
      }
      if (unclear.length === 0 && again.length === 0) return results;
      failures += 1;
      const wait = async () => {
        const delay = retryDelayMs(failures, retryAfterMs, client.backoff, client.random);
        if (client.clock.now() + delay > deadline) throw last ?? missing("batch");
        recovery.end ??= beginRecovery(client);
        await client.clock.sleep(delay, options.signal);
      };
      await wait();
      // Each unclear write is looked for (a look that fails unclearly is tried again, never a send).
      for (const write of unclear) {
        for (;;) {
          try {
            const stored = await write.check();
            if (stored === null) again.push(write);
            else results.set(write.id, stored);
            break;
          } catch (error) {
            if (isAbortError(error)) throw error;
            if (!(error instanceof GraphError)) throw error;
            if (error.status !== 429 && !isUnclearFailure(error)) throw error;
            last = error;
            failures += 1;
            await wait();
          }
        }
      }
      // Stored dependencies are settled: only unsettled ones stay in dependsOn.
      const resend = new Set(again.map((write) => write.id));
      pending = writes
        .filter((write) => resend.has(write.id))
        .map((write) => ({ ...write, dependsOn: write.dependsOn?.filter((id) => resend.has(id)) }));
      if (pending.length === 0) return results;
    }
  }
}

function missing(id: string): GraphError {
  return new GraphError({
    status: 0,
    code: "batchItemMissing",
    message: `No answer for $batch item ${id}`,
    requestId: null,
  });
}

async function sendBatch(
  client: GraphClient,
  writes: readonly CheckedBatchWrite[],
  signal: AbortSignal | undefined,
): Promise<Map<string, ItemAnswer>> {
  const requests = writes.map((write) => ({
    id: write.id,
    method: write.method,
    url: write.url,
    ...(write.body !== undefined
      ? { body: write.body, headers: { "Content-Type": "application/json", ...write.headers } }
      : write.headers
        ? { headers: write.headers }
        : {}),
    ...(write.dependsOn && write.dependsOn.length > 0 ? { dependsOn: write.dependsOn } : {}),
  }));
  const answer = await client.call<{ responses?: ItemAnswer[] }>({
    method: "POST",
    path: "/$batch",
    body: { requests },
    retry: "never",
    signal,
    // A batch with a throttled item may answer 424 as a whole (concepts/throttling.md) rather than
    // 200 (concepts/json-batching.md); either way each item's answer is in the body.
    accept: [424],
  });
  return new Map((answer.body?.responses ?? []).map((response) => [response.id, response]));
}
