// Checked recovery for writes that must not be repeated blindly: after an unclear failure, look
// whether the write took effect, and send it again only when it did not.
import type { GraphClient } from "./client";
import { retryDelayMs } from "./clock";
import { GraphError, isAbortError } from "./errors";

/** One write and how to tell, after a lost answer, whether the mailbox stored it. */
export interface CheckedWrite<T> {
  /** Sends the write once; the call must say `retry: "never"` so only this module repeats it. */
  send(): Promise<T>;
  /**
   * What the write stored, or null when it did not take effect. Throws when it cannot tell (the
   * look itself failed): then the write is never sent again until a look answers.
   */
  check(): Promise<T | null>;
}

/** How long a write keeps recovering before the user is told it could not be made. */
export const RECOVERY_BUDGET_MS = 60_000;

/**
 * A failure after which nobody knows whether the write happened: the connection dropped (status
 * 0), or Graph answered 5xx — a gateway may time out after the mailbox committed.
 */
export function isUnclearFailure(error: unknown): error is GraphError {
  return error instanceof GraphError && (error.status === 0 || error.status >= 500);
}

/**
 * A 429 was refused before it was handled: concepts/throttling.md says a throttled request fails
 * with 429 and is to be sent again after Retry-After, so no look is needed before resending.
 */
const isThrottled = (error: unknown): error is GraphError =>
  error instanceof GraphError && error.status === 429;

/** Writes recovering now, per client: views show "Still saving…" while any of theirs is. */
const recovering = new WeakMap<GraphClient, { count: number; listeners: Set<() => void> }>();

function recoveryOf(client: GraphClient) {
  let state = recovering.get(client);
  if (!state) {
    state = { count: 0, listeners: new Set() };
    recovering.set(client, state);
  }
  return state;
}

/** How many writes of this client are recovering after an unclear failure. */
export function recoveringWrites(client: GraphClient): number {
  return recovering.get(client)?.count ?? 0;
}

/** Calls `listener` whenever a write of this client starts or stops recovering. */
export function onRecoveringWrites(client: GraphClient, listener: () => void): () => void {
  const state = recoveryOf(client);
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function setRecovering(client: GraphClient, delta: number): void {
  const state = recoveryOf(client);
  state.count += delta;
  state.listeners.forEach((listener) => listener());
}

/** Counts a write as recovering until the returned function is called (once). */
export function beginRecovery(client: GraphClient): () => void {
  setRecovering(client, 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    setRecovering(client, -1);
  };
}

/**
 * Sends `write` and recovers it without the user: after a throttle it waits Retry-After and sends
 * again; after a dropped answer or a 5xx it waits, looks (`check`) and returns what was stored, or
 * sends again only when the look says nothing was — so a write is never made twice. A look that
 * fails unclearly is tried again before anything is resent. Gives up with the last failure after
 * `budgetMs` on the client's clock; any other failure (400, 403, 409, 412) comes back at once.
 */
export async function writeChecked<T>(
  client: GraphClient,
  write: CheckedWrite<T>,
  options: { signal?: AbortSignal; budgetMs?: number } = {},
): Promise<T> {
  const deadline = client.clock.now() + (options.budgetMs ?? RECOVERY_BUDGET_MS);
  let failures = 0;
  const recovery: { end?: () => void } = {};
  const wait = async (error: GraphError) => {
    failures += 1;
    const delay = retryDelayMs(failures, error.retryAfterMs, client.backoff, client.random);
    if (client.clock.now() + delay > deadline) throw error;
    recovery.end ??= beginRecovery(client);
    await client.clock.sleep(delay, options.signal);
  };
  try {
    for (;;) {
      try {
        return await write.send();
      } catch (error) {
        if (isAbortError(error)) throw error;
        if (isThrottled(error)) {
          await wait(error);
          continue;
        }
        if (!isUnclearFailure(error)) throw error;
        await wait(error);
      }
      // Unclear: look until a look answers, then return what was stored or send again.
      for (;;) {
        try {
          const stored = await write.check();
          if (stored !== null) return stored;
          break;
        } catch (error) {
          if (isAbortError(error)) throw error;
          if (!isUnclearFailure(error) && !isThrottled(error)) throw error;
          await wait(error);
        }
      }
    }
  } finally {
    recovery.end?.();
  }
}
