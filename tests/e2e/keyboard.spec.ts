// The main flow by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no mouse): search, open
// the
// card, add, research notes, add and reorder questions, find times, pick one, book — focus always
// visible, always where the next step is, and never trapped.
import { PRIYA, expectFocusRing, interviewContacts, tabTo } from "./a11yHelpers";
import { expect, test } from "./fixtures";
import { graph, STUDENT } from "./graphAsUser";

test("search, add, notes, questions, find times and book, by keyboard only", async ({
  page,
  request,
  watch,
}) => {
  test.setTimeout(150_000);
  await page.goto(`/tab.html?as=${encodeURIComponent(STUDENT)}`);
  await expect(page.getByText("Signed in as Avery Chen")).toBeVisible();

  // Step 1: into the search box from the top of the page, type, arrow into the results, open one.
  const search = page.getByRole("searchbox", { name: "Search people" });
  await tabTo(page, search);
  await expectFocusRing(search);
  await page.keyboard.type("Priya Raman");
  // The search's own results (not the suggestions shown before it answers) are what the arrow enters.
  const result = page
    .getByRole("list", { name: "People found" })
    .getByRole("button", { name: /Priya Raman/u })
    .first();
  await expect(result).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expectFocusRing(result);
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { name: PRIYA.name, exact: true });
  await expect(heading).toBeVisible();

  // The card: "Back" returns focus to the person opened; Enter opens them again.
  const back = page.getByRole("button", { name: "Back to results" });
  await expect(back).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");
  const add = page.getByRole("button", { name: "Add to my interviews" });
  await expect(add).toBeEnabled();
  await tabTo(page, add);
  await expectFocusRing(add);
  await page.keyboard.press("Enter");

  // Step 2: the interview opens on its research notes; focus lands on its heading, then the notes.
  const interviewHeading = page.getByRole("heading", { name: PRIYA.name, level: 2 });
  await expect(interviewHeading).toBeFocused();
  const notes = page.getByRole("textbox", { name: "Research notes" });
  await tabTo(page, notes);
  await expectFocusRing(notes);
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nAsk about the night-shift rota.");
  // Shift+Tab leaves the notes (no trap) for the control before them, and Tab comes back. (Tab forward
  // from the notes can run off the end of the page into the browser's own controls, where what
  // Shift+Tab returns to depends on the browser, so the walk goes backwards.)
  await page.keyboard.press("Shift+Tab");
  await expect(notes).not.toBeFocused();
  await page.keyboard.press("Tab");
  await expect(notes).toBeFocused();

  // Step 3: the section tabs are one stop; arrows move between them, Enter opens one.
  const sections = page.getByRole("tablist", { name: "Interview sections" });
  const research = sections.getByRole("tab", { name: "Research" });
  await tabTo(page, research, { back: true });
  await expectFocusRing(research);
  await page.keyboard.press("ArrowRight");
  const questionsTab = sections.getByRole("tab", { name: "Questions" });
  await expect(questionsTab).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(questionsTab).toHaveAttribute("aria-selected", "true");

  const box = page.getByRole("textbox", { name: "New question" });
  await tabTo(page, box);
  await page.keyboard.type("What does a typical week look like for you?");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
  await page.keyboard.type("What drew you to nursing?");
  await page.keyboard.press("Enter");
  const list = page.getByRole("list", { name: "Your questions, in the order you will ask them" });
  await expect(list.getByRole("listitem")).toHaveCount(2);

  // Reorder: "move up" on the second question with Space; focus stays on the button that moved it
  // (now at the top, so it says it cannot go further while keeping its place in the tab order).
  const up = page.getByRole("button", { name: "Move up: What drew you to nursing?" });
  await tabTo(page, up);
  await expectFocusRing(up);
  await page.keyboard.press("Space");
  await expect(list.getByRole("listitem").first()).toContainText("What drew you to nursing?");
  await expect(up).toBeFocused();
  await expect(up).toHaveAttribute("aria-disabled", "true");

  // Step 4: Arrange; find times; arrows pick among the times; book.
  // Back to the section tabs (one stop, on the selected tab), arrow to Arrange, open it.
  const arrange = sections.getByRole("tab", { name: "Arrange" });
  await tabTo(page, questionsTab, { back: true });
  await page.keyboard.press("ArrowRight");
  await expect(arrange).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(arrange).toHaveAttribute("aria-selected", "true");
  const findTimes = page.getByRole("button", { name: "Find times" });
  await tabTo(page, findTimes);
  await expectFocusRing(findTimes);
  await page.keyboard.press("Enter");
  const times = page.getByRole("radiogroup", { name: "Times that suit you both" });
  const first = times.getByRole("radio").first();
  await expect(first).toBeVisible();
  await tabTo(page, first);
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await page.keyboard.press("ArrowDown");
  const second = times.getByRole("radio").nth(1);
  await expect(second).toBeFocused();
  await expect(second).toBeChecked();
  const start = await second.getAttribute("value");
  const book = page.getByRole("button", { name: "Book interview" });
  await tabTo(page, book);
  await expectFocusRing(book);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Booked for/u)).toBeVisible();

  // What the keyboard did is in the mailbox: one event at the chosen time, the questions in order.
  const events = (await graph(request, "GET", "/me/events?$select=subject,start&$top=50")) as {
    value: Array<{ subject: string; start: { dateTime: string; timeZone: string } }>;
  };
  const booked = events.value.filter((e) => e.subject.startsWith("Information interview"));
  expect(booked).toHaveLength(1);
  expect(new Date(`${booked[0]!.start.dateTime.replace(/Z$/u, "")}Z`).getTime()).toBe(
    new Date(start!).getTime(),
  );
  const priya = (await interviewContacts(request)).find((c) => c.displayName === PRIYA.name);
  expect(priya?.personalNotes).toContain("Ask about the night-shift rota.");
  expect(priya?.questions).toEqual([
    "What drew you to nursing?",
    "What does a typical week look like for you?",
  ]);
  expect(watch.errors).toEqual([]);
});
