// Finding contacts in a browser: markup in a directory name stays text, and Outlook shows the
// sender's card.
import { expect, surfaces, test } from "./fixtures";

test("a directory name with markup shows as text and never runs", async ({ page, watch }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto("/tab.html?as=avery.chen@northfield.example");
  await page
    .getByRole("searchbox", { name: "Search people" })
    .pressSequentially("Sam Lee", { delay: 30 });
  const result = page.getByRole("button", { name: /<b>Sam<\/b> Lee & "Co"/ });
  await expect(result).toBeVisible();
  await expect(result.locator("b")).toHaveCount(0);
  await result.press("Enter");
  const heading = page.getByRole("heading", { name: '<b>Sam</b> Lee & "Co"', exact: true });
  await expect(heading).toBeVisible();
  await expect(heading.locator("b")).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(watch.errors).toEqual([]);
});

test("the Outlook surface shows the card of the message's sender", async ({ page, watch }) => {
  await page.goto(
    "/?as=avery.chen@northfield.example&surface=outlook-message&from=priya.raman@northfield.example",
  );
  const { taskPane } = surfaces(page);
  await expect(taskPane.getByRole("heading", { name: "Priya Raman", exact: true })).toBeVisible();
  await expect(taskPane.getByText("Reports to", { exact: true })).toBeVisible();
  expect(watch.external).toEqual([]);
});
