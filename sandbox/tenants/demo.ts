// The demo tenant: Northfield University, its career centre and partner employers, generated the
// same way for the same day.
import type { CustomTimeZone } from "@microsoft/microsoft-graph-types";
import type { TenantContact, TenantFile } from "../tenant";
import { buildCalendars } from "./demoCalendars";
import { buildCareerCentre } from "./demoCareerCentre";
import { buildDirectory, type DemoPerson } from "./demoDirectory";
import { ORGANISATIONS } from "./demoOrganisations";
import { demoPhotos } from "./demoPhotos";
import { SeededRandom } from "./random";
import { DEMO_STAFF_NUMBER_UPN, outsidePeople, staffNumberUsers } from "./demoStaffNumbers";

/**
 * A Newfoundland-like custom working-hours zone (UTC−3:30, daylight from the second Sunday of March
 * to the first Sunday of November), as Outlook stores a "Customized Time Zone"
 * (api-reference/v1.0/resources/customtimezone.md).
 */
export const CUSTOM_ZONE: CustomTimeZone & { "@odata.type": string } = {
  "@odata.type": "#microsoft.graph.customTimeZone",
  name: "Customized Time Zone",
  bias: -210,
  standardOffset: {
    time: "02:00:00.0000000",
    dayOccurrence: 1,
    dayOfWeek: "sunday",
    month: 11,
    year: 0,
  },
  daylightOffset: {
    daylightBias: 60,
    time: "02:00:00.0000000",
    dayOccurrence: 2,
    dayOfWeek: "sunday",
    month: 3,
    year: 0,
  },
};

/** The default persona: a Biology student. */
export const DEMO_STUDENT_UPN = "avery.chen@northfield.example";
/** A career advisor at the career centre (a member of its team: edits). */
export const DEMO_ADVISOR_UPN = "maya.okafor@northfield.example";
/** A career centre colleague who reads advisors' notes but edits nothing. */
export const DEMO_READONLY_ADVISOR_UPN = "kate.thompson@northfield.example";
/** The career centre's Microsoft 365 group (its team site is the centre's site). */
export const DEMO_GROUP_ID = "3a9c1e7b-5d2f-4b8a-9e6c-0f1d2b3c4a5e";
/** The career centre's SharePoint site (Graph's composite id: host, site collection id, web id). */
export const DEMO_SITE_ID =
  "northfield.sharepoint.com,1f0c6b2e-8d4a-4c1e-9b7f-3a5d2e6c8f10,7b3e9a1d-2c5f-4e8b-a6d0-9f1c3b5e7a24";
/** The career centre's lists. */
export const DEMO_LIST_IDS = {
  volunteers: "c4a1e2f3-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
  volunteerNotes: "f7d4b5c6-8e9a-41a2-9d3e-4f5a6b7c8d9e",
  questions: "d5b2f3a4-6c7e-4f80-9b1c-2d3e4f5a6b7c",
  bookings: "e6c3a4b5-7d8f-4091-8c2d-3e4f5a6b7c8d",
  resources: "a8e5c6d7-9f0b-42b3-8e4f-5a6b7c8d9e0f",
  takeawayCounts: "b9f6d7e8-0a1c-43c4-9f5a-6b7c8d9e0f1a",
} as const;

/** The tenant's organization record. */
const ORGANIZATION = {
  id: "5d2f7c1a-3b4e-4f6a-9c8d-1e2f3a4b5c6d",
  displayName: "Northfield University",
  countryLetterCode: "CA",
  city: "Toronto",
  state: "Ontario",
  preferredLanguage: "en-CA",
  verifiedDomains: ORGANISATIONS.map((organisation, index) => ({
    name: organisation.domain,
    isDefault: index === 0,
    isInitial: false,
    type: "Managed",
    capabilities: "Email",
  })),
};

