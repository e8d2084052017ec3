// Time for the Graph gateway: an injectable clock (so retry timing is testable) and the backoff
// rule.

/** Where the gateway reads time and waits; tests pass a fake that records sleeps. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with an AbortError when `signal` fires first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal as AbortSignal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** How hard the gateway tries again after 429/503/504. */
export interface BackoffPolicy {
  /** Total attempts including the first (1 = never retry). */
  maxAttempts: number;
  /** First backoff step when Graph gives no Retry-After. */
  baseDelayMs: number;
  /** No single wait exceeds this, whatever Graph or the exponent says. */
  maxDelayMs: number;
}

/** Defaults: 4 attempts, 500 ms doubling, capped at 30 s (Graph's Retry-After is usually seconds). */
export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * The wait before retry number `failures` (1 after the first failure). Graph's Retry-After wins when
 * present (it says when the throttle lifts; retrying sooner only extends it); otherwise exponential
 * backoff with "equal jitter" (half fixed, half random) so many panes do not retry in lockstep.
 */
export function retryDelayMs(
  failures: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
