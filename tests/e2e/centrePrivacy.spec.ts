// What a student's browser receives from the career centre: every Graph answer is captured (as the
// network panel would show it, $batch bodies included) while the student finds a volunteer, opens
// their card, books them, opens every student view and the centre's channel tab. No advisors' note
// and no other student's address or name is in any of it, though other students booked the same
// volunteer and advisors wrote notes about them first.
import type { APIRequestContext } from "@playwright/test";
import { DEMO_LIST_IDS, DEMO_SITE_ID } from "../../sandbox/tenants/demo";
import { expect, SANDBOX, test } from "./fixtures";
import { answersContaining, captureAnswers } from "./graphCapture";
import { ADVISOR, graph, STUDENT } from "./graphAsUser";

const VOLUNTEER = { name: "Renée Côté-Lévesque", email: "renee.cote-levesque@northfield.example" };
/** Students who book the same volunteer (two themselves, one through an advisor). */
const OTHERS = ["Tomasz Kowalski", "Neha Patel", "François Pelletier"];
const NOTE = "ADVISOR-ONLY-4d1e: asked us not to pair her with first-years";

interface User {
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle?: string;
}
interface Item {
  id: string;
  fields: Record<string, unknown>;
  createdBy?: { user?: { email?: string } };
}

const items = (list: keyof typeof DEMO_LIST_IDS) =>
  `/sites/${DEMO_SITE_ID}/lists/${DEMO_LIST_IDS[list]}/items`;

async function rows(request: APIRequestContext, list: keyof typeof DEMO_LIST_IDS, as: string) {
  return (
    await graph<{ value: Item[] }>(
      request,
      "GET",
      `${items(list)}?$expand=fields&$top=999`,
      undefined,
      as,
    )
  ).value;
}

/**
 * Other students book Renée (their own rows, and one an advisor recorded); advisors note her.
 * Returns the bookings' meeting times as SharePoint keeps them: each is unlike any other in the
 * data (41 seconds past the minute), so a row that reaches the student shows by its time alone.
 */
async function seed(request: APIRequestContext, students: readonly User[]): Promise<string[]> {
  const volunteer = (await rows(request, "volunteers", ADVISOR)).find(
    (row) => row.fields.Email === VOLUNTEER.email,
  )!;
  const booking = (student: User, days: number) => {
    const meeting = new Date(Date.now() + days * 24 * 3600_000);
    meeting.setUTCHours(15, 37, 41, 0);
    return {
      fields: {
        Title: `${student.displayName} — ${VOLUNTEER.name}`,
        VolunteerEmail: VOLUNTEER.email,
        MeetingDate: meeting.toISOString().replace(".000Z", "Z"),
        Stage: "booked",
        StudentUpn: student.userPrincipalName,
      },
    };
  };
  const [first, second, third] = students;
  const booked = [
    await graph<Item>(
      request,
      "POST",
      items("bookings"),
      booking(first!, 2),
      first!.userPrincipalName,
    ),
    await graph<Item>(
      request,
      "POST",
      items("bookings"),
      booking(second!, 3),
      second!.userPrincipalName,
    ),
    await graph<Item>(request, "POST", items("bookings"), booking(third!, 4), ADVISOR),
  ];
  await graph(
    request,
    "POST",
    items("volunteerNotes"),
    { fields: { Title: VOLUNTEER.name, VolunteerId: Number(volunteer.id), Notes: NOTE } },
    ADVISOR,
  );
  return booked.map((row) => String(row.fields.MeetingDate));
}

