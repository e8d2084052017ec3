// The link our middleware share: each keeps the next one in the chain and hands requests on to it.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** A middleware that passes each request on to the next one (the chain ends in the transport). */
export abstract class ChainedMiddleware implements Middleware {
  private nextMiddleware: Middleware | undefined;

  /** Named in the wiring error (class names do not survive minification). */
  protected abstract readonly label: string;

  setNext(next: Middleware): void {
    this.nextMiddleware = next;
  }

  /** The next middleware; missing only when the chain was wired wrong. */
  protected get next(): Middleware {
    if (!this.nextMiddleware) throw new Error(`${this.label} needs a next middleware`);
    return this.nextMiddleware;
  }

  abstract execute(context: Context): Promise<void>;
}
