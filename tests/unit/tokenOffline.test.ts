// The gateway tells "offline" from "signed out" when a token cannot be had: a network failure on
// the
// way to the token endpoint reads as offline (the user is told to check the connection), a refusal as signed out.
import { describe, expect, it } from "vitest";
import type { TokenProvider } from "../../src/auth/types";
import { createGraphClient } from "../../src/graph/client";
import { GraphError } from "../../src/graph/errors";

function clientWith(tokens: TokenProvider) {
  let sent = 0;
  const graph = createGraphClient({
    tokens,
    transport: async () => {
      sent += 1;
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    },
  });
  return { graph, sent: () => sent };
}

async function failureOf(tokens: TokenProvider): Promise<GraphError> {
  const { graph, sent } = clientWith(tokens);
  const error = await graph.call({ method: "GET", path: "/me" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphError);
  expect(sent()).toBe(0);
  return error as GraphError;
}

describe("a token that cannot be had", () => {
  it("reads as offline when the token request never reached the server (fetch's TypeError)", async () => {
    const error = await failureOf({
      getToken: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    expect(error.status).toBe(0);
    expect(error.code).toBe("offline");
  });

  it("reads as offline for MSAL's network error codes", async () => {
    const msalError = Object.assign(new Error("network"), { errorCode: "no_network_connectivity" });
    const error = await failureOf({ getToken: () => Promise.reject(msalError) });
    expect(error.code).toBe("offline");
  });

  it("still reads as signed out when the token is refused", async () => {
    const error = await failureOf({
      getToken: () => Promise.reject(new Error("The sandbox refused a token (404)")),
    });
    expect(error.status).toBe(401);
    expect(error.code).toBe("tokenUnavailable");
  });
});
