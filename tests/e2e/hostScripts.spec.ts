// When the host's scripts cannot load (CDN down, blocked, page opened outside its host), the pane
// still renders, says what is wrong and what to do, and the student can keep working.
import { expect, test } from "./fixtures";

const STUDENT = "avery.chen@northfield.example";

test("Outlook's office.js blocked: the pane explains and search still works", async ({
  page,
  watch,
}) => {
  // The fixture refuses everything off this machine, so the CDN's office.js never arrives.
  await page.goto(`/taskpane.html?host=outlook&as=${STUDENT}`);
  await expect(page.getByRole("alert")).toContainText("Outlook's add-in scripts could not load");
  await page.getByRole("searchbox", { name: "Search people" }).fill("Priya");
  await expect(page.getByRole("button", { name: /Priya Raman/ }).first()).toBeVisible();
  expect(watch.external.some((url) => url.includes("appsforoffice.microsoft.com"))).toBe(true);
  // The only console error is the refused script itself.
  expect(watch.errors.filter((e) => !e.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
});

test("the Teams page opened outside Teams says so and runs on its own", async ({ page }) => {
  await page.goto(`/tab.html?host=teams&as=${STUDENT}`);
  await expect(page.getByRole("heading", { name: "Information Interviews" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("Teams did not answer", {
    timeout: 15_000,
  });
  await expect(page.getByRole("searchbox", { name: "Search people" })).toBeEnabled();
});

test("the app's own script never arrives: the boot text says what to do", async ({ page }) => {
  await page.route(/\/tab\.[0-9a-f]+\.js$/, (route) => route.abort("connectionreset"));
  await page.goto(`/tab.html?as=${STUDENT}`);
  await expect(page.getByText("Information Interviews…")).toBeVisible();
  await expect(page.getByText("This is taking longer than it should.")).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText("Le chargement est plus long que prévu.")).toBeVisible();
});
