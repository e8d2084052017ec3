// The career centre's SharePoint site for the demo: the volunteer list, advisors' notes, the
// question bank, the bookings, the resource library and the takeaway counts students share, with the
// permission layout `npm run provision` sets up.
import { createHash } from "node:crypto";
import {
  STUDENT_KEY_LENGTH,
  TAKEAWAY_NUMBER_COLUMNS,
  countFields,
  studentKeySource,
} from "../../src/domain/takeawayCounts";
import type { TenantGroup, TenantList, TenantListItem, TenantSite } from "../tenant";
import { SANDBOX_APP_ID } from "../tokens";
import type { Background } from "./demoNames";
import type { DemoPerson } from "./demoDirectory";
import { QUESTION_BANK } from "./demoQuestions";
import type { SeededRandom } from "./random";

/** Ids the site and its lists are known by. */
export interface CareerCentreIds {
  siteId: string;
  /** The Microsoft 365 group the team site belongs to (its members are the advisors). */
  groupId: string;
  lists: {
    volunteers: string;
    volunteerNotes: string;
    questions: string;
    bookings: string;
    /** The resource library; absent for a site provisioned before it existed. */
    resources?: string;
    /** The takeaway counts students share; absent for a site provisioned before it existed. */
    takeawayCounts?: string;
  };
}

/** The site and the advisors' group it belongs to. */
export interface CareerCentre {
  site: TenantSite;
  group: TenantGroup;
}

/** Stages a booking goes through, as the product names them. */
export type BookingStage = "requested" | "booked" | "met" | "thanked";

const INDUSTRY: Record<string, string> = {
  "Northfield University": "Education",
  "Lakeshore General Hospital": "Health care",
  "Harbour Bank": "Finance",
  "Cedarline Software": "Technology",
  "City of Fairhaven": "Public sector",
  "Open Doors Community Services": "Non-profit",
};

/** Topics a volunteer is glad to talk about, by words in their title or department. */
const TOPICS: readonly (readonly [RegExp, string])[] = [
  [/Nurse/, "Nursing;Shift work;Clinical placements;Patient care"],
  [/Physician|Medicine/, "Medical school;Residency;Patient care"],
  [/Pharmac/, "Pharmacy;Licensing exams;Hospital vs community practice"],
  [/Laboratory/, "Lab work;Diagnostics;Certification"],
  [/HR|Human Resources|Recruit|Talent|People/, "Hiring;Résumés;Interview preparation"],
  [/Risk|Investment|Compliance/, "Finance careers;Regulation;Analytics"],
  [
    /Data Scientist|Operations Analyst|Policy Analyst/,
    "Data analysis;Excel and SQL;Graduate studies",
  ],
  [
    /Software|Developer|Quality|Solutions|Engineering Manager/,
    "Software development;Co-op terms;Technical interviews",
  ],
  [/Product|UX/, "Product management;User research;Portfolios"],
  [/Planner|Civil Engineer|Project/, "Urban planning;Public sector careers;Professional licensing"],
  [/Case Worker|Youth Worker|Program/, "Social work;Community programs;Volunteering"],
  [/Grant|Communications|Development/, "Fundraising;Writing;Non-profit careers"],
  [/Financial Advisor|Relationship|Branch/, "Client service;Banking careers;Licensing courses"],
  [/Librar/, "Information management;Research skills"],
  [/Counsell/, "Counselling;Graduate school in psychology"],
  [/Recreation|Community/, "Recreation;Community development;Public sector careers"],
];

/** Languages besides English that people of a background often speak. */
const LANGUAGES: Partial<Record<Background, readonly string[]>> = {
  chinese: ["Mandarin", "Cantonese"],
  southAsian: ["Hindi", "Punjabi", "Tamil", "Bengali"],
  arabic: ["Arabic"],
  filipino: ["Tagalog"],
  westAfrican: ["Yoruba", "Twi", "French"],
  latinAmerican: ["Spanish"],
  european: ["Polish", "Italian", "Romanian"],
  indigenous: ["Cree", "Ojibwe"],
  singaporean: ["Mandarin", "Malay", "Tamil"],
};

