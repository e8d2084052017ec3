// The autosave loop on fake timers: debounce, outbox, one save at a time, back-off, conflicts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createAutosaveSession,
  type AutosaveOptions,
  type AutosaveState,
  type SaveOutcome,
} from "../../src/app/autosave/autosaveSession";
import { createMemoryOutbox, type NotesOutbox } from "../../src/app/outbox/outbox";
import { GraphError } from "../../src/graph/errors";

type Extra = "loading" | "conflict" | "too-large";

const NOW = new Date("2026-12-01T15:20:00Z");
const offline = () => new GraphError({ status: 0, code: "offline", message: "", requestId: null });
const throttled = () =>
  new GraphError({ status: 429, code: "TooManyRequests", message: "", requestId: null });

/** A server that answers each save as the test says; `answers` are used in order, then "saved". */
function harness(
  overrides: Partial<AutosaveOptions<string, Extra>> = {},
  answers: Array<(doc: string) => SaveOutcome<string, Extra> | Error> = [],
) {
  const outbox: NotesOutbox = createMemoryOutbox();
  const sent: Array<{ doc: string; base: string; at: number }> = [];
  const states: Array<AutosaveState<string, Extra>> = [];
  const saved: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const answerLatencyMs = { value: 0 };
  const session = createAutosaveSession<string, Extra>({
    key: "contact-1",
    outbox,
    now: () => NOW,
    initial: "",
    same: (a, b) => a === b,
    entry: (doc) => ({ notes: doc, baseEtag: null }),
    sentEntry: (doc) => doc,
    async save(doc, base) {
      sent.push({ doc, base, at: Date.now() });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (answerLatencyMs.value > 0) {
          await new Promise((resolve) => setTimeout(resolve, answerLatencyMs.value));
        }
        const answer = answers.shift()?.(doc) ?? { kind: "saved", saved: doc };
        if (answer instanceof Error) throw answer;
        return answer;
      } finally {
        inFlight -= 1;
      }
    },
    rebase: (_saved, current) => current,
    debounceMs: 100,
    retryMs: 1000,
    maxRetryMs: 4000,
    onChange: (state) => states.push(state),
    onSaved: (doc) => saved.push(doc),
    ...overrides,
  });
  return {
    session,
    outbox,
    sent,
    states,
    saved,
    answerLatencyMs,
    maxInFlight: () => maxInFlight,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("keeps every change in the outbox at once and saves the latest once, after the pause", async () => {
    const { session, outbox, sent, saved, states } = harness();
    session.edit("a");
    session.edit("ab");
    await vi.advanceTimersByTimeAsync(0);
    expect(await outbox.get("contact-1")).toMatchObject({
      notes: "ab",
      typedAt: NOW.toISOString(),
    });
    expect(session.state.status).toBe("pending");
    await vi.advanceTimersByTimeAsync(99);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => s.doc)).toEqual(["ab"]);
    expect(session.state).toMatchObject({ doc: "ab", status: "saved", reason: null });
    expect(saved).toEqual(["ab"]);
    expect(await outbox.get("contact-1")).toBeNull();
    expect(states.map((s) => s.status)).toEqual(["pending", "pending", "saving", "saved"]);
  });

  it("sends nothing when the text is back to what the server has", async () => {
    const { session, outbox, sent } = harness();
    session.edit("a");
    session.edit("");
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
    expect(session.state.status).toBe("saved");
    expect(await outbox.get("contact-1")).toBeNull();
  });

  it("is offline while Graph cannot be reached, retries with a doubling wait, then saves once", async () => {
    const { session, outbox, sent, states } = harness({}, [offline, offline, throttled, offline]);
    session.edit("typed offline");
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toMatchObject({ status: "offline", reason: { kind: "offline" } });
    expect((await outbox.get("contact-1"))?.notes).toBe("typed offline");
    // Waits of 1 s, 2 s, 4 s and 4 s (the ceiling) between the five tries.
    for (const wait of [1000, 2000, 4000]) {
      const before = sent.length;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(sent).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toHaveLength(before + 1);
    }
    expect(states.some((s) => s.reason?.kind === "throttled" && s.status === "offline")).toBe(true);
    await vi.advanceTimersByTimeAsync(4000);
    expect(sent.map((s) => s.at)).toEqual([100, 1100, 3100, 7100, 11100]);
    expect(session.state.status).toBe("saved");
    expect(await outbox.get("contact-1")).toBeNull();
  });

  it("says error (and why) for a refusal that is not about the network, and still retries", async () => {
    const denied = () =>
      new GraphError({ status: 403, code: "ErrorAccessDenied", message: "", requestId: null });
    const { session, sent } = harness({ permission: "Contacts.ReadWrite" }, [denied]);
    session.edit("x");
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toMatchObject({
      status: "error",
      reason: { kind: "consent-required", permission: "Contacts.ReadWrite" },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(session.state.status).toBe("saved");
  });

  it("saves one at a time, and what was typed during a save goes after it", async () => {
    const { session, sent, answerLatencyMs, maxInFlight, outbox } = harness();
    answerLatencyMs.value = 500;
    session.edit("a");
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state.status).toBe("saving");
    session.edit("ab");
    const asked = session.flush();
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(sent.map((s) => s.doc)).toEqual(["a", "ab"]);
    expect(sent[1]!.base).toBe("a");
    await vi.advanceTimersByTimeAsync(500);
    await asked;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(maxInFlight()).toBe(1);
    expect(session.state).toMatchObject({ doc: "ab", status: "saved" });
    expect(await outbox.get("contact-1")).toBeNull();
  });

  it("puts a change typed during a save over the version the server took", async () => {
    const rebase = vi.fn((saved: string, current: string) => `${saved}|${current}`);
    const { session, sent, answerLatencyMs } = harness({ rebase }, [
      (doc) => ({ kind: "saved", saved: `${doc}+theirs` }),
    ]);
    answerLatencyMs.value = 50;
    session.edit("mine");
    await vi.advanceTimersByTimeAsync(120);
    session.edit("mine, more");
    await vi.advanceTimersByTimeAsync(30);
    expect(rebase).toHaveBeenCalledWith("mine+theirs", "mine, more", "mine");
    expect(session.state).toMatchObject({ doc: "mine+theirs|mine, more", status: "pending" });
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((s) => [s.doc, s.base])).toEqual([
      ["mine", ""],
      ["mine+theirs|mine, more", "mine+theirs"],
    ]);
    expect(session.state.status).toBe("saved");
  });

  it("stops at a conflict: nothing is sent until the user keeps one version", async () => {
    const { session, sent, outbox } = harness({}, [
      () => ({ kind: "conflict", status: "conflict", theirs: "theirs" }),
    ]);
    session.edit("mine");
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toMatchObject({
      status: "conflict",
      conflict: { mine: "mine", theirs: "theirs" },
    });
    session.edit("mine, edited");
    await session.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    expect(session.state.conflict).toEqual({ mine: "mine, edited", theirs: "theirs" });
    expect((await outbox.get("contact-1"))?.notes).toBe("mine, edited");

    await session.keep("mine");
    expect(sent.map((s) => [s.doc, s.base])).toEqual([
      ["mine", ""],
      ["mine, edited", "theirs"],
    ]);
    expect(session.state).toMatchObject({ status: "saved", doc: "mine, edited", conflict: null });
    expect(await outbox.get("contact-1")).toBeNull();
  });

  it("never sends over a newer version met by a save that was on its way when more was typed", async () => {
    const { session, sent, answerLatencyMs } = harness({}, [
      () => ({ kind: "conflict", status: "conflict", theirs: "theirs" }),
    ]);
    answerLatencyMs.value = 300;
    session.edit("a");
    await vi.advanceTimersByTimeAsync(100);
    session.edit("ab");
    const asked = session.flush();
    await vi.advanceTimersByTimeAsync(300);
    await asked;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.map((s) => s.doc)).toEqual(["a"]);
    expect(session.state).toMatchObject({
      status: "conflict",
      conflict: { mine: "ab", theirs: "theirs" },
    });
  });

  it("keeping their version sends nothing and forgets the local text", async () => {
    const { session, sent, outbox, saved } = harness({}, [
      () => ({ kind: "conflict", status: "conflict", theirs: "theirs" }),
    ]);
    session.edit("mine");
    await vi.advanceTimersByTimeAsync(100);
    await session.keep("theirs");
    expect(sent).toHaveLength(1);
    expect(session.state).toMatchObject({ status: "saved", doc: "theirs", conflict: null });
    expect(saved).toEqual(["theirs"]);
    expect(await outbox.get("contact-1")).toBeNull();
  });

  it("does not retry a document the server refused as too large, and keeps it in the outbox", async () => {
    const { session, sent, outbox } = harness({}, [
      () => ({ kind: "refused", status: "too-large", reason: { kind: "too-large" } }),
    ]);
    session.edit("a very long text");
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toMatchObject({ status: "too-large", reason: { kind: "too-large" } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    expect((await outbox.get("contact-1"))?.notes).toBe("a very long text");
  });

  it("saves nothing while the first read has not come back", async () => {
    const { session, sent } = harness({ initialStatus: "loading" });
    await session.flush();
    expect(sent).toEqual([]);
    expect(session.state.status).toBe("loading");
  });

  it("sends a pending change once when the pane closes, and leaves an unsent one in the outbox", async () => {
    const closed = harness({}, [offline]);
    closed.session.edit("typed, then closed");
    closed.session.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closed.sent.map((s) => s.doc)).toEqual(["typed, then closed"]);
    expect(closed.session.state.status).toBe("offline");
    expect((await closed.outbox.get("contact-1"))?.notes).toBe("typed, then closed");

    const open = harness();
    open.session.edit("typed, then closed");
    open.session.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(open.sent).toHaveLength(1);
    expect(open.session.state.status).toBe("saved");
  });

  it("counts changes, so a first read that started before one can tell", () => {
    const { session } = harness();
    expect(session.edits).toBe(0);
    session.edit("a");
    session.edit("a");
    session.edit("ab");
    expect(session.edits).toBe(2);
  });
});
