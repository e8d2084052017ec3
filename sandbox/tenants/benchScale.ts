// The benchmark's scale tenant: a student with hundreds of interviews and a manager with hundreds
// of reports.
import type { TenantContact, TenantFile, TenantMailboxSettings, TenantUser } from "../tenant";

/**
 * The product's extension name and stages, as any tenant file writes them (the sandbox never
 * imports the app; the benchmark checks these against src/domain/interview.ts).
 */
export const SCALE_EXTENSION_NAME = "com.northfield.informationInterviews";
export const SCALE_STAGES = [
  "found",
  "researched",
  "questionsReady",
  "requested",
  "booked",
  "met",
  "thanked",
] as const;

/** The student who owns the interviews. */
export const SCALE_STUDENT_UPN = "sasha.student@scale.example";
/** The manager whose card has every report. */
export const SCALE_MANAGER_NAME = "Morgan Manager";
/** Reports are named `Rowan Ash000`, `Rowan Ash001`…: `Ash00` finds ten of them at a time. */
export const SCALE_REPORT_SURNAME = "Ash";

const WORKING_HOURS: TenantMailboxSettings = {
  timeZone: "Eastern Standard Time",
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: "Eastern Standard Time" },
  },
};

const id = (group: number, n: number) =>
  `00000000-0000-4000-${String(8000 + group)}-${n.toString(16).padStart(12, "0")}`;

function user(
  n: number,
  group: number,
  given: string,
  surname: string,
  extra: Partial<TenantUser>,
): TenantUser {
  const upn = `${given}.${surname}`.toLowerCase() + "@scale.example";
  return {
    id: id(group, n),
    userPrincipalName: upn,
    mail: upn,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    department: "Engineering",
    companyName: "Scale Example Labs",
    officeLocation: "Lab 4",
    businessPhones: [],
    mailboxSettings: WORKING_HOURS,
    ...extra,
  };
}

/**
 * A tenant with `interviews` interview contacts in the student's "Information interviews" folder
 * (every stage, the product's extension on each) and a manager with `reports` direct reports.
 * Deterministic: the same counts and `today` give the same tenant.
 */
export function createScaleTenant(
  counts: { interviews: number; reports: number },
  today: Date,
): TenantFile {
  const director = user(0, 1, "Dana", "Director", { jobTitle: "Director of Engineering" });
  const manager = user(1, 1, "Morgan", "Manager", {
    jobTitle: "Engineering Manager",
    managerId: director.id,
  });
  const student = user(2, 1, "Sasha", "Student", {
    userPrincipalName: SCALE_STUDENT_UPN,
    mail: SCALE_STUDENT_UPN,
    jobTitle: "Student",
    department: "Computer Science",
    companyName: "Scale Example University",
  });
  const reports = Array.from({ length: counts.reports }, (_, n) =>
    user(n, 2, "Rowan", `${SCALE_REPORT_SURNAME}${String(n).padStart(3, "0")}`, {
      jobTitle: n % 3 === 0 ? "Software Engineer" : n % 3 === 1 ? "Data Analyst" : "Designer",
      managerId: manager.id,
    }),
  );
  const contacts: TenantContact[] = Array.from({ length: counts.interviews }, (_, n) => {
    const stage = SCALE_STAGES[n % SCALE_STAGES.length] ?? "found";
    // Stage changes spread over the last 60 days, so urgency sorting has overdue and fresh rows.
    const changed = new Date(today.getTime() - (n % 60) * 86_400_000).toISOString();
    const surname = `Contact${String(n).padStart(3, "0")}`;
    const address = `jamie.${surname.toLowerCase()}@partner.example`;
    return {
      folder: "Information interviews",
      displayName: `Jamie ${surname}`,
      givenName: "Jamie",
      surname,
      jobTitle: "Engineer",
      companyName: `Partner ${n % 40}`,
      emailAddresses: [{ address, name: `Jamie ${surname}` }],
      personalNotes: `Research checklist\n- Met at the career fair (${n}).`,
      extensions: [
        {
          "@odata.type": "microsoft.graph.openTypeExtension",
          extensionName: SCALE_EXTENSION_NAME,
          kind: "interview",
          version: 1,
          stage,
          source: "manual",
          stageChangedAt: changed,
          questions: "[]",
          events: "[]",
          updatedAt: changed,
        },
      ],
    };
  });
  return {
    organization: { id: id(0, 0), displayName: "Scale Example University" },
    users: [student, director, manager, ...reports],
    people: { [SCALE_STUDENT_UPN]: [manager.userPrincipalName, director.userPrincipalName] },
    contacts: { [SCALE_STUDENT_UPN]: contacts },
  };
}
