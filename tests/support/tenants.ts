// The tenants tests start sandboxes with: Northfield in miniature, its variants, the career centre.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import type { SharePointConfig } from "../../src/domain/config";
import { TAKEAWAY_NUMBER_COLUMNS } from "../../src/domain/takeawayCounts";
import type { TenantFile, TenantMailboxSettings, TenantUser } from "../../sandbox/tenant";
import { ADVISOR, OTHER_STUDENT, PROFESSIONAL, READONLY_ADVISOR, STUDENT } from "./people";

/** Where the lists live, as the app's config names them. */
export const CAREER_CENTRE: SharePointConfig = {
  siteId: "site-career",
  advisorsGroupId: "group-career",
  lists: {
    volunteers: "list-volunteers",
    volunteerNotes: "list-notes",
    questions: "list-questions",
    bookings: "list-bookings",
  },
};

/** A 1×1 PNG, so photo answers have real image bytes. */
export const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const WEEKDAYS: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];

const workingWeek = (zone: string): TenantMailboxSettings => ({
  timeZone: zone,
  workingHours: {
    daysOfWeek: WEEKDAYS,
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: zone },
  },
});

function user(
  id: string,
  upn: string,
  displayName: string,
  extra: Partial<TenantUser> = {},
): TenantUser {
  return { id, userPrincipalName: upn, mail: upn, displayName, ...extra } as TenantUser;
}

/**
 * Northfield University in miniature: a student, a professional in Biology whose reporting line
 * runs two levels up, two direct reports, and `extraUsers` filler people for paging.
 */