const NOTES = [
  "Generous with time; prefers mornings.",
  "Former Northfield co-op student.",
  "Happy to read a student's questions ahead of the call.",
  "Busy at fiscal year end; ask early.",
  "Asks that students research the organisation first.",
  "Also speaks on panels; ask about career week.",
  "Northfield alumna.",
  "Northfield alumnus.",
  "",
  "",
  "",
];

/** Professionals outside the directory who volunteer through the career centre. */
const EXTERNAL_VOLUNTEERS = [
  {
    name: "Ahmed Haddad",
    email: "ahmed.haddad@northstar-eng.example",
    organisation: "Northstar Engineering",
    industry: "Engineering",
    occupation: "Structural Engineer",
    topics: "Engineering;Professional licensing;Site work",
    languages: "English;Arabic;French",
  },
  {
    name: "Isabelle Thériault",
    email: "isabelle@bluewatervet.example",
    organisation: "Bluewater Veterinary Clinic",
    industry: "Health care",
    occupation: "Veterinarian",
    topics: "Veterinary school;Animal health;Running a practice",
    languages: "English;French",
  },
  {
    name: "Marcus Delorme",
    email: "marcus.delorme@ridgeview.example",
    organisation: "Ridgeview Secondary School",
    industry: "Education",
    occupation: "Biology Teacher",
    topics: "Teaching;Bachelor of Education;Science outreach",
    languages: "English;Michif",
  },
  {
    name: "Nadia Rahimi",
    email: "nadia.rahimi@grandviewlaw.example",
    organisation: "Grandview Law LLP",
    industry: "Legal",
    occupation: "Associate Lawyer",
    topics: "Law school;Articling;Immigration law",
    languages: "English;Dari;Farsi",
  },
  {
    name: "Grace Lam",
    email: "grace.lam@pha-halifax.example",
    organisation: "Public Health Agency, Halifax office",
    industry: "Public sector",
    occupation: "Epidemiologist",
    topics: "Public health;Biostatistics;Graduate studies",
    languages: "English;Cantonese",
  },
  {
    name: "Diego Fuentes",
    email: "diego@northernlightsfilm.example",
    organisation: "Northern Lights Film Studio",
    industry: "Arts and media",
    occupation: "Documentary Producer",
    topics: "Film;Freelancing;Grants for artists",
    languages: "English;Spanish",
  },
  {
    name: "Kirsten Olafsen",
    email: "kirsten.olafsen@atlanticwind.example",
    organisation: "Atlantic Wind Energy Co-op",
    industry: "Energy",
    occupation: "Environmental Scientist",
    topics: "Environmental assessment;Field work;Renewable energy",
    languages: "English;Norwegian",
  },
  {
    name: "Tom Kealey",
    email: "tkealey@spiritualcare.example",
    organisation: "Harbourview Spiritual Care Network",
    industry: "Health care",
    occupation: "Hospital Chaplain",
    topics: "Spiritual care;Listening skills;Working in hospitals",
    languages: "English;Irish",
  },
  {
    name: "Anika Sørensen",
    email: "anika@sorensendesign.example",
    organisation: "Self-employed",
    industry: "Arts and media",
    occupation: "Graphic Designer",
    topics: "Freelancing;Portfolios;Pricing your work",
    languages: "English;Danish",
  },
  {
    name: "Wanjiru Kamau",
    email: "wanjiru.kamau@maritimemuseum.example",
    organisation: "Maritime Museum of the Atlantic",
    industry: "Culture and heritage",
    occupation: "Collections Curator",
    topics: "Museums;Archives;History careers",
    languages: "English;Swahili",
  },
] as const;

const VOLUNTEER_COLUMNS = [
  { name: "Title", displayName: "Name", text: {} },
  { name: "Email", displayName: "Email", text: {} },
  { name: "Organisation", displayName: "Organisation", text: {} },
  { name: "Industry", displayName: "Industry", text: {} },
  { name: "Occupation", displayName: "Occupation", text: {} },
  { name: "Topics", displayName: "Topics", text: { allowMultipleLines: true } },
  { name: "Languages", displayName: "Languages", text: {} },
  {
    name: "PreferredFormat",
    displayName: "Preferred format",
    choice: { choices: ["Teams", "In person", "Either"] },
  },
  { name: "MonthlyCapacity", displayName: "Monthly capacity", number: { decimalPlaces: "none" } },
  { name: "Active", displayName: "Active", boolean: {} },
  { name: "DirectoryId", displayName: "Directory id", text: {} },
  { name: "BookedThisMonth", displayName: "Booked this month", number: { decimalPlaces: "none" } },
  { name: "BookedCountedAt", displayName: "Booked counted at", dateTime: { format: "dateTime" } },
];

