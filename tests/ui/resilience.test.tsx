// Resilience of the app's hooks against a real sandbox whose connections drop: an interview read
// that failed on the way is read again by itself, so sections needing it do not stay stuck.
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useInterview } from "../../src/app/questions/useInterview";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { createInterviewContact } from "../../src/graph/contacts";
import { sandboxTransport } from "../../src/graph/sandboxTransport";
import { createFakeHost } from "../../src/hosts/fake";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import { PROFESSIONAL, smallTenant, STUDENT } from "../graph/harness";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ tenant: smallTenant(), port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: "POST" });
});

function client(): GraphClient {
  return createGraphClient({
    tokens: createSandboxTokens({ origin: sandbox.url, userPrincipalName: STUDENT }),
    transport: sandboxTransport(sandbox.url),
  });
}

function wrapper(graph: GraphClient) {
  const services: AppServices = {
    host: createFakeHost({
      kind: "teams",
      surface: "content",
      user: { userPrincipalName: STUDENT },
    }),
    config: {
      mode: "sandbox",
      clientId: "00000000-0000-0000-0000-000000000000",
      tenantId: "organizations",
      scopes: [],
      sandboxOrigin: sandbox.url,
      sharePoint: null,
    },
    graph,
    user: { userPrincipalName: STUDENT, displayName: "Avery Chen" },
    now: () => new Date(),
  };
  return ({ children }: { children: ReactNode }) => (
    <ServicesProvider value={services}>{children}</ServicesProvider>
  );
}

async function faults(rules: unknown[]): Promise<void> {
  const answer = await fetch(`${sandbox.url}/_sandbox/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ rules }),
  });
  expect(answer.ok).toBe(true);
}

describe("an interview read on a flaky network", { timeout: 15_000 }, () => {
  it("is read again by itself after a dropped connection, and becomes ready", async () => {
    const graph = client();
    const created = await createInterviewContact(graph, {
      displayName: "Morgan Diaz",
      givenName: "Morgan",
      email: PROFESSIONAL,
      notes: "",
      record: { stage: "booked", source: "directory", questions: "[]", events: "[]" },
    });
    if (!created.ok) throw new Error("contact not created");
    await faults([{ method: "GET", path: "^/v1.0/me/contacts/", status: 0, times: 1 }]);
    const { result } = renderHook(() => useInterview(created.contact.id), {
      wrapper: wrapper(graph),
    });
    await waitFor(() => expect(result.current.state.status).toBe("error"));
    await waitFor(() => expect(result.current.state.status).toBe("ready"), { timeout: 5_000 });
  });

  it("stays with its error when the refusal is not transient", async () => {
    const graph = client();
    await faults([{ method: "GET", path: "^/v1.0/me/contacts/", status: 403, times: 1 }]);
    const { result } = renderHook(() => useInterview("AAMkAGI2TG93AAA="), {
      wrapper: wrapper(graph),
    });
    await waitFor(() => expect(result.current.state.status).toBe("error"));
    const requests = async () =>
      ((await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as unknown[]).length;
    const before = await requests();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await requests()).toBe(before);
  });
});