export function northfieldTenant(extraUsers = 0): TenantFile {
  const users: TenantUser[] = [
    user("u-student", STUDENT, "Avery Chen", {
      jobTitle: "Student",
      department: "Undergraduate Studies",
      mailboxSettings: workingWeek("Eastern Standard Time"),
    }),
    user("u-dean", "sam.okafor@northfield.example", "Sam Okafor", {
      jobTitle: "Dean of Science",
      department: "Science",
    }),
    user("u-chair", "lee.park@northfield.example", "Lee Park", {
      jobTitle: "Chair",
      department: "Biology",
      managerId: "u-dean",
      photo: `data:image/png;base64,${ONE_PIXEL_PNG}`,
    }),
    user("u-pro", PROFESSIONAL, "Morgan Diaz", {
      jobTitle: "Research Scientist",
      department: "Biology",
      officeLocation: "Science Hall 210",
      companyName: "Northfield University",
      managerId: "u-chair",
      mailboxSettings: workingWeek("Pacific Standard Time"),
    }),
    user("u-r1", "jo.smith@northfield.example", "Jo Smith", {
      jobTitle: "Lab Technician",
      department: "Biology",
      managerId: "u-pro",
    }),
    user("u-r2", "kim.lee@northfield.example", "Kim Lee", {
      jobTitle: "Research Assistant",
      department: "Biology",
      managerId: "u-pro",
    }),
  ];
  for (let i = 1; i <= extraUsers; i += 1) {
    const n = String(i).padStart(3, "0");
    users.push(
      user(`u-filler-${n}`, `filler${n}@northfield.example`, `Filler Person ${n}`, {
        department: "Facilities",
      }),
    );
  }
  return {
    organization: { id: "org-1", displayName: "Northfield University" },
    users,
    events: [
      {
        owner: PROFESSIONAL,
        subject: "Lab meeting",
        start: { dateTime: "2026-12-01T10:00:00", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2026-12-01T11:00:00", timeZone: "Pacific Standard Time" },
        showAs: "busy",
      },
    ],
    contacts: {},
    people: { [STUDENT]: [PROFESSIONAL, "lee.park@northfield.example"] },
    messages: {
      [STUDENT]: [
        {
          folder: "sentitems",
          subject: "Thank you for your time",
          sentDateTime: "2026-11-20T15:00:00Z",
          toRecipients: [{ emailAddress: { address: PROFESSIONAL, name: "Morgan Diaz" } }],
        },
        {
          folder: "sentitems",
          subject: "Lab schedule",
          sentDateTime: "2026-11-21T15:00:00Z",
          toRecipients: [
            { emailAddress: { address: "jo.smith@northfield.example", name: "Jo Smith" } },
          ],
        },
      ],
    },
    sites: [
      {
        id: "site-career",
        displayName: "Career Centre",
        lists: [
          {
            id: "list-volunteers",
            displayName: "Volunteers",
            items: [
              { id: "1", fields: { Title: "Morgan Diaz", Email: PROFESSIONAL, Field: "Biology" } },
              {
                id: "2",
                fields: { Title: "Rae Quinn", Email: "rae@elsewhere.example", Field: "Law" },
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * Northfield with the career centre's Bookings and (empty) Questions lists beside Volunteers, as
 * booking an interview writes to them.
 */
export function bookingTenant(): TenantFile {
  const file = northfieldTenant();
  file.sites?.[0]?.lists?.push(
    {
      id: CAREER_CENTRE.lists.bookings,
      displayName: "Bookings",
      columns: [
        { name: "VolunteerEmail" },
        { name: "MeetingDate" },
        { name: "Stage" },
        { name: "StudentUpn" },
      ],
      items: [],
    },
    { id: CAREER_CENTRE.lists.questions, displayName: "Questions", items: [] },
  );
  return file;
}

/** The small Northfield tenant plus the people these views need: a name with markup, two Samirs. */
export function findTenant(): TenantFile {
  const tenant = northfieldTenant();
  const extra = [
    ["u-html", "test.htmlname@northfield.example", '<b>Sam</b> Lee & "Co"', "Test account"],
    ["u-samir", "samir.hamdan@opendoors.example", "Samir Hamdan", "Executive Director"],
    ["u-ahmed", "ahmed.haddad@northfield.example", "Ahmed Haddad", "Structural Engineer"],
  ] as const;
  for (const [id, upn, displayName, jobTitle] of extra) {
    tenant.users.push({
      id,
      userPrincipalName: upn,
      mail: upn,
      displayName,
      jobTitle,
      department: "Engineering",
    });
  }
  return tenant;
}

const text = (name: string) => ({ name, text: {} });

/**
 * Morgan Diaz (directory, cap 2) is fully booked this month; Rae Quinn (outside the directory,
 * cap 3) has one booking this month and one last month; Sam Ito is deactivated. The site is the
 * career centre's team site: Maya is in its group (edits), Kate may read advisors' notes, every
 * other user is a Visitor; Avery made bookings 1, 2, 4 and 5, Sam Rivera booking 3.
 */
export function advisorTenant(now: Date = new Date()): TenantFile {
  const tenant = northfieldTenant();
  const staff = (id: string, upn: string, displayName: string, jobTitle: string) =>
    ({
      id,
      userPrincipalName: upn,
      mail: upn,
      displayName,
      jobTitle,
      department: "Career Centre",
      mailboxSettings: { timeZone: "Eastern Standard Time" },
    }) as TenantFile["users"][number];
  tenant.users.push(
    staff("u-advisor", ADVISOR, "Maya Okafor", "Career Advisor"),
    staff("u-kate", READONLY_ADVISOR, "Kate Thompson", "Employer Relations Coordinator"),
    { ...staff("u-sam", OTHER_STUDENT, "Sam Rivera", "Student"), department: "Chemistry" },
  );
  tenant.groups = [
    {
      id: CAREER_CENTRE.advisorsGroupId,
      displayName: "Career Centre",
      owners: [ADVISOR],
      members: [ADVISOR],
    },
  ];
  const createdBy = (id: string, upn: string) => ({ user: { id, email: upn } });
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  // Mid-month at noon UTC: the same month in every zone the tests use.
  const thisMonth = (day: number) => new Date(Date.UTC(y, m, day, 16)).toISOString();
  const lastMonth = (day: number) => new Date(Date.UTC(y, m - 1, day, 16)).toISOString();
  // Rows were added a month before the count; the count is as of today.
  const counted = now.toISOString();
  const added = new Date(Date.UTC(y, m - 1, 1, 12)).toISOString();
  tenant.sites = [
    {
      id: CAREER_CENTRE.siteId,
      displayName: "Career Centre",
      // Group-connected: the group's members edit; everyone else reads (Visitors).
      groupId: CAREER_CENTRE.advisorsGroupId,
      visitors: ["*"],
      lists: [
        {
          id: CAREER_CENTRE.lists.volunteers,
          displayName: "Volunteers",
          columns: [
            "Title",
            "Email",
            "Organisation",
            "Industry",
            "Occupation",
            "Topics",
            "Languages",
            "PreferredFormat",
            "MonthlyCapacity",
            "Active",
            "DirectoryId",
            "BookedThisMonth",
            "BookedCountedAt",
          ].map(text),
          items: [
            {
              id: "1",
              fields: {
                Title: "Morgan Diaz",
                Email: PROFESSIONAL,
                Organisation: "Northfield University",
                Industry: "Education",
                Occupation: "Research Scientist",
                Topics: "Research careers;Graduate studies",
                Languages: "English",
                PreferredFormat: "Teams",
                MonthlyCapacity: 2,
                Active: true,
                DirectoryId: "u-pro",
                // As the advisors' tab last counted the bookings (both of Morgan's this month).
                BookedThisMonth: 2,
                BookedCountedAt: counted,
              },
            },
            {
              id: "2",
              fields: {
                Title: "Rae Quinn",
                Email: "rae@elsewhere.example",
                Organisation: "Quinn Legal",
                Industry: "Legal",
                Occupation: "Lawyer",
                Topics: "Law school;Articling",
                Languages: "English;French",
                PreferredFormat: "Either",
                MonthlyCapacity: 3,
                Active: true,
                BookedThisMonth: 1,
                BookedCountedAt: counted,
              },
            },
            {
              id: "3",
              fields: {
                Title: "Sam Ito",
                Email: "sam.ito@elsewhere.example",
                Organisation: "Ito Design",
                Industry: "Arts and media",
                MonthlyCapacity: 1,
                Active: false,
                BookedThisMonth: 0,
                BookedCountedAt: counted,
              },
            },
          ],
        },
        {
          id: CAREER_CENTRE.lists.questions,
          displayName: "Questions",
          columns: ["Title", "TextFr", "Theme", "SortOrder", "Retired"].map(text),
          items: [
            {
              id: "1",
              fields: {
                Title: "How did you get into this field?",
                TextFr: "Comment êtes-vous arrivé dans ce domaine?",
                Theme: "path",
                SortOrder: 10,
                Retired: false,
              },
            },
            {
              id: "2",
              fields: {
                Title: "Do you like your job?",
                TextFr: "",
                Theme: "path",
                SortOrder: 20,
                Retired: false,
              },
            },
          ],
        },
        {
          id: CAREER_CENTRE.lists.volunteerNotes,
          displayName: "VolunteerNotes",
          // Unique permissions: the site's Owners and Members, and Kate, who reads.
          roleAssignments: [
            { group: "owners", level: "fullControl" },
            { group: "members", level: "edit" },
            { users: [READONLY_ADVISOR], level: "read" },
          ],
          columns: [
            text("Title"),
            { name: "VolunteerId", number: {}, indexed: true },
            text("Notes"),
          ],
          items: [
            { id: "1", fields: { Title: "Rae Quinn", VolunteerId: 2, Notes: "Prefers mornings." } },
          ],
        },
        {
          id: CAREER_CENTRE.lists.bookings,
          displayName: "Bookings",
          // Students (Visitors) add rows and read and edit only their own.
          roleAssignments: [
            { group: "owners", level: "fullControl" },
            { group: "members", level: "edit" },
            { group: "visitors", level: "contribute" },
          ],
          readSecurity: 2,
          writeSecurity: 2,
          columns: ["Title", "VolunteerEmail", "MeetingDate", "Stage", "StudentUpn"].map(text),
          items: [
            ["1", PROFESSIONAL, thisMonth(10), "booked", STUDENT],
            ["2", PROFESSIONAL, thisMonth(12), "requested", STUDENT],
            ["3", "rae@elsewhere.example", thisMonth(14), "booked", OTHER_STUDENT],
            ["4", "rae@elsewhere.example", lastMonth(14), "thanked", STUDENT],
            ["5", PROFESSIONAL, lastMonth(3), "met", STUDENT],
          ].map(([id, email, date, stage, upn]) => ({
            id: id as string,
            createdBy:
              upn === STUDENT ? createdBy("u-student", STUDENT) : createdBy("u-sam", OTHER_STUDENT),
            createdDateTime: added,
            fields: {
              Title: `Booking ${id as string}`,
              VolunteerEmail: email,
              MeetingDate: date,
              Stage: stage,
              StudentUpn: upn,
            },
          })),
        },
      ],
    },
  ];
  return tenant;
}

/** The colleagues of `colleaguesTenant`, and its SharePoint site. */
export const SAM = "sam.lee@northfield.example";
export const NOOR = "noor.haddad@northfield.example";
export const JULES = "jules.tremblay@northfield.example";
export const SITE_ID =
  "northfield.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222";

/**
 * Four colleagues at Northfield (Avery, Sam Lee, Noor, Jules), a few events, one contact and a site
 * with a Volunteers list: what the sandbox's own Graph tests read.
 */
export function colleaguesTenant(): TenantFile {
  return {
    organization: {
      id: "0d3a8f8e-7a31-4a4e-9c1b-2f0e6b0c9a11",
      displayName: "Northfield University",
    },
    users: [
      {
        id: "6f1c2a4e-0000-4000-8000-000000000001",
        userPrincipalName: STUDENT,
        mail: STUDENT,
        displayName: "Avery Chen",
        givenName: "Avery",
        surname: "Chen",
        jobTitle: "Student",
        department: "Biology",
        officeLocation: "Science Hall",
        companyName: "Northfield University",
        preferredLanguage: "en-CA",
        managerId: "6f1c2a4e-0000-4000-8000-000000000004",
        mailboxSettings: workingWeek("Eastern Standard Time"),
        pronouns: "they/them",
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000002",
        userPrincipalName: SAM,
        mail: SAM,
        displayName: "Sam Lee",
        givenName: "Sam",
        surname: "Lee",
        jobTitle: "Research Scientist",
        department: "Chemistry",
        officeLocation: "Lab 4",
        companyName: "Northfield University",
        managerId: "6f1c2a4e-0000-4000-8000-000000000004",
        mailboxSettings: workingWeek("Eastern Standard Time"),
        photo: `data:image/png;base64,${Buffer.from("not-really-a-png").toString("base64")}`,
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000003",
        userPrincipalName: NOOR,
        mail: NOOR,
        displayName: "Noor Haddad-Émond",
        givenName: "Noor",
        surname: "Haddad-Émond",
        jobTitle: "Data Analyst",
        department: "Biology",
        officeLocation: "Science Hall",
        companyName: "Contoso Labs",
        mailboxSettings: { timeZone: "Pacific Standard Time" },
      },
      {
        id: "6f1c2a4e-0000-4000-8000-000000000004",
        userPrincipalName: JULES,
        mail: JULES,
        displayName: "Jules Tremblay",
        givenName: "Jules",
        surname: "Tremblay",
        jobTitle: "Career Advisor",
        department: "Career Centre",
        officeLocation: "Student Union",
        companyName: "Northfield University",
        mailboxSettings: workingWeek("Eastern Standard Time"),
      },
    ],
    events: [
      {
        owner: SAM,
        subject: "Lab meeting",
        start: { dateTime: "2026-12-01T10:00:00", timeZone: "Eastern Standard Time" },
        end: { dateTime: "2026-12-01T11:00:00", timeZone: "Eastern Standard Time" },
        showAs: "busy",
      },
      {
        owner: STUDENT,
        subject: "Seminar",
        start: { dateTime: "2026-12-02T14:00:00", timeZone: "America/Toronto" },
        end: { dateTime: "2026-12-02T15:30:00", timeZone: "America/Toronto" },
        showAs: "tentative",
      },
    ],
    people: { [STUDENT]: [JULES, SAM, NOOR] },
    contacts: {
      [STUDENT]: [
        {
          displayName: "Robin Field",
          givenName: "Robin",
          surname: "Field",
          emailAddresses: [{ address: "robin@field.example", name: "Robin Field" }],
          folder: "Information interviews",
        },
      ],
    },
    sites: [
      {
        id: SITE_ID,
        displayName: "Career Centre",
        lists: [
          {
            id: "volunteers",
            displayName: "Volunteers",
            items: [
              { id: "1", fields: { Title: "Sam Lee", Field: "Chemistry", Status: "Active" } },
              { id: "2", fields: { Title: "Jules Tremblay", Field: "Careers", Status: "Paused" } },
              { id: "3", fields: { Title: "Noor Haddad", Field: "Data", Status: "Active" } },
            ],
          },
        ],
      },
    ],
  };
}

/** Jordan Blake signs in with a staff number; Outlook shows their mail. */
export const STAFF_UPN = "s1234567@northfield.example";
export const STAFF_MAIL = "jordan.blake@northfield.example";
/** A guest: invited users' UPNs carry `#EXT#`, their mail is outside the tenant. */
export const GUEST_UPN = "casey.nguyen_partner.example#EXT#@northfield.example";
export const GUEST_MAIL = "casey.nguyen@partner.example";
/** A UPN that starts with `$`, which Graph addresses as /users('$…'). */
export const DOLLAR_UPN = "$ops@northfield.example";

/**
 * Northfield where sign-in names are not mail: a staff-number member who reports to Morgan, a
 * guest, a `$` UPN, and a group and an outside contact among the student's people.
 */
export function staffNumberTenant(): TenantFile {
  const file = northfieldTenant();
  file.users.push(
    user("u-staff", STAFF_UPN, "Jordan Blake", {
      mail: STAFF_MAIL,
      jobTitle: "Research Engineer",
      department: "Engineering",
      officeLocation: "Engineering Building 301",
      companyName: "Northfield University",
      managerId: "u-pro",
      employeeId: "1234567",
      mailboxSettings: workingWeek("Eastern Standard Time"),
      photo: `data:image/png;base64,${ONE_PIXEL_PNG}`,
    }),
    user("u-guest", GUEST_UPN, "Casey O'Neil Nguyen", {
      mail: GUEST_MAIL,
      jobTitle: "Partnerships Lead",
      companyName: "Partner Example Inc.",
      userType: "Guest",
    }),
    user("u-dollar", DOLLAR_UPN, "Operations Desk", { mail: "ops@northfield.example" }),
  );
  file.people = { [STUDENT]: [STAFF_UPN, PROFESSIONAL, GUEST_UPN] };
  file.outsidePeople = {
    [STUDENT]: [
      {
        id: "g-biology",
        displayName: "Biology Students",
        address: "biology-students@northfield.example",
        kind: "Group",
        rank: 1,
      },
      {
        id: "c-alex",
        displayName: "Alex Morgan",
        address: "alex.morgan@outside.example",
        kind: "PersonalContact",
        rank: 3,
      },
    ],
  };
  return file;
}

/** The advisors' config plus the takeaway counts list `withTakeawayCounts` adds. */
export const WITH_COUNTS: SharePointConfig = {
  ...CAREER_CENTRE,
  lists: { ...CAREER_CENTRE.lists, takeawayCounts: "list-counts" },
};

/** A counts row as a student's app writes it (see src/domain/takeawayCounts.ts). */
export interface SeededCounts {
  authorId: string;
  authorUpn: string;
  key: string;
  fields: Record<string, unknown>;
}

/**
 * Adds the TakeawayCounts list to a tenant with a site (`advisorTenant`), as `npm run provision`
 * protects it: Visitors contribute, each reads and edits only the rows they made.
 */
export function withTakeawayCounts(file: TenantFile, rows: readonly SeededCounts[]): TenantFile {
  file.sites?.[0]?.lists?.push({
    id: "list-counts",
    displayName: "TakeawayCounts",
    roleAssignments: [
      { group: "owners", level: "fullControl" },
      { group: "members", level: "edit" },
      { group: "visitors", level: "contribute" },
    ],
    readSecurity: 2,
    writeSecurity: 2,
    columns: [
      ...["Title", ...TAKEAWAY_NUMBER_COLUMNS, "CountedAt"].map(text),
      { name: "StudentKey", text: {}, indexed: true },
    ],
    items: rows.map((row, index) => ({
      id: String(index + 1),
      createdBy: { user: { id: row.authorId, email: row.authorUpn } },
      fields: { Title: "Takeaway counts", StudentKey: row.key, ...row.fields },
    })),
  });
  return file;
}