const NOTE_COLUMNS = [
  { name: "Title", displayName: "Volunteer", text: {} },
  {
    name: "VolunteerId",
    displayName: "Volunteer item id",
    number: { decimalPlaces: "none" },
    indexed: true,
  },
  { name: "Notes", displayName: "Notes", text: { allowMultipleLines: true } },
];

const QUESTION_COLUMNS = [
  { name: "Title", displayName: "Question", text: {} },
  { name: "TextFr", displayName: "Question (français)", text: {} },
  {
    name: "Theme",
    displayName: "Theme",
    choice: { choices: ["path", "day", "skills", "outlook", "advice", "referrals"] },
  },
  { name: "SortOrder", displayName: "Sort order", number: { decimalPlaces: "none" } },
  { name: "Retired", displayName: "Retired", boolean: {} },
];

const BOOKING_COLUMNS = [
  { name: "Title", displayName: "Title", text: {} },
  { name: "VolunteerEmail", displayName: "Volunteer email", text: {} },
  { name: "MeetingDate", displayName: "Meeting date", dateTime: { format: "dateTime" } },
  {
    name: "Stage",
    displayName: "Stage",
    choice: { choices: ["requested", "booked", "met", "thanked"] },
  },
  { name: "StudentUpn", displayName: "Student", text: {} },
];

const RESOURCE_COLUMNS = [
  { name: "Title", displayName: "Title", text: {} },
  { name: "Link", displayName: "Link", text: {} },
  {
    name: "Kind",
    displayName: "Kind",
    choice: { choices: ["association", "directory", "outlook", "guide"] },
  },
  { name: "Industries", displayName: "Industries", text: {} },
  { name: "Organisation", displayName: "Organisation", text: {} },
  { name: "Language", displayName: "Language", choice: { choices: ["en", "fr", "both"] } },
];

/**
 * The resource library advisors keep (invented names, links under example.org): fixed, so the
 * seeded data above does not move when a resource is added.
 */
const RESOURCES: readonly Record<string, string>[] = [
  {
    Title: "Provincial Nurses' Association — student members",
    Link: "https://example.org/associations/nurses-students",
    Kind: "association",
    Industries: "Health care",
    Language: "en",
  },
  {
    Title: "Répertoire des établissements de santé de l'Atlantique",
    Link: "https://example.org/fr/repertoires/sante-atlantique",
    Kind: "directory",
    Industries: "Health care",
    Language: "fr",
  },
  {
    Title: "Lakeshore General Hospital — careers and departments",
    Link: "https://example.org/employers/lakeshore-general/careers",
    Kind: "directory",
    Industries: "Health care",
    Organisation: "Lakeshore General Hospital",
    Language: "both",
  },
  {
    Title: "Canadian finance careers outlook 2026",
    Link: "https://example.org/outlooks/finance-2026",
    Kind: "outlook",
    Industries: "Finance",
    Language: "both",
  },
  {
    Title: "Harbour Bank annual report for job seekers",
    Link: "https://example.org/employers/harbour-bank/annual-report",
    Kind: "guide",
    Industries: "Finance",
    Organisation: "Harbour Bank",
    Language: "en",
  },
  {
    Title: "Software and technology employers directory",
    Link: "https://example.org/directories/technology",
    Kind: "directory",
    Industries: "Technology;Engineering",
    Language: "en",
  },
  {
    Title: "Association des ingénieurs de la relève",
    Link: "https://example.org/fr/associations/ingenieurs-releve",
    Kind: "association",
    Industries: "Engineering;Energy",
    Language: "fr",
  },
  {
    Title: "Public service careers: how hiring works",
    Link: "https://example.org/guides/public-service-hiring",
    Kind: "guide",
    Industries: "Public sector",
    Language: "both",
  },
  {
    Title: "Non-profit sector outlook and salary survey",
    Link: "https://example.org/outlooks/non-profit",
    Kind: "outlook",
    Industries: "Non-profit;Culture and heritage",
    Language: "en",
  },
  {
    Title: "Preparing for an information interview (career centre guide)",
    Link: "https://example.org/northfield/guides/information-interviews",
    Kind: "guide",
    Language: "en",
  },
  {
    Title: "Préparer une entrevue d'information (guide du centre)",
    Link: "https://example.org/northfield/guides/entrevues-information",
    Kind: "guide",
    Language: "fr",
  },
  {
    Title: "National directory of professional associations",
    Link: "https://example.org/directories/professional-associations",
    Kind: "directory",
    Language: "both",
  },
];

