// The resource library in Chromium: an advisor adds a resource in the career centre's channel tab;
// a student researching a volunteer in that industry finds it, opens nothing unsafe, and the read
// mark survives a reload.
import { expect, openChannelTab, test } from "./fixtures";

const ADVISOR = "maya.okafor@northfield.example";
const STUDENT = "avery.chen@northfield.example";
const TITLE = "Hospital careers night: what to ask";

test("an advisor's new resource reaches a student researching a health care volunteer", async ({
  page,
  watch,
}) => {
  const tab = await openChannelTab(page, ADVISOR);
  await tab.getByRole("tab", { name: "Resource library" }).click();
  await tab.getByRole("button", { name: "Add resource" }).click();
  await tab.getByLabel(/^Title/).fill(TITLE);
  await tab.getByLabel(/^Link/).fill("data:text/html,<b>hi</b>");
  await tab.getByLabel(/^Industries/).fill("Health care");
  await tab.getByRole("button", { name: "Save resource" }).click();
  await expect(tab.getByText(/Only secure https:\/\/ links can be saved/)).toBeVisible();
  await tab.getByLabel(/^Link/).fill("https://example.org/guides/hospital-careers-night");
  await tab.getByRole("button", { name: "Save resource" }).click();
  await expect(tab.getByRole("listitem", { name: TITLE })).toBeVisible();

  await page.goto(`/tab.html?as=${STUDENT}`);
  const student = page;
  await student.getByRole("searchbox", { name: "Search people" }).pressSequentially("Zoë O", {
    delay: 30,
  });
  await student
    .getByRole("button", { name: /Zo. O.Brien/ })
    .first()
    .click();
  await student.getByRole("button", { name: "Add to my interviews" }).click();
  const region = student.getByRole("region", { name: "Resources for this organisation" });
  // Her employer's own page first, then her field's (the new one among them).
  await expect(region.getByRole("listitem").first()).toContainText("Lakeshore General Hospital");
  const link = region.getByRole("link", { name: new RegExp(TITLE) });
  await expect(link).toHaveAttribute("href", "https://example.org/guides/hospital-careers-night");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await region.getByRole("checkbox", { name: `Read: ${TITLE}` }).check();
  await expect(region.getByText(/^1 of \d+ read$/)).toBeVisible();

  await page.reload();
  await page.getByRole("tab", { name: "My interviews" }).click();
  await page.getByRole("button", { name: /Zo. O.Brien/ }).click();
  const again = page
    .getByRole("region", { name: "Resources for this organisation" })
    .getByRole("checkbox", { name: `Read: ${TITLE}` });
  await expect(again).toBeChecked();
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
