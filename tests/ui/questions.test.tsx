// The questions section against a real sandbox: write a question with the coach, reorder by
// keyboard
// and by drag, and find the list saved in the contact's extension; the coach is heard by screen readers.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { type GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { createFakeHost } from "../../src/hosts/fake";
import QuestionBankView from "../../src/ui/questions/QuestionBankView";
import QuestionsSection from "../../src/ui/questions/QuestionsSection";
import { useSandbox } from "../support/sandbox";
import { storedRecord, addMorganContact } from "../support/interviews";
import { STUDENT } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";

const sandbox = useSandbox();
beforeEach(() => {
  localStorage.clear();
});

const client = (): GraphClient => sandbox.appClient();

async function addMorgan(graph: GraphClient, questions: string[] = []): Promise<string> {
  const contact = await addMorganContact(graph, {
    notes: "- Role: Research Scientist",
    record: storedRecord("researched", {
      questions: JSON.stringify(questions.map((text, i) => ({ id: `own-${i + 1}`, text }))),
      updatedAt: "2026-11-29T00:00:00.000Z",
    }),
  });
  return contact.id;
}

function renderSection(graph: GraphClient, contactId: string) {
  const services = appServices(sandbox.url, {
    host: createFakeHost({ user: { userPrincipalName: STUDENT } }),
    graph,
    now: () => new Date("2026-11-30T15:00:00Z"),
  });
  return render(
    <AppProviders
      services={services}
      route={{ view: "interview", contactId, section: "questions" }}
    >
      {contactId ? <QuestionsSection contactId={contactId} /> : <QuestionBankView />}
    </AppProviders>,
  );
}

async function storedQuestions(graph: GraphClient, contactId: string) {
  return decodeInterviewExtension(await readContactRecord(graph, contactId));
}

function orderShown(texts: readonly string[]): (string | undefined)[] {
  const list = screen.getByRole("list", {
    name: "Your questions, in the order you will ask them",
  });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => texts.find((text) => item.textContent?.includes(text)));
}

describe("questions section", { timeout: 20_000 }, () => {
  it("coaches a closed question as it is typed, offers the open version, and saves the list", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addMorgan(graph);
    renderSection(graph, contactId);
    const box = await screen.findByRole("textbox", { name: "New question" });
    await user.type(box, "Do you like research?");
    // The verdict sits in a status region and describes the box: screen readers hear it.
    const status = screen.getAllByRole("status").find((s) => s.textContent?.includes("Closed"));
    expect(status?.textContent).toContain("It can be answered with yes or no.");
    const describedBy = box.getAttribute("aria-describedby") ?? "";
    const description = describedBy
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(description).toContain("Closed question");

    await user.click(screen.getByRole("button", { name: "Use the open version" }));
    const rewritten = (box as HTMLInputElement).value;
    expect(rewritten).not.toBe("Do you like research?");
    expect(rewritten.toLowerCase()).toContain("research");
    await user.click(screen.getByRole("button", { name: "Add question" }));
    expect(await screen.findByText(rewritten)).toBeTruthy();
    expect((box as HTMLInputElement).value).toBe("");

    await screen.findByText("Saved", {}, { timeout: 5000 });
    await waitFor(
      async () => {
        const record = await storedQuestions(graph, contactId);
        expect(record.questions.map((q) => q.text)).toEqual([rewritten]);
        expect(record.stage).toBe("questionsReady");
      },
      { timeout: 5000 },
    );
  });

  it("flags a question that asks for a job", async () => {
    const user = userEvent.setup();
    const graph = client();
    renderSection(graph, await addMorgan(graph));
    const box = await screen.findByRole("textbox", { name: "New question" });
    await user.click(box);
    await user.paste("Are you hiring students this summer?");
    expect(
      screen.getAllByRole("status").some((s) => s.textContent?.includes("It asks for a job.")),
    ).toBe(true);
  });

  it("reorders by keyboard with focus kept on the moved question, and saves the order", async () => {
    const user = userEvent.setup();
    const graph = client();
    const first = "What drew you to Biology?";
    const second = "What does a typical week look like for you?";
    const third = "Who else would you suggest I talk to?";
    const contactId = await addMorgan(graph, [first, second, third]);
    renderSection(graph, contactId);

    const down = await screen.findByRole("button", { name: `Move down: ${first}` });
    down.focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: `Move down: ${first}` }),
    );
    await user.keyboard("{Enter}");
    // Now last: the button stays focused (and focusable) though it can go no further.
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute("aria-label")).toBe(`Move down: ${first}`);
    expect(focused.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("Moved to position 3 of 3.")).toBeTruthy();

    await screen.findByText("Saved", {}, { timeout: 5000 });
    await waitFor(
      async () => {
        const record = await storedQuestions(graph, contactId);
        expect(record.questions.map((q) => q.text)).toEqual([second, third, first]);
      },
      { timeout: 5000 },
    );
  });

  it("reorders by dragging one question onto another, and removes one", async () => {
    const user = userEvent.setup();
    const graph = client();
    const a = "What drew you to Biology?";
    const b = "What does a typical week look like for you?";
    const contactId = await addMorgan(graph, [a, b]);
    renderSection(graph, contactId);
    const list = await screen.findByRole("list", {
      name: "Your questions, in the order you will ask them",
    });
    const itemA = within(list).getByText(a).closest("li")!;
    const itemB = within(list).getByText(b).closest("li")!;
    const dataTransfer = { setData: () => undefined, effectAllowed: "" };
    fireEvent.dragStart(itemB, { dataTransfer });
    fireEvent.dragOver(itemA, { dataTransfer });
    fireEvent.drop(itemA, { dataTransfer });
    expect(orderShown([a, b])).toEqual([b, a]);

    await user.click(screen.getByRole("button", { name: `Remove: ${a}` }));
    expect(within(list).queryByText(a)).toBeNull();
    await waitFor(
      async () => {
        const record = await storedQuestions(graph, contactId);
        expect(record.questions.map((q) => q.text)).toEqual([b]);
      },
      { timeout: 5000 },
    );
  });

  it("offers the bank tailored to the contact and estimates what fits", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addMorgan(graph);
    renderSection(graph, contactId);
    await user.click(await screen.findByRole("button", { name: /^The path into the role/u }));
    // {department} is filled from the contact's record.
    const add = screen.getByRole("button", { name: "Add: What drew you to Biology?" });
    await user.click(add);
    expect(screen.getAllByText("What drew you to Biology?").length).toBeGreaterThan(1);
    expect(
      screen.getByText(/About 10 questions fit in 30 minutes \(3 minutes each\)\. You have 1\./u),
    ).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Who else to talk to (10)" })).toBeTruthy();
    expect(screen.getByText("On your list")).toBeTruthy();
  });
});

describe("question bank view", () => {
  it("lists the built-in questions by theme with generic wording when no list is set up", async () => {
    renderSection(client(), "");
    expect(
      await screen.findByRole("heading", { name: "The path into the role (10)" }),
    ).toBeTruthy();
    expect(screen.getByText("What drew you to your department?")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Add:/u })).toBeNull();
  });
});
