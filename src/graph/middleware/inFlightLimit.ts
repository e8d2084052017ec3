// Middleware: at most N requests on the wire at once (Outlook allows 4 per mailbox); the rest
// queue.
import type { Context } from "@microsoft/microsoft-graph-client";
import { callOptionsOf, urlOf } from "./callOptions";
import { ChainedMiddleware } from "./chained";
import type { GraphEventListener } from "./events";

interface Waiter {
  start: () => void;
  cancel: (reason: unknown) => void;
}

/**
 * Sits after the retry middleware, so a request sleeping before its retry gives its slot to others.
 * A queued request whose signal fires leaves the queue at once (a superseded search never runs).
 */
export class InFlightLimitMiddleware extends ChainedMiddleware {
  protected readonly label = "InFlightLimitMiddleware";
  private inFlight = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    private readonly limit: number,
    private readonly onEvent: GraphEventListener,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    await this.acquire(context);
    try {
      await next.execute(context);
    } finally {
      this.release();
    }
  }

  private acquire(context: Context): Promise<void> {
    const signal = callOptionsOf(context).signal;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.inFlight < this.limit) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        cancel: reject,
      };
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(abortReason(signal as AbortSignal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      this.onEvent({ type: "queued", url: urlOf(context), waiting: this.queue.length });
    });
  }

  private release(): void {
    const waiter = this.queue.shift();
    if (waiter) {
      // The slot passes straight to the next waiter: inFlight stays the same.
      waiter.start();
    } else {
      this.inFlight -= 1;
    }
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}
