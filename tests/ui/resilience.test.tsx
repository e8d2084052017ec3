// Resilience against a real sandbox whose connections drop: an interview read that failed
// on the way is read again by itself, and takeaways left unsent by a closed pane reach their event.
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createNotesSession } from "../../src/app/interviews/notesSession";
import { replayPendingNotes } from "../../src/app/interviews/replayNotes";
import { createPrepSession, prepOutboxKey } from "../../src/app/meeting/prepSession";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { useFollowUp } from "../../src/app/meeting/useFollowUp";
import { useInterview } from "../../src/app/interviews/useInterview";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import { createSandboxTokens } from "../../src/auth/sandboxTokens";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import { createEvent, readEventPrep } from "../../src/graph/calendar";
import { createInterviewContact } from "../../src/graph/contacts";
import { extensionData } from "../../src/graph/extensions";
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
      surface: "tab",
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

interface Logged {
  method: string;
  path: string;
  status: number;
}

describe("takeaways typed offline in a pane that was then closed", { timeout: 15_000 }, () => {
  it("are written to their event once by the next page's replay, without opening the meeting", async () => {
    const graph = client();
    const sheet = createPrepSheet({
      contactId: "contact-1",
      researchNotes: "Runs the plankton survey.",
      questions: [{ id: "q1", text: "How did you get into marine research?" }],
      format: "teams",
    });
    const encoded = encodePrepSheetExtension(sheet);
    if (!encoded.ok) throw new Error("sheet too large");
    const booked = await createEvent(graph, {
      subject: "Information interview: Avery Chen and Morgan Diaz",
      bodyHtml: "<p>Thank you.</p>",
      start: new Date("2026-12-01T15:00:00Z"),
      end: new Date("2026-12-01T15:30:00Z"),
      timeZone: "UTC",
      attendees: [{ displayName: "Morgan Diaz", emailAddress: PROFESSIONAL }],
      online: true,
      categories: ["Information interview"],
      prep: extensionData(encoded.value),
    });
    if (!booked.ok) throw new Error("not booked");
    const eventId = booked.event.id;

    // The closed pane: typed while Graph could not be reached, so only the outbox has it.
    const outbox = createMemoryOutbox();
    const offline = createGraphClient({
      tokens: createSandboxTokens({ origin: sandbox.url, userPrincipalName: STUDENT }),
      transport: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    const closed = createPrepSession({
      graph: offline,
      eventId,
      outbox,
      now: () => new Date(),
      initial: sheet,
      debounceMs: 5,
    });
    const takeaway = "Ask Jérôme about the night rotation 🌙";
    closed.edit((s) => ({ ...s, takeaways: { ...s.takeaways, notes: takeaway } }));
    await closed.flush();
    closed.dispose();
    expect(await outbox.get(prepOutboxKey(eventId))).not.toBeNull();
    const before = ((await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as Logged[])
      .length;

    // The next page: Graph answers again.
    expect(await replayPendingNotes(graph, outbox, () => new Date())).toBe(1);
    const raw = await readEventPrep(graph, eventId);
    expect(JSON.parse(String(raw?.takeaways)).notes).toBe(takeaway);
    expect(await outbox.all()).toEqual([]);
    const log = (
      (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as Logged[]
    ).slice(before);
    expect(log.filter((r) => r.method === "PATCH" && r.status < 300)).toHaveLength(1);
    // It was never taken for a contact's notes.
    expect(log.some((r) => r.path.includes("prep-sheet"))).toBe(false);
  });
});

describe("notes left unsent, replayed while their research view opens", { timeout: 15_000 }, () => {
  it("are sent once: the replay and the view's session take turns", async () => {
    const graph = client();
    const created = await createInterviewContact(graph, {
      displayName: "Morgan Diaz",
      givenName: "Morgan",
      email: PROFESSIONAL,
      notes: "Runs the plankton survey.",
      record: { stage: "researched", source: "directory", questions: "[]", events: "[]" },
    });
    if (!created.ok) throw new Error("contact not created");
    const contactId = created.contact.id;
    const outbox = createMemoryOutbox();
    const typed = "Runs the plankton survey.\nTyped offline: ask about June fieldwork 🌊";
    await outbox.put({
      contactId,
      notes: typed,
      baseEtag: created.contact.etag,
      typedAt: new Date().toISOString(),
    });
    const before = ((await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as Logged[])
      .length;

    const view = createNotesSession({ graph, contactId, outbox, now: () => new Date() });
    await Promise.all([replayPendingNotes(graph, outbox, () => new Date()), view.start()]);
    view.dispose();

    const log = (
      (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as Logged[]
    ).slice(before);
    const patches = log.filter((r) => r.method === "PATCH");
    expect(patches.map((r) => r.status)).toEqual([200]);
    expect(view.state.text).toBe(typed);
    expect(view.state.status).toBe("saved");
    expect(await outbox.all()).toEqual([]);
  });
});

describe("notes typed while the pane's first read is slow", { timeout: 15_000 }, () => {
  it("keep what was typed when the read arrives, and save it", async () => {
    const graph = client();
    const created = await createInterviewContact(graph, {
      displayName: "Morgan Diaz",
      givenName: "Morgan",
      email: PROFESSIONAL,
      notes: "Runs the plankton survey.",
      record: { stage: "researched", source: "directory", questions: "[]", events: "[]" },
    });
    if (!created.ok) throw new Error("contact not created");
    const contactId = created.contact.id;
    await faults([{ method: "GET", path: "^/v1.0/me/contacts/", delayMs: 400, times: 1 }]);
    const session = createNotesSession({
      graph,
      contactId,
      outbox: createMemoryOutbox(),
      now: () => new Date(),
      // The read comes back before the pause that saves.
      debounceMs: 800,
      known: { notes: created.contact.notes, etag: created.contact.etag },
    });
    const loading = session.start();
    // The user types once the pane shows the notes, while the read is still on its way.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const typed = "Runs the plankton survey.\nAsk about June fieldwork — très important 🌊";
    session.edit(typed);
    await loading;
    expect(session.state.text).toBe(typed);
    await waitFor(() => expect(session.state.status).toBe("saved"), { timeout: 5_000 });
    session.dispose();
    const stored = await graph.call<{ personalNotes: string }>({
      method: "GET",
      path: `/me/contacts/${encodeURIComponent(contactId)}`,
      query: { $select: "personalNotes" },
    });
    expect(stored.body.personalNotes).toBe(typed);
  });
});

describe("marking a meeting met while the network drops", { timeout: 15_000 }, () => {
  it("never rejects unhandled, and the stage still becomes met", async () => {
    const graph = client();
    const created = await createInterviewContact(graph, {
      displayName: "Morgan Diaz",
      givenName: "Morgan",
      email: PROFESSIONAL,
      notes: "",
      record: { stage: "booked", source: "directory", questions: "[]", events: "[]" },
    });
    if (!created.ok) throw new Error("contact not created");
    const contactId = created.contact.id;
    const services = wrapper(graph);
    const { result } = renderHook(() => useFollowUp(contactId, null), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <I18nProvider locale="en">{services({ children })}</I18nProvider>
      ),
    });
    await waitFor(() => expect(result.current.interview.state.status).toBe("ready"));
    await faults([{ method: "PATCH", path: "/extensions/", status: 0, times: 1 }]);
    await expect(result.current.markMet()).resolves.toBeUndefined();
    const record = await graph.call<{ stage: string }>({
      method: "GET",
      path: `/me/contacts/${encodeURIComponent(contactId)}/extensions/com.northfield.informationInterviews`,
    });
    expect(record.body.stage).toBe("met");
  });
});

describe("drafting the thank-you on a flaky network", { timeout: 15_000 }, () => {
  it("says drafted when only the record's note of it failed, and a second press makes no second draft", async () => {
    const graph = client();
    const created = await createInterviewContact(graph, {
      displayName: "Morgan Diaz",
      givenName: "Morgan",
      email: PROFESSIONAL,
      notes: "",
      record: { stage: "met", source: "directory", questions: "[]", events: "[]" },
    });
    if (!created.ok) throw new Error("contact not created");
    const services = wrapper(graph);
    const { result } = renderHook(() => useFollowUp(created.contact.id, null), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <I18nProvider locale="en">{services({ children })}</I18nProvider>
      ),
    });
    await waitFor(() => expect(result.current.interview.state.status).toBe("ready"));
    await faults([{ method: "PATCH", path: "/extensions/", status: 0, times: 1 }]);
    const takeaways = { notes: "Fieldwork in June 🌊", answers: {}, referrals: [] };
    await Promise.all([
      result.current.draftThankYou(takeaways),
      result.current.draftThankYou(takeaways),
    ]);
    await waitFor(() => expect(result.current.thankYou.status).toBe("drafted"));
    const drafts = await graph.call<{ value: unknown[] }>({
      method: "GET",
      path: "/me/mailFolders/drafts/messages",
      query: { $select: "subject" },
    });
    expect(drafts.body.value).toHaveLength(1);
  });
});
