// What the gateway reports while it works: attempts, retries, queueing (for logs, tests, a status
// bar).

/** One observable step of a Graph call. URLs are reported without tokens (headers are never sent). */
export type GraphEvent =
  | { type: "attempt"; method: string; url: string; attempt: number }
  | { type: "response"; method: string; url: string; status: number; attempt: number }
  | { type: "retry"; method: string; url: string; status: number; delayMs: number; attempt: number }
  | { type: "token-refresh"; url: string }
  | { type: "queued"; url: string; waiting: number }
  | { type: "batch-item-retry"; ids: string[]; delayMs: number };

/** A listener for GraphEvents. */
export type GraphEventListener = (event: GraphEvent) => void;
