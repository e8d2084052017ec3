// Step 3 in a browser: add a question with the coach, reorder by keyboard, the section passes axe.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { expect, test } from "./fixtures";
import {
  addToInterviews,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

/** A professional from the demo directory, added to the student's interviews with two questions. */
async function addInterview(request: APIRequestContext, questions: string[]): Promise<string> {
  const pro = await firstProfessional(request);
  return addToInterviews(request, {
    displayName: pro.displayName,
    givenName: pro.givenName,
    emailAddresses: [{ address: pro.mail, name: pro.displayName }],
    jobTitle: pro.jobTitle,
    extensions: [
      interviewExtension({
        stage: "researched",
        source: "directory",
        questions: JSON.stringify(questions.map((text, i) => ({ id: `own-${i + 1}`, text }))),
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      }),
    ],
  });
}

test("add a question, reorder by keyboard, and the questions section passes axe", async ({
  page,
  request,
  watch,
}) => {
  const first = "What drew you to this field?";
  const second = "What does a typical week look like for you?";
  const contactId = await addInterview(request, [first, second]);
  await page.goto(`/tab.html?as=${STUDENT}&contact=${contactId}`);
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Questions" })
    .click();

  const box = page.getByRole("textbox", { name: "New question" });
  await expect(box).toBeVisible();
  await box.pressSequentially("Is the work stressful?", { delay: 10 });
  await expect(page.getByRole("status").filter({ hasText: "Closed question" })).toBeVisible();
  await page.getByRole("button", { name: "Use the open version" }).click();
  const open = await box.inputValue();
  expect(open).not.toBe("Is the work stressful?");
  await page.getByRole("button", { name: "Add question" }).click();
  const list = page.getByRole("list", { name: "Your questions, in the order you will ask them" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  await expect(list.getByRole("listitem").nth(2)).toContainText(open);

  // Keyboard only: focus the first question's "move down" and press Enter twice.
  const down = page.getByRole("button", { name: `Move down: ${first}` });
  await down.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(down).toBeFocused();
  await expect(list.getByRole("listitem").nth(2)).toContainText(first);
  await expect(list.getByRole("listitem").nth(0)).toContainText(second);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  // The order is in the contact's extension.
  await expect
    .poll(async () => {
      const ext = await graph(
        request,
        "GET",
        `/me/contacts/${contactId}/extensions/${EXTENSION_NAME}`,
      );
      return (JSON.parse(String(ext.questions)) as Array<{ text: string }>).map((q) => q.text);
    })
    .toEqual([second, open, first]);

  const axe = await new AxeBuilder({ page })
    .include('[role="tabpanel"][aria-label="Questions"]')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(watch.external).toEqual([]);
});
