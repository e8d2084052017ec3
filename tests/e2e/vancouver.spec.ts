// A browser in America/Vancouver (a zone Graph does not list) books an interview with no zone
// error.
import { expect, SANDBOX, test } from "./fixtures";
import {
  addToInterviews,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

// resources/datetimetimezone.md lists America/Los_Angeles but not America/Vancouver: the app must
// send Windows names whatever the browser's own zone is.
test.use({ timezoneId: "America/Vancouver" });

test("books from a browser in Vancouver without TimeZoneNotSupportedException", async ({
  page,
  request,
}) => {
  const person = await firstProfessional(request);
  const id = await addToInterviews(request, {
    displayName: person.displayName,
    givenName: person.givenName,
    emailAddresses: [{ address: person.mail, name: person.displayName }],
    extensions: [
      interviewExtension({
        stage: "questionsReady",
        source: "directory",
        questions: JSON.stringify([{ id: "own-1", text: "What drew you to this field?" }]),
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      }),
    ],
  });
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    "America/Vancouver",
  );
  await page.goto(`/tab.html?as=${STUDENT}&contact=${id}`);
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();
  await page.getByRole("button", { name: "Find times" }).click();
  const first = page
    .getByRole("radiogroup", { name: "Times that suit you both" })
    .getByRole("radio")
    .first();
  await expect(first).toBeVisible();
  const start = await first.getAttribute("value");
  await first.check();
  await page.getByRole("button", { name: "Book interview" }).click();
  await expect(page.getByText(/^Booked for/u)).toBeVisible();

  const events = (await graph(
    request,
    "GET",
    "/me/events?$select=subject,start&$top=100",
    undefined,
    STUDENT,
    { Prefer: 'outlook.timezone="UTC"' },
  )) as { value: Array<{ subject: string; start: { dateTime: string } }> };
  const booked = events.value.filter((e) => e.subject.startsWith("Information interview"));
  expect(booked).toHaveLength(1);
  expect(new Date(`${booked[0]!.start.dateTime.replace(/Z$/u, "")}Z`).toISOString()).toBe(
    new Date(start!).toISOString(),
  );
  // No request the app sent was refused (a zone error is a 400).
  const log = (await (await request.get(`${SANDBOX}/_sandbox/requests`)).json()) as Array<{
    status: number;
    path: string;
  }>;
  expect(log.filter((entry) => entry.status === 400)).toEqual([]);
});