const COUNT_COLUMNS = [
  { name: "Title", displayName: "Title", text: {} },
  ...TAKEAWAY_NUMBER_COLUMNS.map((name) => ({
    name,
    displayName: name,
    number: { decimalPlaces: "none" },
  })),
  { name: "StudentKey", displayName: "Student key", text: {}, indexed: true },
  { name: "CountedAt", displayName: "Counted at", dateTime: { format: "dateTime" } },
];

/** The key a student's app files its counts under (as src/app/learned/sharedCounts.ts makes it). */
function studentKeyOf(userId: string): string {
  return createHash("sha256")
    .update(studentKeySource(userId))
    .digest("hex")
    .slice(0, STUDENT_KEY_LENGTH);
}

/**
 * Five students who share their counts (fixed numbers, no random draws, so the seeded data above
 * does not move); the demo's own student is not one of them, so sharing starts off for them.
 */
function sharedCountItems(students: readonly DemoPerson[], today: Date): TenantListItem[] {
  return students.slice(0, 5).map((student, index) => {
    const when = isoSeconds(new Date(today.getTime() - (index + 2) * 24 * 60 * 60 * 1000));
    const n = (base: number) => (base + index * 2) % 7;
    return {
      id: String(index + 1),
      createdDateTime: when,
      lastModifiedDateTime: when,
      createdBy: {
        user: {
          displayName: student.user.displayName,
          email: student.user.mail,
          id: student.user.id,
        },
      },
      fields: countFields(
        {
          conversations: 1 + (index % 3),
          byTheme: {
            path: n(3),
            day: n(2),
            skills: n(4),
            outlook: n(1),
            advice: n(5),
            referrals: n(0),
            other: index % 2,
          },
        },
        studentKeyOf(student.user.id),
        new Date(when),
      ),
    };
  });
}

function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Builds the Career Centre team site with its four lists, for the month `today` falls in, and the
 * Microsoft 365 group it belongs to. `readOnlyAdvisor` may read advisors' notes without editing.
 */
