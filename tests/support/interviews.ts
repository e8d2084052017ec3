// Interviews set up in the sandbox as the app leaves them: Morgan's contact, a booked meeting.
import {
  createPrepSheet,
  encodePrepSheetExtension,
  type PrepSheet,
} from "../../src/domain/prepSheet";
import { createEvent } from "../../src/graph/calendar";
import type { GraphClient } from "../../src/graph/client";
import {
  createInterviewContact,
  type InterviewContact,
  type NewInterviewContact,
} from "../../src/graph/contacts";
import { extensionData } from "../../src/graph/extensions";
import { MORGAN_RECIPIENT, morganContact } from "./people";

/** An interview record as the contact's extension stores it (lists as JSON strings). */
export function storedRecord(
  stage: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { stage, source: "directory", questions: "[]", events: "[]", ...overrides };
}

/** Adds Morgan (with `overrides`) to the student's interviews; fails the test if Graph refuses. */
export async function addMorganContact(
  graph: GraphClient,
  overrides: Partial<NewInterviewContact> = {},
): Promise<InterviewContact> {
  const created = await createInterviewContact(graph, morganContact(overrides));
  if (!created.ok) throw new Error("contact not created");
  return created.contact;
}

/** Books an online interview with Morgan at `times`, `sheet` on the event; returns its id. */
export async function bookMorganEvent(
  graph: GraphClient,
  sheet: PrepSheet,
  times: { start: string; end: string },
): Promise<string> {
  const encoded = encodePrepSheetExtension(sheet);
  if (!encoded.ok) throw new Error("sheet too large");
  const booked = await createEvent(graph, {
    subject: "Information interview: Avery Chen and Morgan Diaz",
    bodyHtml: "<p>Thank you for agreeing to talk.</p>",
    start: new Date(times.start),
    end: new Date(times.end),
    timeZone: "UTC",
    attendees: [MORGAN_RECIPIENT],
    online: true,
    categories: ["Information interview"],
    prep: extensionData(encoded.value),
  });
  if (!booked.ok) throw new Error("not booked");
  return booked.event.id;
}

/** Morgan as "What I've learned" names the source of a takeaway. */
export const MORGAN_TAKEAWAY_SOURCE = {
  name: "Morgan Diaz",
  email: "morgan.diaz@northfield.example",
  jobTitle: "Research Scientist",
  company: "Northfield",
};

/** Someone in My interviews with a booked meeting whose prep sheet holds `answers` and `notes`. */
export async function interviewWithTakeaways(
  graph: GraphClient,
  person: { name: string; email: string; jobTitle: string; company: string },
  start: string,
  questions: Array<{ id: string; text: string; answer?: string }>,
  notes = "",
): Promise<void> {
  const sheet = createPrepSheet({
    contactId: "",
    researchNotes: "",
    questions: questions.map(({ id, text }) => ({ id, text })),
    format: "teams",
  });
  for (const q of questions) if (q.answer) sheet.takeaways.answers[q.id] = q.answer;
  sheet.takeaways.notes = notes;
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  const eventId = await bookMorganEvent(graph, sheet, { start, end });
  const [givenName, surname] = person.name.split(" ");
  await addMorganContact(graph, {
    displayName: person.name,
    givenName: givenName ?? person.name,
    surname: surname ?? "",
    email: person.email,
    jobTitle: person.jobTitle,
    companyName: person.company,
    department: "",
    record: storedRecord("met", { events: JSON.stringify([{ eventId, start, end }]) }),
  });
}
