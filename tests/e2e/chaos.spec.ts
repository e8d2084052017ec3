// The whole student flow in the Teams tab while 30% of Graph requests fail (throttled, unavailable,
// timed out, dropped — some after the mailbox stored them): it completes, nothing is stored twice,
// every character typed is kept, and the user sees progress, never raw errors.
import type { Locator, Page } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import {
  clearFaults,
  expectNoRawErrors,
  graphAsStudent,
  recordTransientTexts,
  sandboxRequests,
  seenTexts,
  setFaults,
  TAB,
  watchConsole,
} from "./chaosHelpers";
import { expect, test } from "./fixtures";

const CONTACT = { name: "Priya Raman", email: "priya.raman@northfield.example" };
const RATE = Number(process.env.CHAOS_RATE ?? 0.3);

/** A long note with accents, combining marks, emoji (with joiners and flags), quotes and markup. */
const NOTE = [
  "Préparé l'entrevue : rôle « infirmière-chef », équipe de nuit — 12 personnes.",
  "Zoë's café crème, naïve façade, coöperate; e\u0301 (combining) vs é; ß, ø, Ł, ğ.",
  "Emoji: 🩺👩🏽‍⚕️🧑‍🔬 🇨🇦 ❤️‍🔥 — 数字 and العربية too.",
  '<b>not bold</b> & "quotes" \\ back\\slash; tabs\tand trailing spaces  ',
  "x".repeat(600),
].join("\n");
const TAKEAWAY = "Parler à Jérôme (cardiologie) 🫀 — « shadowing » le mardi soir; ça m'a plu 😊.";

/** A 30% mix of the four kinds; 429s are fewer since each waits Retry-After (1 s). */
function chaosRules(seed: number) {
  return [
    // Lost answers: the mailbox stored the write, the client never heard.
    { path: "^/v1\\.0/", rate: RATE / 6, seed: seed * 7919, status: [504, 0], after: true },
    {
      path: "^/v1\\.0/",
      rate: RATE,
      seed,
      status: [503, 504, 0, 503, 504, 0, 429],
      retryAfter: 1,
    },
  ];
}

function panel(page: Page, name: string): Locator {
  return page.getByRole("tabpanel", { name });
}

async function openSection(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name })
    .click();
  return panel(page, name);
}

const FAILED =
  /Microsoft 365 is busy|You're offline|offline|could not be|Could not|Something went wrong|Not saved/;

/** Three seeds whose runs mix all four kinds; CHAOS_SEEDS=1,2,3 replays others (a failing run names its seed). */
const SEEDS = process.env.CHAOS_SEEDS?.split(",").map(Number) ?? [5, 13, 37];

/**
 * Waits for a step to complete by itself: the user never presses "Try again" or "Save now" —
 * writes recover without them (looked for after a lost answer, sent again only when absent).
 * A failure that is still on screen when the step gives up is what the test reports.
 */
async function settles(page: Page, step: string, done: Locator): Promise<void> {
  try {
    await expect(done.first()).toBeVisible({ timeout: 90_000 });
  } catch (error) {
    const failed = await page.getByText(FAILED).allInnerTexts();
    throw new Error(`${step}: did not complete by itself (${failed.join(" | ") || "no message"})`, {
      cause: error,
    });
  }
  await expectNoRawErrors(page, step);
}

// Recovery waits Retry-After and backs off by itself: a hostile run takes longer than a calm one.
test.describe.configure({ timeout: 240_000 });