export function buildCareerCentre(
  people: readonly DemoPerson[],
  today: Date,
  random: SeededRandom,
  ids: CareerCentreIds,
  readOnlyAdvisor: string,
): CareerCentre {
  const byUpn = new Map(people.map((person) => [person.user.userPrincipalName, person]));
  const director = people.find((person) => person.user.jobTitle === "Director, Career Centre");
  const advisor = byUpn.get("maya.okafor@northfield.example");
  const dayMs = 24 * 60 * 60 * 1000;
  const author = (person: DemoPerson | undefined, daysAgo: number) => ({
    createdDateTime: isoSeconds(new Date(today.getTime() - daysAgo * dayMs)),
    lastModifiedDateTime: isoSeconds(
      new Date(today.getTime() - Math.max(0, daysAgo - random.int(0, 20)) * dayMs),
    ),
    createdBy: {
      user:
        person === undefined
          ? {}
          : { displayName: person.user.displayName, email: person.user.mail, id: person.user.id },
    },
  });

  // Volunteers from the directory: partner employees first, a few university staff, fixed ones up front.
  const fixed = ["zoe.obrien@lakeshorehealth.example", "renee.cote-levesque@northfield.example"]
    .map((upn) => byUpn.get(upn))
    .filter((person): person is DemoPerson => person !== undefined);
  const partners = people.filter(
    (person) =>
      person.organisation.companyName !== "Northfield University" &&
      person.manager !== undefined &&
      !fixed.includes(person),
  );
  const staff = people.filter((person) =>
    /Librarian|Counsellor|Systems Analyst/.test(person.user.jobTitle ?? ""),
  );
  const chosen = [
    ...fixed,
    ...random.shuffle(partners).slice(0, 26),
    ...random.shuffle(staff).slice(0, 2),
  ];

  let nextId = 1;
  const volunteerItems: TenantListItem[] = chosen.map((person) => {
    const title = `${person.user.jobTitle ?? ""} ${person.user.department ?? ""}`;
    const topics =
      TOPICS.find(([pattern]) => pattern.test(title))?.[1] ?? "Career paths;Day-to-day work";
    const languages = ["English"];
    if (person.user.preferredLanguage === "fr-CA" || person.background === "french")
      languages.push("French");
    const extra = person.background === "fixed" ? undefined : LANGUAGES[person.background];
    if (extra !== undefined && random.chance(0.5)) languages.push(random.pick(extra));
    const remote = person.site.city !== "Toronto";
    return {
      id: String(nextId++),
      ...author(director, random.int(60, 400)),
      fields: {
        Title: person.user.displayName,
        Email: person.user.mail,
        Organisation: person.organisation.companyName,
        Industry: INDUSTRY[person.organisation.companyName] ?? "Other",
        Occupation: person.user.jobTitle,
        Topics: topics,
        Languages: [...new Set(languages)].join(";"),
        PreferredFormat: remote
          ? "Teams"
          : random.weighted([
              ["Teams", 5],
              ["Either", 4],
              ["In person", 2],
            ] as const),
        MonthlyCapacity: random.weighted([
          [1, 3],
          [2, 4],
          [3, 2],
          [4, 1],
        ] as const),
        Active: random.chance(0.92),
        DirectoryId: person.user.id,
      },
    };
  });
  for (const external of EXTERNAL_VOLUNTEERS) {
    volunteerItems.push({
      id: String(nextId++),
      ...author(advisor, random.int(20, 300)),
      fields: {
        Title: external.name,
        Email: external.email,
        Organisation: external.organisation,
        Industry: external.industry,
        Occupation: external.occupation,
        Topics: external.topics,
        Languages: external.languages,
        PreferredFormat: random.pick(["Teams", "Either", "In person"] as const),
        MonthlyCapacity: random.int(1, 3),
        Active: true,
      },
    });
  }

  // Advisors' notes live in their own list, which only advisors can read.
  const noteItems: TenantListItem[] = [];
  for (const volunteer of volunteerItems) {
    const notes = random.pick(NOTES);
    if (notes === "") continue;
    noteItems.push({
      id: String(noteItems.length + 1),
      ...author(advisor, random.int(1, 60)),
      fields: { Title: volunteer.fields.Title, VolunteerId: Number(volunteer.id), Notes: notes },
    });
  }

  // The first volunteer (Zoë O'Brien) takes two students a month and has both booked this month.
  const first = volunteerItems[0];
  if (first !== undefined) Object.assign(first.fields, { MonthlyCapacity: 2, Active: true });
  const second = volunteerItems[2];
  if (second !== undefined) Object.assign(second.fields, { MonthlyCapacity: 1, Active: true });

  const questionItems: TenantListItem[] = [];
  const sortByTheme = new Map<string, number>();
  QUESTION_BANK.forEach((question, index) => {
    const order = (sortByTheme.get(question.theme) ?? 0) + 10;
    sortByTheme.set(question.theme, order);
    questionItems.push({
      id: String(index + 1),
      ...(question.addedByAdvisor === true
        ? author(advisor, random.int(3, 40))
        : author(director, random.int(200, 500))),
      fields: {
        Title: question.en,
        TextFr: question.fr,
        Theme: question.theme,
        SortOrder: order,
        Retired: question.retired === true,
      },
    });
  });

  // Bookings: this month and last, counting towards each volunteer's monthly capacity.
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const students = people
    .filter((person) => person.user.jobTitle === "Student")
    .map((person) => person.user.userPrincipalName);
  const bookingItems: TenantListItem[] = [];
  const addBooking = (volunteer: TenantListItem, studentUpn: string, when: Date): void => {
    const past = when.getTime() < today.getTime();
    const student = byUpn.get(studentUpn);
    const stage: BookingStage = past
      ? random.pick(["met", "thanked"] as const)
      : random.pick(["requested", "booked"] as const);
    // Students add their own rows: item-level security lets each read only theirs.
    bookingItems.push({
      id: String(bookingItems.length + 1),
      ...author(student, random.int(1, 10)),
      fields: {
        Title: `${student?.user.displayName ?? studentUpn} — ${String(volunteer.fields.Title)}`,
        VolunteerEmail: volunteer.fields.Email,
        MeetingDate: isoSeconds(when),
        Stage: stage,
        StudentUpn: studentUpn,
      },
    });
  };
  const thisMonth = (day: number, hour: number): Date => new Date(Date.UTC(year, month, day, hour));
  const otherStudents = students.filter((upn) => upn !== "avery.chen@northfield.example");

  if (first !== undefined) {
    addBooking(
      first,
      "avery.chen@northfield.example",
      thisMonth(Math.min(daysInMonth, Math.max(1, today.getUTCDate() + 3)), 15),
    );
    addBooking(first, random.pick(otherStudents), thisMonth(random.int(1, daysInMonth), 18));
  }
  if (second !== undefined) {
    addBooking(second, random.pick(otherStudents), thisMonth(random.int(1, daysInMonth), 17));
  }
  // Others, under their capacity.
  for (const volunteer of random.shuffle(volunteerItems.slice(3)).slice(0, 10)) {
    const capacity = Number(volunteer.fields.MonthlyCapacity);
    const count = random.int(0, capacity - 1);
    for (let i = 0; i < count; i += 1) {
      addBooking(
        volunteer,
        random.pick(otherStudents),
        thisMonth(random.int(1, daysInMonth), random.int(14, 21)),
      );
    }
  }
  // Last month: Avery already met one volunteer and thanked them.
  const lastMonth = (day: number, hour: number): Date =>
    new Date(Date.UTC(year, month - 1, day, hour));
  const earlier = volunteerItems[5];
  if (earlier !== undefined) {
    addBooking(earlier, "avery.chen@northfield.example", lastMonth(12, 16));
    const last = bookingItems[bookingItems.length - 1];
    if (last !== undefined) last.fields.Stage = "thanked";
  }
  for (const volunteer of random.shuffle(volunteerItems).slice(0, 6)) {
    addBooking(
      volunteer,
      random.pick(otherStudents),
      lastMonth(random.int(1, 28), random.int(14, 21)),
    );
  }

  const list = (
    id: string,
    displayName: string,
    name: string,
    description: string,
    columns: unknown[],
    items: TenantListItem[],
  ): TenantList => ({
    id,
    displayName,
    name,
    description,
    webUrl: `https://northfield.sharepoint.com/sites/careercentre/Lists/${name}`,
    list: { template: "genericList", hidden: false, contentTypesEnabled: false },
    createdDateTime: "2024-08-19T14:02:11Z",
    lastModifiedDateTime: isoSeconds(today),
    columns,
    items,
  });

  // What the advisors' tab last counted: every volunteer's bookings this month (students see it).
  const counts = new Map<unknown, number>();
  for (const booking of bookingItems) {
    const when = new Date(String(booking.fields.MeetingDate));
    if (when.getUTCFullYear() !== year || when.getUTCMonth() !== month) continue;
    counts.set(booking.fields.VolunteerEmail, (counts.get(booking.fields.VolunteerEmail) ?? 0) + 1);
  }
  for (const volunteer of volunteerItems) {
    volunteer.fields.BookedThisMonth = counts.get(volunteer.fields.Email) ?? 0;
    volunteer.fields.BookedCountedAt = isoSeconds(today);
  }

  const advisors = people.filter((p) => p.user.jobTitle === "Career Advisor" || p === director);
  const group: TenantGroup = {
    id: ids.groupId,
    displayName: "Career Centre",
    mail: "careercentre@northfield.example",
    // The director owns the team; the director and the advisors are its members.
    owners: director ? [director.user.userPrincipalName] : [],
    members: advisors.map((p) => p.user.userPrincipalName),
  };
  const site: TenantSite = {
    id: ids.siteId,
    displayName: "Career Centre",
    name: "careercentre",
    description:
      "Northfield University Career Centre: volunteers, question bank and interview bookings.",
    webUrl: "https://northfield.sharepoint.com/sites/careercentre",
    createdDateTime: "2024-08-19T13:55:40Z",
    lastModifiedDateTime: isoSeconds(today),
    // A group-connected team site: the group's owners and members are its Owners and Members;
    // everyone else in the university is a Visitor (provision adds "Everyone except external users").
    groupId: ids.groupId,
    visitors: ["*"],
    // Sites.Selected: the app may write on this site (npm run provision grants it).
    appGrants: [{ appId: SANDBOX_APP_ID, displayName: "Information Interviews", roles: ["write"] }],
    lists: [
      list(
        ids.lists.volunteers,
        "Volunteers",
        "Volunteers",
        "Professionals willing to talk with students.",
        VOLUNTEER_COLUMNS,
        volunteerItems,
      ),
      {
        ...list(
          ids.lists.volunteerNotes,
          "VolunteerNotes",
          "VolunteerNotes",
          "Advisors' private notes on volunteers.",
          NOTE_COLUMNS,
          noteItems,
        ),
        // Unique permissions: advisors only, and one colleague who reads them.
        roleAssignments: [
          { group: "owners", level: "fullControl" },
          { group: "members", level: "edit" },
          { users: [readOnlyAdvisor], level: "read" },
        ],
      },
      list(
        ids.lists.questions,
        "Questions",
        "Questions",
        "The question bank, by theme.",
        QUESTION_COLUMNS,
        questionItems,
      ),
      {
        ...list(
          ids.lists.bookings,
          "Bookings",
          "Bookings",
          "Information interviews arranged through the centre.",
          BOOKING_COLUMNS,
          bookingItems,
        ),
        // Students (Visitors) add rows, and read and edit only their own.
        roleAssignments: [
          { group: "owners", level: "fullControl" },
          { group: "members", level: "edit" },
          { group: "visitors", level: "contribute" },
        ],
        readSecurity: 2,
        writeSecurity: 2,
      },
      // Inherits the site's permissions: everyone reads, advisors (Members) edit.
      ...(ids.lists.resources === undefined
        ? []
        : [
            list(
              ids.lists.resources,
              "Resources",
              "Resources",
              "The resource library: associations, company directories, industry outlooks and guides.",
              RESOURCE_COLUMNS,
              RESOURCES.map((fields, index) => ({
                id: String(index + 1),
                createdDateTime: "2025-09-02T13:00:00Z",
                lastModifiedDateTime: "2025-09-02T13:00:00Z",
                createdBy: advisor
                  ? {
                      user: {
                        displayName: advisor.user.displayName,
                        email: advisor.user.mail,
                        id: advisor.user.id,
                      },
                    }
                  : { user: {} },
                fields: { Organisation: "", Industries: "", ...fields },
              })),
            ),
          ]),
      // Students (Visitors) add their one row, and read and edit only it; advisors read them all.
      ...(ids.lists.takeawayCounts === undefined
        ? []
        : [
            {
              ...list(
                ids.lists.takeawayCounts,
                "TakeawayCounts",
                "TakeawayCounts",
                "How many takeaways each sharing student noted per theme: numbers only.",
                COUNT_COLUMNS,
                sharedCountItems(
                  people.filter(
                    (p) =>
                      p.user.jobTitle === "Student" &&
                      p.user.userPrincipalName !== "avery.chen@northfield.example",
                  ),
                  today,
                ),
              ),
              roleAssignments: [
                { group: "owners", level: "fullControl" },
                { group: "members", level: "edit" },
                { group: "visitors", level: "contribute" },
              ],
              readSecurity: 2,
              writeSecurity: 2,
            } satisfies TenantList,
          ]),
    ],
  };
  return { site, group };
}
