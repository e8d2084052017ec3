// Resilience against a real sandbox whose connections drop: an interview read that failed
// on the way is read again by itself, and takeaways left unsent by a closed pane reach their event.
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createNotesSession } from "../../src/app/interviews/notesSession";
import { replayPendingOutbox } from "../../src/app/replayOutbox";
import { createPrepSession, prepOutboxKey } from "../../src/app/meeting/prepSession";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { useFollowUp } from "../../src/app/meeting/useFollowUp";
import { useInterview } from "../../src/app/interviews/useInterview";
import { ServicesProvider } from "../../src/app/services";
import { createGraphClient, type GraphClient } from "../../src/graph/client";
import { createPrepSheet } from "../../src/domain/prepSheet";
import { readEventPrep } from "../../src/graph/calendar";
import { createFakeHost } from "../../src/hosts/fake";
import { useSandbox } from "../support/sandbox";
import { storedRecord, addMorganContact, bookMorganEvent } from "../support/interviews";
import { STUDENT_USER, STUDENT } from "../support/people";
import { appServices } from "../support/renderApp";

const sandbox = useSandbox();

const client = (): GraphClient => sandbox.appClient();

function wrapper(graph: GraphClient) {
  const services = appServices(sandbox.url, {
    host: createFakeHost({ kind: "teams", surface: "tab", user: { userPrincipalName: STUDENT } }),
    graph,
    user: STUDENT_USER,
  });
  return ({ children }: { children: ReactNode }) => (
    <ServicesProvider value={services}>{children}</ServicesProvider>
  );
}

/** The requests the sandbox has answered so far. */
const requestCount = async () => (await sandbox.requests()).length;

/**
 * Morgan at `stage`, the follow-up hook ready for them, then the next write to the interview's
 * record dropped on the way: the set-up of every follow-up press on a flaky network.
 */
async function followUpWithRecordWriteDropped(stage: string) {
  const graph = client();
  const contact = await addMorganContact(graph, { notes: "", record: storedRecord(stage) });
  const services = wrapper(graph);
  const { result } = renderHook(() => useFollowUp(contact.id, null), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <I18nProvider locale="en">{services({ children })}</I18nProvider>
    ),
  });
  await waitFor(() => expect(result.current.interview.state.status).toBe("ready"));
  await sandbox.faults([{ method: "PATCH", path: "/extensions/", status: 0, times: 1 }]);
  return { graph, contactId: contact.id, followUp: () => result.current };
}

describe("an interview read on a flaky network", { timeout: 15_000 }, () => {
  it("is read again by itself after a dropped connection, and becomes ready", async () => {
    const graph = client();
    const created = await addMorganContact(graph, {
      notes: "",
      record: storedRecord("booked"),
    });
    // Dropped more often than the client asks a read again by itself (four attempts).
    await sandbox.faults([{ method: "GET", path: "^/v1.0/me/contacts/", status: 0, times: 4 }]);
    const { result } = renderHook(() => useInterview(created.id), {
      wrapper: wrapper(graph),
    });
    await waitFor(() => expect(result.current.state.status).toBe("error"));
    await waitFor(() => expect(result.current.state.status).toBe("ready"), { timeout: 5_000 });
  });

  it("stays with its error when the refusal is not transient", async () => {
    const graph = client();
    await sandbox.faults([{ method: "GET", path: "^/v1.0/me/contacts/", status: 403, times: 1 }]);
    const { result } = renderHook(() => useInterview("AAMkAGI2TG93AAA="), {
      wrapper: wrapper(graph),
    });
    await waitFor(() => expect(result.current.state.status).toBe("error"));
    const before = await requestCount();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await requestCount()).toBe(before);
  });
});

