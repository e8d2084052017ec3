// Roles on the career centre's channel tab, as SharePoint grants them in the demo: an advisor (a
// member of the site's group) edits a volunteer and the list keeps it; a read-only colleague reads
// advisors' notes without any editing tool; a student in the channel sees neither tools nor notes.
import type { APIRequestContext, Frame } from "@playwright/test";
import { DEMO_LIST_IDS, DEMO_SITE_ID } from "../../sandbox/tenants/demo";
import { expect, openChannelTab, test } from "./fixtures";
import { ADVISOR, graph, STUDENT } from "./graphAsUser";

const READ_ONLY_ADVISOR = "kate.thompson@northfield.example";
const VOLUNTEER = { name: "Renée Côté-Lévesque", email: "renee.cote-levesque@northfield.example" };

interface Item {
  id: string;
  fields: Record<string, unknown>;
}

async function rows(request: APIRequestContext, list: keyof typeof DEMO_LIST_IDS) {
  const path = `/sites/${DEMO_SITE_ID}/lists/${DEMO_LIST_IDS[list]}/items?$expand=fields&$top=999`;
  return (await graph<{ value: Item[] }>(request, "GET", path, undefined, ADVISOR)).value;
}

/** A volunteer that has an advisors' note, and the note. */
async function notedVolunteer(request: APIRequestContext) {
  const volunteers = await rows(request, "volunteers");
  const note = (await rows(request, "volunteerNotes")).find((row) =>
    volunteers.some((v) => v.id === String(row.fields.VolunteerId) && v.fields.Active === true),
  )!;
  return { name: String(note.fields.Title), notes: String(note.fields.Notes) };
}

/**
 * Console errors other than the role check's answer: someone outside the centre's group is asked
 * for one row of the advisors-only notes list, and Chromium logs SharePoint's 403 to a student.
 */
function unexpected(errors: readonly string[]): string[] {
  return errors.filter((e) => !/status of 403 \(Forbidden\)/u.test(e));
}

/** Every editing tool of the volunteer list, by the names the tab gives them. */
const EDITING_TOOLS = [
  "Add volunteer",
  "Import CSV",
  /^Edit /u,
  /^Deactivate /u,
  /^Reactivate /u,
  /^Remove /u,
] as const;

async function expectNoEditingTools(tab: Frame) {
  await expect(tab.getByRole("listitem").first()).toBeVisible();
  for (const name of EDITING_TOOLS) {
    await expect(tab.getByRole("button", { name }), String(name)).toHaveCount(0);
  }
  await expect(tab.getByRole("tablist", { name: "Advisor tools" })).toHaveCount(0);
  await expect(tab.getByRole("checkbox", { name: "Show deactivated volunteers" })).toHaveCount(0);
}

test("an advisor edits a volunteer and the list keeps the change", async ({
  page,
  request,
  watch,
}) => {
  const tab = await openChannelTab(page, ADVISOR);
  await tab.getByLabel("Search volunteers").fill("Côté-Lévesque");
  const card = tab.getByRole("listitem", { name: VOLUNTEER.name });
  await card.getByRole("button", { name: `Edit ${VOLUNTEER.name}` }).click();
  await tab.getByLabel("Occupation", { exact: true }).fill("Dean of Arts");
  await tab.getByLabel("Monthly capacity", { exact: true }).fill("4");
  await tab.getByLabel("Advisor notes", { exact: true }).fill("Prefers students who read French.");
  await tab.getByRole("button", { name: "Save volunteer" }).click();
  await expect(tab.getByText(`${VOLUNTEER.name} is saved.`)).toBeVisible();
  await expect(card).toContainText("Dean of Arts");
  await expect(card).toContainText("Advisors' notes: Prefers students who read French.");

  // SharePoint has it: the volunteer's columns and the note in the advisors-only list.
  const row = (await rows(request, "volunteers")).find((r) => r.fields.Email === VOLUNTEER.email);
  expect(row?.fields).toMatchObject({ Occupation: "Dean of Arts", MonthlyCapacity: 4 });
  const notes = (await rows(request, "volunteerNotes")).filter(
    (r) => String(r.fields.VolunteerId) === row?.id,
  );
  expect(notes.map((n) => n.fields.Notes)).toEqual(["Prefers students who read French."]);
  expect(watch.errors).toEqual([]);
});

test("a read-only advisor reads advisors' notes with no editing tool", async ({
  page,
  request,
  watch,
}) => {
  const noted = await notedVolunteer(request);
  const tab = await openChannelTab(page, READ_ONLY_ADVISOR);
  await expect(
    tab.getByText(
      "You can read the volunteer list and advisors' notes. Only members of the career centre's team can change them.",
    ),
  ).toBeVisible();
  await expectNoEditingTools(tab);
  await tab.getByLabel("Search volunteers").fill(noted.name);
  await expect(tab.getByRole("listitem", { name: noted.name })).toContainText(
    `Advisors' notes: ${noted.notes}`,
  );
  expect(watch.errors).toEqual([]);
});

test("a student on the channel tab sees no advisors' tools and no notes", async ({
  page,
  request,
  watch,
}) => {
  const noted = await notedVolunteer(request);
  const tab = await openChannelTab(page, STUDENT);
  await expect(
    tab.getByText("You can browse the volunteer list. Only career advisors can change it."),
  ).toBeVisible();
  await expectNoEditingTools(tab);
  await expect(tab.getByRole("button", { name: "Export CSV" })).toHaveCount(0);
  await tab.getByLabel("Search volunteers").fill(noted.name);
  const card = tab.getByRole("listitem", { name: noted.name });
  await expect(card).toBeVisible();
  await expect(tab.getByText(/Advisors' notes/u)).toHaveCount(0);
  await expect(tab.getByText(noted.notes)).toHaveCount(0);
  expect(unexpected(watch.errors)).toEqual([]);
});
