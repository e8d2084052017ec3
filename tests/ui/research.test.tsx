// The research section in the view: autosave status, and a conflict shown with both versions until
// the user keeps one.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InterviewStore } from "../../src/app/interviews/interviewStore";
import { addInterview } from "../../src/app/interviews/interviews";
import { createMemoryOutbox } from "../../src/app/outbox/outbox";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { getInterviewContact, readContactRecord, updateNotes } from "../../src/graph/contacts";
import { ResearchSection } from "../../src/ui/research/ResearchSection";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";
import { morganInterview } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";

vi.setConfig({ testTimeout: 20_000 });

const sandbox = useSandbox({ tenant: findTenant });

/** Another device: its own client, adding and editing behind the view's back. */
function elsewhere() {
  return sandbox.appClient();
}

async function addMorgan(): Promise<string> {
  const added = await addInterview(elsewhere(), morganInterview(), {
    locale: "en",
    now: new Date(),
  });
  if (!added.ok) throw new Error("add failed");
  return added.interview.record.contactId;
}

describe("ResearchSection", () => {
  it("shows the prefilled notes, saves what is typed and says so", async () => {
    const id = await addMorgan();
    const user = userEvent.setup();
    renderWithSandbox(<ResearchSection contactId={id} debounceMs={50} />, sandbox);
    const box = await screen.findByRole("textbox", { name: "Research notes" });
    await waitFor(() =>
      expect((box as HTMLTextAreaElement).value).toContain("- Role: Research Scientist"),
    );
    expect(screen.getByText("0 of 5 checklist items done")).toBeTruthy();
    await user.click(box);
    await user.type(box, "{Control>}{End}{/Control} Met at the career fair.");
    expect(await screen.findByText("Saved")).toBeTruthy();
    await waitFor(async () =>
      expect((await getInterviewContact(elsewhere(), id)).notes).toContain(
        "Met at the career fair.",
      ),
    );
  });

  it("shows both versions when the notes changed elsewhere, and keeps the one chosen", async () => {
    const id = await addMorgan();
    const user = userEvent.setup();
    renderWithSandbox(<ResearchSection contactId={id} debounceMs={50} />, sandbox);
    const box = await screen.findByRole("textbox", { name: "Research notes" });
    await screen.findByText("Saved");
    // Outlook on the phone changes the notes after the view read them.
    const other = elsewhere();
    const server = await getInterviewContact(other, id);
    await updateNotes(other, id, "Changed on my phone", server.etag);

    await user.click(box);
    await user.type(box, "{Control>}{End}{/Control} Mine");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/changed somewhere else/);
    const theirs = screen.getByRole("heading", { name: "The other version" }).parentElement!;
    expect(within(theirs).getByText("Changed on my phone")).toBeTruthy();
    expect((await getInterviewContact(other, id)).notes).toBe("Changed on my phone");

    await user.click(screen.getByRole("button", { name: "Keep your version" }));
    expect(await screen.findByText("Saved")).toBeTruthy();
    expect((await getInterviewContact(other, id)).notes).toMatch(/ Mine$/);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps typing on the device while Graph is unreachable", async () => {
    const id = await addMorgan();
    await sandbox.faults([{ method: "PATCH", path: "^/v1.0/me/contacts/", status: 0, times: 100 }]);
    const user = userEvent.setup();
    renderWithSandbox(<ResearchSection contactId={id} debounceMs={50} />, sandbox);
    const box = await screen.findByRole("textbox", { name: "Research notes" });
    await screen.findByText("Saved");
    await user.type(box, "x");
    expect(await screen.findByText("Offline — kept on this device")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save now" })).toBeTruthy();
  });
});

describe("research progress moves the stage", () => {
  it("ticking every checklist box moves a new contact to 'researched', once", async () => {
    const id = await addMorgan();
    const graph = elsewhere();
    const store = new InterviewStore(graph, createMemoryOutbox(), () => new Date());
    await store.load();
    const stageOf = async () => decodeInterviewExtension(await readContactRecord(graph, id)).stage;
    const notes = (await getInterviewContact(graph, id)).notes ?? "";

    // Some boxes still open: the stage stays where it was.
    const partly = notes.replace("[ ]", "[x]");
    store.notesSaved(id, partly, null);
    expect(await stageOf()).toBe("found");

    store.notesSaved(id, notes.replaceAll("[ ]", "[x]"), null);
    await waitFor(async () => expect(await stageOf()).toBe("researched"));
    await waitFor(() =>
      expect(store.snapshot().interviews.find((i) => i.record.contactId === id)?.record.stage).toBe(
        "researched",
      ),
    );
    // Later saves of the same notes write nothing more.
    const writes = async () =>
      (await sandbox.requests()).filter((r) => r.method === "PATCH" || r.method === "POST").length;
    const before = await writes();
    store.notesSaved(id, notes.replaceAll("[ ]", "[x]"), null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await writes()).toBe(before);
  });
});
