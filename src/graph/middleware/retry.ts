// Middleware: retries 429/503/504 (and reads whose connection dropped) with Retry-After or capped
// exponential backoff, on the injected clock.
import type { Context } from "@microsoft/microsoft-graph-client";
import { type BackoffPolicy, type Clock, retryDelayMs } from "../clock";
import { GraphError, isRetryableStatus, parseRetryAfter } from "../errors";
import { callOptionsOf, discard, urlOf } from "./callOptions";
import { ChainedMiddleware } from "./chained";
import type { GraphEventListener } from "./events";

/**
 * Unlike the SDK's RetryHandler (which also retries POSTs blindly), this one obeys the request's
 * retry rule: draft-mail POSTs say "never" and are checked by the mail module instead.
 */
export class RetryMiddleware extends ChainedMiddleware {
  protected readonly label = "RetryMiddleware";

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly clock: Clock,
    private readonly random: () => number,
    private readonly onEvent: GraphEventListener,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    const call = callOptionsOf(context);
    const method = context.options?.method ?? "GET";
    const url = urlOf(context);
    for (let attempt = 1; ; attempt += 1) {
      context.response = undefined;
      try {
        await next.execute(context);
      } catch (error) {
        // A dropped connection: a read is simply asked again (it changes nothing); a write is left
        // to its module, which looks whether it took effect before sending it again.
        const offline = error instanceof GraphError && error.status === 0;
        const read = (method === "GET" && call.retry === "default") || call.retry === "read";
        if (!offline || !read) throw error;
        if (attempt >= this.policy.maxAttempts || call.signal?.aborted) throw error;
        const delayMs = retryDelayMs(attempt, undefined, this.policy, this.random);
        this.onEvent({ type: "retry", method, url, status: 0, delayMs, attempt });
        await this.clock.sleep(delayMs, call.signal);
        call.failure = undefined;
        continue;
      }
      const response = context.response as Response | undefined;
      if (!response || !isRetryableStatus(response.status)) return;
      if (call.retry === "never" || attempt >= this.policy.maxAttempts) return;
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), this.clock.now());
      const delayMs = retryDelayMs(attempt, retryAfter, this.policy, this.random);
      this.onEvent({ type: "retry", method, url, status: response.status, delayMs, attempt });
      await discard(response);
      await this.clock.sleep(delayMs, call.signal);
    }
  }
}
