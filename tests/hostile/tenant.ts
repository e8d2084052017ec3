// The demo tenant with the hostile corpus loaded into it: directory people, volunteers, interviews
// (contacts with notes and questions) and calendar events whose every text field is hostile.
import { EXTENSION_NAME } from "../../src/domain/interview";
import { createDemoTenant, DEMO_STUDENT_UPN } from "../../sandbox/tenants/demo";
import type { TenantFile, TenantUser } from "../../sandbox/tenant";
import { ALL_IN_ONE, CORPUS, ONE_LINE, type HostileSample } from "./corpus";

/** What every hostile directory name starts with, so one search finds them all. */
export const HOSTILE_PREFIX = "Hostile";

/** A hostile directory person: their UPN, display name and the sample they carry. */
export interface HostilePerson {
  upn: string;
  displayName: string;
  sample: HostileSample;
}

const guid = (n: number) => `0badc0de-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The people added to the directory, one per one-line sample. */
export const HOSTILE_PEOPLE: readonly HostilePerson[] = ONE_LINE.map((sample, i) => ({
  upn: `hostile.${i + 1}@northfield.example`,
  displayName: `${HOSTILE_PREFIX} ${sample.text}`,
  sample,
}));

/** The directory person carrying a sample, by the sample's name. */
export function hostilePerson(name: string): HostilePerson {
  const person = HOSTILE_PEOPLE.find((p) => p.sample.name === name);
  if (!person) throw new Error(`no hostile person for ${name}`);
  return person;
}

/**
 * The demo tenant (dated from `today`) plus the corpus. Photos and other people's calendars are
 * left out so the tenant posts in one small request; the student keeps their own calendar.
 */
export function hostileTenant(today: Date = new Date()): TenantFile {
  const tenant = createDemoTenant(today);
  const student = tenant.users.find((u) => u.userPrincipalName === DEMO_STUDENT_UPN);
  if (!student) throw new Error("the demo tenant has no student");
  for (const user of tenant.users) delete user.photo;
  tenant.events = (tenant.events ?? []).filter((e) => e.owner === DEMO_STUDENT_UPN);

  HOSTILE_PEOPLE.forEach((person, i) => {
    const text = person.sample.text;
    const user: TenantUser = {
      id: guid(i + 1),
      userPrincipalName: person.upn,
      mail: person.upn,
      displayName: person.displayName,
      givenName: text,
      surname: HOSTILE_PREFIX,
      jobTitle: text,
      department: text,
      officeLocation: text,
      companyName: text,
      city: text,
      country: text,
      businessPhones: [text],
      preferredLanguage: "en-CA",
      managerId: student.managerId ?? null,
      ...(student.mailboxSettings ? { mailboxSettings: student.mailboxSettings } : {}),
    };
    tenant.users.push(user);
  });

  const volunteers = tenant.sites?.[0]?.lists?.find((l) => l.displayName === "Volunteers");
  if (!volunteers) throw new Error("the demo tenant has no volunteer list");
  CORPUS.forEach((sample, i) => {
    const line = sample.text.replace(/[\r\n]+/g, " ");
    volunteers.items?.push({
      id: String(9000 + i),
      fields: {
        Title: `${HOSTILE_PREFIX} volunteer ${line}`,
        Email: `hostile.volunteer${i + 1}@example.org`,
        Organisation: line,
        Industry: line,
        Occupation: line,
        Topics: sample.text,
        Languages: "English",
        PreferredFormat: "Teams",
        MonthlyCapacity: 2,
        Active: true,
        AdvisorNotes: sample.text,
      },
    });
  });

  // Interviews the student already has, each with hostile notes and questions.
  const interviews = HOSTILE_PEOPLE.slice(0, 6).map((person) => ({
    displayName: person.displayName,
    givenName: person.sample.text,
    jobTitle: person.sample.text,
    department: person.sample.text,
    companyName: person.sample.text,
    emailAddresses: [{ address: person.upn, name: person.displayName }],
    personalNotes: ALL_IN_ONE,
    folder: "Information interviews",
    extensions: [
      {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXTENSION_NAME,
        stage: "questionsReady",
        source: "directory",
        questions: JSON.stringify(
          CORPUS.slice(0, 12).map((s, i) => ({ id: `own-${i}`, text: s.text })),
        ),
        events: "[]",
        updatedAt: today.toISOString(),
      },
    ],
  }));
  tenant.contacts = { ...tenant.contacts, [DEMO_STUDENT_UPN]: interviews as never };

  // Events in the student's calendar with hostile subjects, places and bodies.
  const start = new Date(today.getTime() + 2 * 3_600_000);
  CORPUS.slice(0, 8).forEach((sample, i) => {
    const from = new Date(start.getTime() + i * 3_600_000);
    const to = new Date(from.getTime() + 30 * 60_000);
    tenant.events?.push({
      owner: DEMO_STUDENT_UPN,
      subject: sample.text,
      body: { contentType: "html", content: sample.text },
      location: { displayName: sample.text },
      start: { dateTime: from.toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: to.toISOString().slice(0, 19), timeZone: "UTC" },
      showAs: "busy",
      isAllDay: false,
      attendees: [],
    } as never);
  });
  return tenant;
}
