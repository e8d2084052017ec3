// The organisation at a glance in a browser: a demo directory contact's line, team and titles after
// an add; nothing for someone added by hand.
import { expect, test } from "./fixtures";

const TAB = "/tab.html?as=avery.chen@northfield.example";

test("a directory contact's research shows the organisation at a glance; a hand-added one does not", async ({
  page,
  watch,
}) => {
  await page.goto(TAB);
  const search = page.getByRole("searchbox", { name: "Search people" });
  await search.fill("Priya Raman");
  await page
    .getByRole("button", { name: /Priya Raman/u })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Priya Raman", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Add to my interviews" }).click();
  await expect(page.getByRole("textbox", { name: "Research notes" })).toHaveValue(
    /Research checklist/,
  );

  const region = page.getByRole("region", { name: "The organisation at a glance" });
  await expect(region).toBeVisible();
  const line = region.getByRole("list", { name: "Reporting line from Priya Raman to the top" });
  await expect(line.getByRole("listitem").first()).toBeVisible();
  await expect(
    region.getByText(
      /^(Priya Raman manages \d+ (person|people) directly|\d+ (person reports|people report) to .+, Priya Raman's manager)/u,
    ),
  ).toBeVisible();
  const titles = region.getByRole("list", { name: /^Job titles in .+, most common first$/u });
  await expect(titles.getByRole("listitem").first()).toContainText(/\d+ (person|people)$/u);
  // Keyboard: the region is read-only, so Tab moves past it without stopping on its text.
  await expect(region.locator("button, input, a[href]")).toHaveCount(0);

  await page.getByRole("tab", { name: "Find", exact: true }).click();
  await page.getByRole("button", { name: "Add someone by hand" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill("Rae Quinn");
  await page.getByRole("button", { name: "Add to my interviews" }).click();
  const notes = page.getByRole("textbox", { name: "Research notes" });
  await expect(notes).toHaveValue(/Research checklist/);
  await expect(notes).toBeEnabled();
  await expect(page.getByRole("region", { name: "The organisation at a glance" })).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});
