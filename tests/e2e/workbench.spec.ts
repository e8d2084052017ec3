// Smoke test: the workbench shows all three surfaces, offline, without console errors.
import { expect, surfaces, test } from "./fixtures";

test("the workbench renders Outlook, the Teams tab and the meeting side panel", async ({
  page,
  watch,
}) => {
  await page.goto("/?as=avery.chen@northfield.example");
  await expect(page.getByRole("heading", { name: /workbench/ })).toBeVisible();
  const { taskPane, tab, sidePanel } = surfaces(page);
  await expect(taskPane.getByRole("heading", { name: "Information Interviews" })).toBeVisible();
  await expect(taskPane.getByRole("heading", { name: "People in this message" })).toBeVisible();
  await expect(tab.getByRole("heading", { name: "Information Interviews" })).toBeVisible();
  await expect(sidePanel.getByRole("heading", { name: "Prep sheet" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.screenshot({ path: "docs/workbench.png" });
  expect(watch.errors).toEqual([]);
  expect(watch.external).toEqual([]);
});

test("selecting another message updates the task pane", async ({ page }) => {
  await page.goto("/?as=avery.chen@northfield.example");
  const { taskPane } = surfaces(page);
  const inbox = page.getByRole("list", { name: "Inbox" }).getByRole("button");
  await expect(inbox.nth(1)).toBeVisible();
  const second = (await inbox.nth(1).locator("span").first().textContent()) ?? "";
  await inbox.nth(1).click();
  await expect(taskPane.getByText(second, { exact: true }).first()).toBeVisible();
});

test("a message from a given address opens with that sender in the pane", async ({ page }) => {
  await page.goto(
    "/?as=avery.chen@northfield.example&surface=outlook-message&from=someone.outside@example.org",
  );
  const { taskPane } = surfaces(page);
  await expect(taskPane.getByText("someone.outside@example.org").first()).toBeVisible();
});

test("taskpane.html opened directly runs as the persona and says Outlook is missing", async ({
  page,
}) => {
  await page.goto("/taskpane.html?host=outlook&as=avery.chen@northfield.example");
  // office.js cannot load offline: the pane still renders and says what is wrong.
  await expect(page.getByRole("alert")).toContainText("Outlook");
  await expect(page.getByRole("heading", { name: "Information Interviews" })).toBeVisible();
});
