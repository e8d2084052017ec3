// A small career centre for the advisor tests: the three lists with their declared columns, an advisor, and bookings around `now`.
import type { SharePointConfig } from "../../src/domain/config";
import type { TenantFile } from "../../sandbox/tenant";
import { PROFESSIONAL, smallTenant } from "./harness";

export const ADVISOR = "maya.okafor@northfield.example";

/** Where the lists live, as the app's config names them. */
export const CAREER_CENTRE: SharePointConfig = {
  siteId: "site-career",
  lists: { volunteers: "list-volunteers", questions: "list-questions", bookings: "list-bookings" },
};

const text = (name: string) => ({ name, text: {} });

/**
 * Morgan Diaz (directory, cap 2) is fully booked this month; Rae Quinn (outside the directory,
 * cap 3) has one booking this month and one last month; Sam Ito is deactivated.
 */
export function advisorTenant(now: Date = new Date()): TenantFile {
  const tenant = smallTenant();
  tenant.users.push({
    id: "u-advisor",
    userPrincipalName: ADVISOR,
    mail: ADVISOR,
    displayName: "Maya Okafor",
    jobTitle: "Career Advisor",
    department: "Career Centre",
    mailboxSettings: { timeZone: "Eastern Standard Time" },
  } as TenantFile["users"][number]);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  // Mid-month at noon UTC: the same month in every zone the tests use.
  const thisMonth = (day: number) => new Date(Date.UTC(y, m, day, 16)).toISOString();
  const lastMonth = (day: number) => new Date(Date.UTC(y, m - 1, day, 16)).toISOString();
  tenant.sites = [
    {
      id: CAREER_CENTRE.siteId,
      displayName: "Career Centre",
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
            "AdvisorNotes",
            "DirectoryId",
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
                AdvisorNotes: "Prefers mornings.",
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
          id: CAREER_CENTRE.lists.bookings,
          displayName: "Bookings",
          columns: ["Title", "VolunteerEmail", "MeetingDate", "Stage", "StudentUpn"].map(text),
          items: [
            ["1", PROFESSIONAL, thisMonth(10), "booked"],
            ["2", PROFESSIONAL, thisMonth(12), "requested"],
            ["3", "rae@elsewhere.example", thisMonth(14), "booked"],
            ["4", "rae@elsewhere.example", lastMonth(14), "thanked"],
            ["5", PROFESSIONAL, lastMonth(3), "met"],
          ].map(([id, email, date, stage]) => ({
            id: id as string,
            fields: {
              Title: `Booking ${id as string}`,
              VolunteerEmail: email,
              MeetingDate: date,
              Stage: stage,
              StudentUpn: "avery.chen@northfield.example",
            },
          })),
        },
      ],
    },
  ];
  return tenant;
}