/** The day a seed is taken from: the UTC calendar date, so any time on one day gives one tenant. */
function dayKey(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/** People someone works with most, in relevance order (Graph's /me/people), as UPNs. */
function relevance(people: readonly DemoPerson[]): Record<string, string[]> {
  const upn = (person: DemoPerson): string => person.user.userPrincipalName;
  const where = (test: (person: DemoPerson) => boolean): DemoPerson[] => people.filter(test);
  const title = (person: DemoPerson): string => person.user.jobTitle ?? "";
  const avery = people.find((person) => upn(person) === DEMO_STUDENT_UPN);
  const maya = people.find((person) => upn(person) === DEMO_ADVISOR_UPN);

  const classmates = where(
    (p) => title(p) === "Student" && p.user.department === "Biology" && p !== avery,
  );
  const biologyStaff = where((p) => p.user.department === "Biology" && title(p) !== "Student");
  const careerCentre = where((p) => p.user.department === "Career Centre" && p !== maya);
  const advisors = careerCentre.filter((p) => title(p) === "Career Advisor");
  const peers = careerCentre.filter((p) => title(p) === "Peer Career Educator");
  const leaders = careerCentre.filter((p) => /Director|Manager/.test(title(p)));
  const coordinators = careerCentre.filter((p) => /Coordinator|Assistant/.test(title(p)));
  const students = where((p) => title(p) === "Student" && p !== avery);
  const zoe = where((p) => upn(p) === "zoe.obrien@lakeshorehealth.example");

  const unique = (list: (DemoPerson | undefined)[]): string[] => [
    ...new Set(list.filter((p): p is DemoPerson => p !== undefined).map(upn)),
  ];
  return {
    [DEMO_STUDENT_UPN]: unique([
      maya,
      classmates[0],
      biologyStaff[0],
      classmates[1],
      ...biologyStaff.slice(1, 5),
      ...classmates.slice(2),
      ...peers.slice(0, 2),
      ...zoe,
      leaders[0],
    ]),
    [DEMO_ADVISOR_UPN]: unique([
      ...leaders,
      ...advisors,
      avery,
      ...coordinators,
      ...peers,
      ...zoe,
      ...students.slice(0, 6),
    ]),
  };
}

/** The personas also work with Jordan Blake (a staff-number sign-in), last so ranks stay. */
function withStaffNumbers(lists: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(lists).map(([upn, list]) => [upn, [...list, DEMO_STAFF_NUMBER_UPN]]),
  );
}

/** A few personal contacts: people outside the directory the personas know. */
function contacts(
  people: readonly DemoPerson[],
  random: SeededRandom,
): Record<string, TenantContact[]> {
  const contact = (
    givenName: string,
    surname: string,
    address: string,
    companyName: string,
    jobTitle: string,
    personalNotes: string,
  ): TenantContact => ({
    id: `AAMkAGNvbnRhY3Q${random.base64(40)}`,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    emailAddresses: [{ address, name: `${givenName} ${surname}` }],
    companyName,
    jobTitle,
    businessPhones: [],
    personalNotes,
  });
  const priya = people.find(
    (person) => person.user.userPrincipalName === "priya.raman@northfield.example",
  );
  const averyContacts: TenantContact[] = [
    contact(
      "Grace",
      "Lam",
      "grace.lam@pha-halifax.example",
      "Public Health Agency, Halifax office",
      "Epidemiologist",
      "My aunt. Works in public health; said she'd talk any time.",
    ),
    contact(
      "Ahmed",
      "Haddad",
      "ahmed.haddad@northstar-eng.example",
      "Northstar Engineering",
      "Structural Engineer",
      "Neighbour two doors down.",
    ),
    contact(
      "Luis",
      "Morales",
      "luis.morales@fairhavenvet.example",
      "Fairhaven Animal Hospital",
      "Veterinary Technician",
      "Sam's dad, met at the science fair.",
    ),
  ];
  if (priya !== undefined) {
    averyContacts.push(
      contact(
        priya.user.givenName ?? "",
        priya.user.surname ?? "",
        priya.user.mail,
        "Northfield University",
        priya.user.jobTitle ?? "",
        "Genetics prof; offered to look at my summer research plans.",
      ),
    );
  }
  return {
    [DEMO_STUDENT_UPN]: averyContacts,
    [DEMO_ADVISOR_UPN]: [
      contact(
        "Kirsten",
        "Olafsen",
        "kirsten.olafsen@atlanticwind.example",
        "Atlantic Wind Energy Co-op",
        "Environmental Scientist",
        "Met at the green careers fair.",
      ),
      contact(
        "Robert",
        "Chu",
        "robert.chu@northerngrain.example",
        "Northern Grain Co-op",
        "Director, Human Resources",
        "Open to hosting job shadows in the spring.",
      ),
      contact(
        "Isabelle",
        "Thériault",
        "isabelle@bluewatervet.example",
        "Bluewater Veterinary Clinic",
        "Veterinarian",
        "Prefers French; Tuesdays are best.",
      ),
    ],
  };
}