describe("takeaways typed offline in a pane that was then closed", { timeout: 15_000 }, () => {
  it("are written to their event once by the next page's replay, without opening the meeting", async () => {
    const graph = client();
    const sheet = createPrepSheet({
      contactId: "contact-1",
      researchNotes: "Runs the plankton survey.",
      questions: [{ id: "q1", text: "How did you get into marine research?" }],
      format: "teams",
    });
    const eventId = await bookMorganEvent(graph, sheet, {
      start: "2026-12-01T15:00:00Z",
      end: "2026-12-01T15:30:00Z",
    });

    // The closed pane: typed while Graph could not be reached, so only the outbox has it.
    const outbox = createMemoryOutbox();
    const offline = createGraphClient({
      tokens: sandbox.tokensFor(STUDENT),
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
    const before = await requestCount();

    // The next page: Graph answers again.
    expect(await replayPendingOutbox(graph, outbox, () => new Date())).toBe(1);
    const raw = await readEventPrep(graph, eventId);
    expect(JSON.parse(String(raw?.takeaways)).notes).toBe(takeaway);
    expect(await outbox.all()).toEqual([]);
    const log = (await sandbox.requests()).slice(before);
    expect(log.filter((r) => r.method === "PATCH" && r.status < 300)).toHaveLength(1);
    // It was never taken for a contact's notes.
    expect(log.some((r) => r.path.includes("prep-sheet"))).toBe(false);
  });
});

describe("notes left unsent, replayed while their research view opens", { timeout: 15_000 }, () => {
  it("are sent once: the replay and the view's session take turns", async () => {
    const graph = client();
    const created = await addMorganContact(graph, {
      notes: "Runs the plankton survey.",
      record: storedRecord("researched"),
    });
    const contactId = created.id;
    const outbox = createMemoryOutbox();
    const typed = "Runs the plankton survey.\nTyped offline: ask about June fieldwork 🌊";
    await outbox.put({
      contactId,
      notes: typed,
      baseEtag: created.etag,
      typedAt: new Date().toISOString(),
    });
    const before = await requestCount();

    const view = createNotesSession({ graph, contactId, outbox, now: () => new Date() });
    await Promise.all([replayPendingOutbox(graph, outbox, () => new Date()), view.start()]);
    view.dispose();

    const log = (await sandbox.requests()).slice(before);
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
    const created = await addMorganContact(graph, {
      notes: "Runs the plankton survey.",
      record: storedRecord("researched"),
    });
    const contactId = created.id;
    await sandbox.faults([{ method: "GET", path: "^/v1.0/me/contacts/", delayMs: 400, times: 1 }]);
    const session = createNotesSession({
      graph,
      contactId,
      outbox: createMemoryOutbox(),
      now: () => new Date(),
      // The read comes back before the pause that saves.
      debounceMs: 800,
      known: { notes: created.notes, etag: created.etag },
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
    const { graph, contactId, followUp } = await followUpWithRecordWriteDropped("booked");
    await expect(followUp().markMet()).resolves.toBeUndefined();
    const record = await graph.call<{ stage: string }>({
      method: "GET",
      path: `/me/contacts/${encodeURIComponent(contactId)}/extensions/com.northfield.informationInterviews`,
    });
    expect(record.body.stage).toBe("met");
  });
});

describe("drafting the thank-you on a flaky network", { timeout: 15_000 }, () => {
  it("says drafted when only the record's note of it failed, and a second press makes no second draft", async () => {
    const { graph, followUp } = await followUpWithRecordWriteDropped("met");
    const takeaways = { notes: "Fieldwork in June 🌊", answers: {}, referrals: [] };
    await Promise.all([followUp().draftThankYou(takeaways), followUp().draftThankYou(takeaways)]);
    await waitFor(() => expect(followUp().thankYou.status).toBe("drafted"));
    const drafts = await graph.call<{ value: unknown[] }>({
      method: "GET",
      path: "/me/mailFolders/drafts/messages",
      query: { $select: "subject" },
    });
    expect(drafts.body.value).toHaveLength(1);
  });
});
