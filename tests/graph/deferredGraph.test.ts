// The page's Graph gateway exists before sign-in finishes: calls wait for it, and a sign-in that
// cannot start reads as "signed out" rather than a blank page or a raw error.
import { describe, expect, it } from "vitest";
import { deferredGraph } from "../../src/entries/deferredGraph";
import { graphReasonOf } from "../../src/domain/graphReason";
import { GraphError } from "../../src/graph/errors";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { useSandbox } from "../support/sandbox";
import { STUDENT } from "../support/people";

const sandbox = useSandbox({ reset: false });

describe("deferredGraph", () => {
  it("answers a call made before sign-in has finished, once it finishes", async () => {
    let finishSignIn!: () => void;
    const signedIn = new Promise<void>((resolve) => (finishSignIn = resolve));
    const graph = deferredGraph({
      tokens: async () => {
        await signedIn;
        return sandbox.tokensFor(STUDENT);
      },
      transport: async () => sandboxTransport(sandbox.origin),
    });
    const me = graph.call<{ userPrincipalName: string }>({ method: "GET", path: "/me" });
    let settled = false;
    void me.finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    finishSignIn();
    expect((await me).body.userPrincipalName).toBe(STUDENT);
  });

  it("turns a sign-in that cannot start into a signed-out reason the views explain", async () => {
    const before = (await sandbox.requests()).length;
    const graph = deferredGraph({
      tokens: () => Promise.reject(new Error("Loading chunk 40 failed")),
      transport: async () => sandboxTransport(sandbox.origin),
    });
    const failure = await graph.call({ method: "GET", path: "/me" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphError);
    expect(graphReasonOf(failure as GraphError)).toEqual({ kind: "signed-out" });
    // Nothing reached Graph without a token.
    expect(await sandbox.requests()).toHaveLength(before);
  });
});