/**
 * A mailbox whose working hours carry a custom zone ("Customized Time Zone"), as Outlook writes
 * for a zone set by rules rather than by name (resources/workinghours.md,
 * resources/customtimezone.md): Newfoundland-like, 3 h 30 behind UTC, an hour less from the second
 * Sunday of March to the first Sunday of November. Added after the generated directory with a fixed
 * id so no other user's data moves.
 */
export const CUSTOM_ZONE_USER_ID = "7c0e4f52-8a1d-4b6e-9f3a-2d5c6b7a8e91";

function customZoneUser(managerId: string | null): TenantFile["users"][number] {
  return {
    id: CUSTOM_ZONE_USER_ID,
    userPrincipalName: "rowan.tremblay@harbourbank.example",
    mail: "rowan.tremblay@harbourbank.example",
    displayName: "Rowan Tremblay",
    givenName: "Rowan",
    surname: "Tremblay",
    jobTitle: "Operations Analyst",
    department: "Operations",
    officeLocation: null,
    companyName: "Harbour Bank",
    city: "St. John's",
    country: "Canada",
    businessPhones: [],
    preferredLanguage: "en-CA",
    managerId,
    accountEnabled: true,
    mailboxSettings: {
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "09:00:00.0000000",
        endTime: "17:00:00.0000000",
        timeZone: CUSTOM_ZONE,
      },
    },
  };
}

/**
 * Builds the demo tenant for `today`: the same UTC day always gives the same tenant, and user ids
 * stay the same from day to day (calendars and bookings move with the day).
 * @param today Calendars cover the four weeks from this day; bookings fall in its month.
 */
export function createDemoTenant(today: Date): TenantFile {
  const people = buildDirectory();
  const day = dayKey(today);
  // Everything below depends on the day only, never on the hour.
  const dayStart = new Date(`${day}T00:00:00.000Z`);
  const events = buildCalendars(people, dayStart, new SeededRandom(`northfield-calendars-${day}`));
  const centre = buildCareerCentre(
    people,
    dayStart,
    new SeededRandom(`northfield-career-centre-${day}`),
    { siteId: DEMO_SITE_ID, groupId: DEMO_GROUP_ID, lists: DEMO_LIST_IDS },
    DEMO_READONLY_ADVISOR_UPN,
  );
  return {
    organization: ORGANIZATION,
    users: [
      ...people.map((person) => {
        const photo = demoPhotos().get(person.user.userPrincipalName);
        return photo === undefined ? person.user : { ...person.user, photo };
      }),
      // Reports to Harbour Bank's head, so every organisation keeps exactly one head.
      customZoneUser(
        people.find((p) => p.user.companyName === "Harbour Bank" && !p.user.managerId)?.user.id ??
          null,
      ),
      // Sign-in names that are not mail (staff numbers, a guest), added after everyone else.
      ...staffNumberUsers(),
    ],
    events,
    people: withStaffNumbers(relevance(people)),
    outsidePeople: {
      [DEMO_STUDENT_UPN]: outsidePeople(),
      [DEMO_ADVISOR_UPN]: outsidePeople(),
    },
    contacts: contacts(people, new SeededRandom(`northfield-contacts`)),
    sites: [centre.site],
    groups: [centre.group],
  };
}
