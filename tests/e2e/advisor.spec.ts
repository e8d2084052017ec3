// The career centre's channel tab in Chromium: a volunteer added by an advisor is found by a student,
// and a full volunteer says so. (Who sees which tools: centreRoles.spec.ts.)
import { readFile } from "node:fs/promises";
import { expect, openChannelTab, surfaces, test } from "./fixtures";

const ADVISOR = "maya.okafor@northfield.example";
const STUDENT = "avery.chen@northfield.example";

test("an advisor adds a volunteer by hand and a student finds them marked as a volunteer", async ({
  page,
  watch,
}) => {
  const tab = await openChannelTab(page, ADVISOR);
  await tab.getByRole("button", { name: "Add volunteer" }).click();
  await tab.getByLabel("Name", { exact: true }).fill("Odile Marchand");
  await tab.getByLabel("Email", { exact: true }).fill("odile.marchand@harbourfilms.example");
  await tab.getByLabel("Organisation", { exact: true }).fill("Harbour Films");
  await tab.getByLabel("Monthly capacity", { exact: true }).fill("2");
  await tab.getByRole("button", { name: "Save volunteer" }).click();
  await expect(tab.getByText("Odile Marchand is saved.")).toBeVisible();
  await expect(tab.getByRole("listitem", { name: "Odile Marchand" })).toBeVisible();

  await page.goto(`/?as=${STUDENT}`);
  const student = surfaces(page).tab;
  await student.getByRole("searchbox", { name: "Search people" }).pressSequentially("Odile", {
    delay: 30,
  });
  const result = student.getByRole("button", { name: /Odile Marchand/ });
  await expect(result).toBeVisible();
  await expect(result).toContainText("Career centre volunteer");
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test("a volunteer whose bookings this month reach their cap is shown as fully booked", async ({
  page,
  watch,
}) => {
  const tab = await openChannelTab(page, ADVISOR);
  await tab.getByRole("searchbox").first().waitFor();
  await tab.getByLabel("Search volunteers").fill("Lakeshore nursing");
  const card = tab.getByRole("listitem").filter({ hasText: "zoe.obrien@lakeshorehealth.example" });
  await expect(card).toContainText("Fully booked this month");
  await expect(card).toContainText("2 of 2 conversations this month");
  // The export is a file the browser saves, with the list's columns and the volunteer's row.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    tab.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("volunteers.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    '\uFEFF"Name","Email","Organisation","Industry","Occupation","Topics","Languages","Preferred format","Monthly capacity","Active","Advisor notes"',
  );
  expect(csv).toMatch(
    /\r\n"Zo.+","zoe\.obrien@lakeshorehealth\.example","Lakeshore General Hospital",/u,
  );
  await tab.getByRole("tab", { name: "Load and outcomes" }).click();
  const table = tab.getByRole("table", { name: "Bookings this month, as a table" });
  await expect(table.getByRole("row", { name: /Zo.* O.Brien/ })).toContainText(
    "Fully booked this month",
  );
  expect(watch.errors).toEqual([]);
});