test("a student's browser receives no advisor note and no other student's address or name", async ({
  page,
  request,
  watch,
}) => {
  test.setTimeout(120_000);
  const users = (
    await graph<{ value: User[] }>(
      request,
      "GET",
      "/users?$select=displayName,mail,userPrincipalName,jobTitle&$top=999",
      undefined,
      ADVISOR,
    )
  ).value;
  const named = (name: string) => users.filter((u) => u.displayName === name);
  // Their names are theirs alone in the directory, so a name in an answer can only be them.
  for (const name of OTHERS) expect(named(name), name).toHaveLength(1);
  const others = OTHERS.map((name) => named(name)[0]!);
  const othersBookedAt = await seed(request, others);

  // What must never arrive: every advisors' note, every other student who booked a volunteer (by
  // address; by name too for the three above, whose names no one else in the data shares), and
  // the other students' bookings themselves (by their meeting times).
  // Classmates the directory suggests to the student are directory data, not booking data.
  const suggested = new Set(
    (
      await graph<{ value: Array<{ userPrincipalName?: string }> }>(
        request,
        "GET",
        "/me/people?$select=userPrincipalName&$top=100",
      )
    ).value.map((p) => p.userPrincipalName?.toLowerCase()),
  );
  const notes = (await rows(request, "volunteerNotes", ADVISOR))
    .map((row) => String(row.fields.Notes ?? ""))
    .filter((text) => text.trim() !== "");
  const bookers = new Set(
    (await rows(request, "bookings", ADVISOR))
      .flatMap((row) => [String(row.fields.StudentUpn ?? ""), row.createdBy?.user?.email ?? ""])
      .map((address) => address.toLowerCase())
      .filter((address) => address !== "" && address !== STUDENT && !suggested.has(address)),
  );
  for (const other of others) expect(bookers).toContain(other.userPrincipalName);
  const addresses = users
    .filter((u) => bookers.has(u.userPrincipalName.toLowerCase()))
    .flatMap((u) => [u.mail, u.userPrincipalName]);
  expect(notes).toContain(NOTE);

  const answers = await captureAnswers(page, SANDBOX);

  // Find: the volunteer is listed as one, the card opens, the student adds and books her.
  await page.goto(`/tab.html?as=${STUDENT}`);
  await page
    .getByRole("searchbox", { name: "Search people" })
    .pressSequentially(VOLUNTEER.name, { delay: 20 });
  const result = page.getByRole("button", { name: new RegExp(VOLUNTEER.name, "u") });
  await expect(result).toContainText("Career centre volunteer");
  await result.click();
  await expect(page.getByRole("heading", { name: VOLUNTEER.name, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Add to my interviews" }).click();
  const sections = page.getByRole("tablist", { name: "Interview sections" });
  await sections.getByRole("tab", { name: "Arrange" }).click();
  await page.getByRole("button", { name: "Find times" }).click();
  await page
    .getByRole("radiogroup", { name: "Times that suit you both" })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: "Book interview" }).click();
  await expect(page.getByText(/^Booked for/u)).toBeVisible();
  // The booking reached the centre's log, as the student's own row.
  await expect
    .poll(
      async () =>
        (await rows(request, "bookings", ADVISOR)).filter(
          (row) =>
            row.fields.VolunteerEmail === VOLUNTEER.email && row.createdBy?.user?.email === STUDENT,
        ).length,
    )
    .toBe(1);

  // Every section of the interview, then every other student view.
  const tabs = sections.getByRole("tab");
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel").last()).toBeVisible();
  }
  const views = page.getByRole("tablist", { name: "Sections" });
  await views.getByRole("tab", { name: "My interviews" }).click();
  await expect(page.getByRole("tabpanel", { name: "My interviews" })).toContainText(VOLUNTEER.name);
  await views.getByRole("tab", { name: "Questions" }).click();
  await expect(page.getByRole("region", { name: "Question bank" })).toBeVisible();

  // The career centre's channel tab, which students in the channel can open too.
  await page.goto(`/tab.html?view=advisor&as=${STUDENT}`);
  await expect(
    page.getByText("You can browse the volunteer list. Only career advisors can change it."),
  ).toBeVisible();
  await expect(page.getByRole("listitem", { name: VOLUNTEER.name })).toBeVisible();

  // The capture saw the data it checks: the volunteer list, the student's address, and the
  // student's own read of the booking log (a $batch item, answered 200 with their rows only).
  expect(answersContaining(answers, VOLUNTEER.email).length).toBeGreaterThan(0);
  expect(answersContaining(answers, STUDENT).length).toBeGreaterThan(0);
  const log = (await (await request.get(`${SANDBOX}/_sandbox/requests`)).json()) as Array<{
    batch?: Array<{ method: string; path: string; status: number }>;
  }>;
  expect(
    log
      .flatMap((entry) => entry.batch ?? [])
      .filter((r) => r.method === "GET" && r.path.includes(DEMO_LIST_IDS.bookings))
      .map((r) => r.status),
  ).toContain(200);
  const leaks = Object.fromEntries(
    [...notes, ...addresses, ...others.map((o) => o.displayName), ...othersBookedAt]
      .map((needle) => [needle, answersContaining(answers, needle)] as const)
      .filter(([, where]) => where.length > 0),
  );
  expect(leaks).toEqual({});
  expect(watch.external).toEqual([]);
  // The only refusal: the role check's one-row read of the notes list, which a student may not make.
  expect(watch.errors.filter((e) => !/status of 403 \(Forbidden\)/u.test(e))).toEqual([]);
});