for (const seed of SEEDS) {
  test(`student flow completes with ${Math.round(RATE * 100)}% of Graph failing (seed ${seed})`, async ({
    page,
    request,
  }, testInfo) => {
    const started = Date.now();
    const consoleWatch = watchConsole(page);
    await recordTransientTexts(page);
    await setFaults(request, chaosRules(seed));

    // 1. Find and add.
    await page.goto(TAB);
    const search = page.getByRole("searchbox", { name: "Search people" });
    await expect(search).toBeVisible({ timeout: 20_000 });
    await search.pressSequentially(CONTACT.name, { delay: 20 });
    const result = page.getByRole("button", { name: new RegExp(CONTACT.name) }).first();
    await settles(page, "search", result);
    await result.click();
    await expect(page.getByRole("heading", { name: CONTACT.name, exact: true })).toBeVisible();
    const add = page.getByRole("button", { name: "Add to my interviews" });
    await expect(add).toBeEnabled({ timeout: 20_000 });
    await add.click();
    const notes = page.getByRole("textbox", { name: "Research notes" });
    await settles(page, "add", notes);
    await expect(notes).toHaveValue(/Research checklist/u, { timeout: 20_000 });

    // 2. Research notes: a long text with accents and emoji, saved through the failures.
    await notes.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText(`\n${NOTE}`);
    await notes.pressSequentially(" Fin ✅", { delay: 15 });
    const typedNotes = await notes.inputValue();
    expect(typedNotes).toContain(`${NOTE} Fin ✅`);
    const research = panel(page, "Research");
    await settles(page, "notes", research.getByText("Saved", { exact: true }));
    await expectNoRawErrors(page, "notes");

    // 3. Questions: one of our own made open by the coach, two from the bank (tailored).
    const questions = await openSection(page, "Questions");
    const box = questions.getByRole("textbox", { name: "New question" });
    await settles(page, "questions load", box);
    await box.pressSequentially("Is the work stressful?", { delay: 10 });
    await questions.getByRole("button", { name: "Use the open version" }).click();
    const own = await box.inputValue();
    await questions.getByRole("button", { name: "Add question" }).click();
    const list = questions.getByRole("list", {
      name: "Your questions, in the order you will ask them",
    });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    const theme = questions.getByRole("button", { name: /^The path into the role/u });
    await settles(page, "question bank", theme);
    await theme.click();
    const fromBank = questions.getByRole("button", { name: /^Add: /u });
    const bankTexts: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const button = fromBank.first();
      bankTexts.push(((await button.getAttribute("aria-label")) ?? "").replace(/^Add: /u, ""));
      await button.click();
      await expect(list.getByRole("listitem")).toHaveCount(i + 2);
    }
    await settles(page, "questions saved", questions.getByText("Saved", { exact: true }));

    // 4. Arrange: draft the request, find times, book one.
    const arrange = await openSection(page, "Arrange");
    const draftRequest = arrange.getByRole("button", { name: "Draft request" });
    await expect(draftRequest).toBeEnabled({ timeout: 20_000 });
    await draftRequest.click();
    await settles(page, "request draft", arrange.getByText(/Saved in your Drafts folder/));
    const findTimes = arrange.getByRole("button", { name: "Find times" });
    await findTimes.click();
    const first = arrange
      .getByRole("radiogroup", { name: "Times that suit you both" })
      .getByRole("radio")
      .first();
    await settles(page, "find times", first);
    await first.check();
    const book = arrange.getByRole("button", { name: "Book interview" });
    await book.click();
    await settles(page, "book", arrange.getByText(/^Booked for/));
    await expectNoRawErrors(page, "book");

    // 5. Meeting: takeaways, then the thank-you.
    const meeting = await openSection(page, "Meeting");
    const takeaways = meeting.getByRole("textbox", { name: "Takeaways" });
    await settles(page, "meeting", takeaways);
    await takeaways.click();
    await page.keyboard.insertText(TAKEAWAY);
    await settles(page, "takeaways", meeting.getByText("Saved", { exact: true }));
    const thank = meeting.getByRole("button", { name: "Draft thank-you" });
    await thank.click();
    await settles(page, "thank-you", meeting.getByText(/Draft saved in your Drafts folder/));
    await expectNoRawErrors(page, "end");

    // What the mailbox holds, read without faults.
    await clearFaults(request);
    const log = await sandboxRequests(request);
    if (process.env.CHAOS_SHOW_REQUESTS) {
      console.warn(log.map((r) => `${r.method} ${r.path} ${r.status}`).join("\n"));
    }
    const kinds = [429, 503, 504, 0].map((status) => log.filter((r) => r.status === status).length);
    // The run really was hostile: a fair share failed, of every kind.
    const failed = kinds.reduce((sum, n) => sum + n, 0);
    expect(failed / log.length).toBeGreaterThan(RATE / 3);
    const events = await graphAsStudent<{
      value: Array<{ subject: string; attendees: Array<{ emailAddress: { address: string } }> }>;
    }>(request, "/me/events?$select=subject,attendees&$top=100");
    const interviews = events.value.filter((e) =>
      e.attendees.some((a) => a.emailAddress.address.toLowerCase() === CONTACT.email),
    );
    expect(interviews, "interview events").toHaveLength(1);

    const drafts = await graphAsStudent<{
      value: Array<{ subject: string; toRecipients: Array<{ emailAddress: { address: string } }> }>;
    }>(
      request,
      `/me/messages?$filter=${encodeURIComponent("isDraft eq true")}&$select=subject,toRecipients&$top=100`,
    );
    const toContact = drafts.value.filter((m) =>
      m.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === CONTACT.email),
    );
    // Exactly the two the flow made: the request and the thank-you.
    expect(toContact, "drafts to the contact").toHaveLength(2);
    expect(toContact.filter((m) => m.subject.includes("Thank you for your time"))).toHaveLength(1);
    expect(toContact.filter((m) => m.subject.startsWith("Could I ask you"))).toHaveLength(1);

    const folders = await graphAsStudent<{ value: Array<{ id: string; displayName: string }> }>(
      request,
      "/me/contactFolders",
    );
    const folder = folders.value.filter((f) => f.displayName === "Information interviews");
    expect(folder, "interview folders").toHaveLength(1);
    const contacts = await graphAsStudent<{
      value: Array<{
        id: string;
        personalNotes: string;
        emailAddresses: Array<{ address: string }>;
      }>;
    }>(
      request,
      `/me/contactFolders/${folder[0]!.id}/contacts?$select=personalNotes,emailAddresses&$top=100`,
    );
    const mine = contacts.value.filter((c) =>
      c.emailAddresses.some((a) => a.address.toLowerCase() === CONTACT.email),
    );
    expect(mine, "contacts for the person").toHaveLength(1);
    expect(mine[0]!.personalNotes).toBe(typedNotes);
    const extension = await graphAsStudent<{ questions: string; events: string; stage: string }>(
      request,
      `/me/contacts/${mine[0]!.id}/extensions/${EXTENSION_NAME}`,
    );
    const stored = (JSON.parse(extension.questions) as Array<{ text: string }>).map((q) => q.text);
    expect(stored).toHaveLength(3);
    expect(stored[0]).toBe(own);
    expect(stored.slice(1)).toEqual(bankTexts);
    const prepEvent = await graphAsStudent<{ extensions?: Array<Record<string, unknown>> }>(
      request,
      `/me/events?$select=subject&$expand=${encodeURIComponent(`extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.${EXTENSION_NAME}')`)}&$top=100`,
    );
    expect(JSON.stringify(prepEvent)).toContain(JSON.stringify(TAKEAWAY).slice(1, -1));

    // What the user saw: progress while it worked, and no raw errors or stray console errors.
    const seen = await seenTexts(page);
    expect(
      seen.some((text) => /…$/u.test(text)),
      `progress seen: ${seen.join(" | ")}`,
    ).toBe(true);
    expect(consoleWatch.unexpected).toEqual([]);
    const seconds = Math.round((Date.now() - started) / 1000);
    testInfo.annotations.push({
      type: "chaos",
      description: `seed ${seed}: ${seconds} s, ${log.length} requests, failed 429/503/504/dropped ${kinds.join("/")}, network errors ${consoleWatch.network}, seen: ${seen.join(" | ")}`,
    });
    console.warn(testInfo.annotations.at(-1)?.description);
  });
}
