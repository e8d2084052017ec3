// Cancelling superseded requests: each new search aborts the one before it (type-ahead, filter
// changes).

/** Hands out AbortSignals where taking a new one aborts the previous. */
export interface Superseder {
  /** A signal for the newest request; the previous request's signal is aborted now. */
  next(): AbortSignal;
  /** Aborts the current request too (the view closed). */
  cancel(): void;
}

/**
 * A search box calls `next()` per keystroke and passes the signal to `searchDirectory`: an older
 * request still queued never reaches the wire, one on the wire is aborted, and its late answer can
 * never overwrite a newer one.
 */
export function createSuperseder(): Superseder {
  let current: AbortController | undefined;
  return {
    next() {
      current?.abort(new DOMException("Superseded by a newer request.", "AbortError"));
      current = new AbortController();
      return current.signal;
    },
    cancel() {
      current?.abort(new DOMException("Cancelled.", "AbortError"));
      current = undefined;
    },
  };
}
