// Reads that start together travel together: GETs and $batch item groups issued in the same task
// leave as one $batch round trip.
import type { BatchItem, BatchItemResult } from "./batch";
import { type GraphAnswer, type GraphCall, withQuery } from "./client";
import { GraphError } from "./errors";

/** How the queue sends: one plain request, or items as $batch round trips (retries included). */
export interface ReadQueueSenders {
  single<T>(call: GraphCall): Promise<GraphAnswer<T>>;
  items(items: readonly BatchItem[], signal?: AbortSignal): Promise<Map<string, BatchItemResult>>;
  /** Runs `flush` after the current task, once every read it started has been queued. */
  defer?(flush: () => void): void;
}

interface CallEntry {
  kind: "call";
  call: GraphCall;
  resolve(answer: GraphAnswer<unknown>): void;
  reject(error: unknown): void;
}

interface GroupEntry {
  kind: "group";
  items: readonly BatchItem[];
  signal: AbortSignal | undefined;
  resolve(results: Map<string, BatchItemResult>): void;
  reject(error: unknown): void;
}

type Entry = CallEntry | GroupEntry;

/** The queue a client sends its reads through. */
export interface ReadQueue {
  call<T>(call: GraphCall): Promise<GraphAnswer<T>>;
  items(items: readonly BatchItem[], signal?: AbortSignal): Promise<Map<string, BatchItemResult>>;
}

/**
 * After the task that issued them: a macrotask, so reads started by several effects of one React
 * commit (each a few awaits deep) are all queued. MessageChannel rather than setTimeout: test
 * suites that fake timers do not fake it, and browsers do not clamp it.
 */
function afterThisTask(flush: () => void): void {
  if (typeof MessageChannel === "undefined") {
    setTimeout(flush, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    flush();
  };
  channel.port2.postMessage(null);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/** A request a $batch item can carry: a GET relative to v1.0 (absolute links are sent alone). */
export function isCoalescable(call: GraphCall): boolean {
  return call.method === "GET" && call.retry !== "never" && !/^[a-z]+:\/\//iu.test(call.path);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** A $batch item's answer as a plain call would have given it (photos come base64 in a batch). */
function toAnswer(call: GraphCall, result: BatchItemResult): GraphAnswer<unknown> {
  if (!result.ok) throw result.error;
  const read = call.read ?? "json";
  const body =
    read === "none"
      ? undefined
      : read === "binary" && typeof result.body === "string"
        ? fromBase64(result.body)
        : result.body;
  return { status: result.status, headers: new Headers(result.headers), body };
}

/** A signal that fires once every entry's own signal has (a read nobody waits for is dropped). */
function allAborted(entries: readonly Entry[]): AbortSignal | undefined {
  const signals = entries.map((e) => (e.kind === "call" ? e.call.signal : e.signal));
  if (signals.some((s) => s === undefined)) return undefined;
  const controller = new AbortController();
  const check = () => {
    if (signals.every((s) => s?.aborted)) controller.abort();
  };
  for (const signal of signals) signal?.addEventListener("abort", check, { once: true });
  return controller.signal;
}

/**
 * Queues reads until the current task ends, then sends them: one alone as it is, several as
 * $batch items (Graph runs up to 20 per round trip, concepts/json-batching.md; `items` splits
 * more). Each caller gets its own item's answer or GraphError, as if it had been sent alone; a
 * throttled item is re-sent by `items` after its Retry-After. Groups that use dependsOn are sent
 * alone: a batch should be either fully sequential or fully parallel (json-batching.md).
 */
export function createReadQueue(senders: ReadQueueSenders): ReadQueue {
  const defer = senders.defer ?? afterThisTask;
  let pending: Entry[] = [];

  const enqueue = (entry: Entry) => {
    pending.push(entry);
    if (pending.length === 1) defer(flush);
  };

  function flush(): void {
    const entries = pending.filter((entry) => {
      const signal = entry.kind === "call" ? entry.call.signal : entry.signal;
      if (!signal?.aborted) return true;
      entry.reject(abortReason(signal));
      return false;
    });
    pending = [];
    const together = entries.filter(
      (e) => e.kind === "call" || e.items.every((item) => !item.dependsOn?.length),
    );
    for (const entry of entries) if (!together.includes(entry)) sendAlone(entry);
    if (together.length === 1) sendAlone(together[0] as Entry);
    else if (together.length > 1) void sendTogether(together);
  }

  function sendAlone(entry: Entry): void {
    if (entry.kind === "call") senders.single(entry.call).then(entry.resolve, entry.reject);
    else senders.items(entry.items, entry.signal).then(entry.resolve, entry.reject);
  }

  async function sendTogether(entries: Entry[]): Promise<void> {
    const items: BatchItem[] = [];
    entries.forEach((entry, n) => {
      if (entry.kind === "call") {
        const { call } = entry;
        items.push({
          id: `${n}`,
          method: "GET",
          url: withQuery(call.path.startsWith("/") ? call.path : `/${call.path}`, call.query),
          ...(call.headers ? { headers: call.headers } : {}),
        });
      } else {
        for (const item of entry.items) items.push({ ...item, id: `${n}.${item.id}` });
      }
    });
    let results: Map<string, BatchItemResult>;
    try {
      results = await senders.items(items, allAborted(entries));
    } catch (error) {
      for (const entry of entries) entry.reject(error);
      return;
    }
    entries.forEach((entry, n) => {
      const signal = entry.kind === "call" ? entry.call.signal : entry.signal;
      if (signal?.aborted) {
        entry.reject(abortReason(signal));
        return;
      }
      if (entry.kind === "call") {
        const result = results.get(`${n}`);
        try {
          entry.resolve(toAnswer(entry.call, result ?? missing(`${n}`)));
        } catch (error) {
          entry.reject(error);
        }
        return;
      }
      const mine = new Map<string, BatchItemResult>();
      for (const item of entry.items) {
        const result = results.get(`${n}.${item.id}`);
        mine.set(item.id, result ? { ...result, id: item.id } : missing(item.id));
      }
      entry.resolve(mine);
    });
  }

  return {
    call: <T>(call: GraphCall) =>
      new Promise<GraphAnswer<T>>((resolve, reject) =>
        enqueue({
          kind: "call",
          call,
          resolve: resolve as (answer: GraphAnswer<unknown>) => void,
          reject,
        }),
      ),
    items: (items, signal) =>
      new Promise((resolve, reject) => enqueue({ kind: "group", items, signal, resolve, reject })),
  };
}

function missing(id: string): BatchItemResult {
  const error = new GraphError({
    status: 0,
    code: "batchItemMissing",
    message: `No answer for $batch item ${id}`,
    requestId: null,
  });
  return { id, ok: false, status: 0, error };
}
