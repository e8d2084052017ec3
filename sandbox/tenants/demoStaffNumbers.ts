// Demo people whose sign-in name is not their mail: staff numbers, a guest; plus outside people.
import type { DayOfWeek } from "@microsoft/microsoft-graph-types";
import type { TenantOutsidePerson, TenantUser } from "../tenant";

const WEEKDAYS: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** A staff-number sign-in (userPrincipalName ≠ mail), as tenants that issue staff numbers do. */
export const DEMO_STAFF_NUMBER_UPN = "s1234567@northfield.example";
/** Jordan Blake's mail: the address Outlook shows, which Graph does not take as a user key. */
export const DEMO_STAFF_NUMBER_MAIL = "jordan.blake@northfield.example";
/** A guest: Graph writes an invited user's UPN as `{mail with _}#EXT#@{tenant domain}`. */
export const DEMO_GUEST_UPN = "casey.nguyen_partner.example#EXT#@northfield.example";
export const DEMO_GUEST_MAIL = "casey.nguyen@partner.example";

const week = (zone: string) => ({
  timeZone: zone,
  workingHours: {
    daysOfWeek: WEEKDAYS,
    startTime: "09:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: zone },
  },
});

/** Appended after the generated directory so every generated user keeps its place and data. */
export function staffNumberUsers(): TenantUser[] {
  return [
    {
      id: "8e2b6c4d-1a3f-4b5e-9c7d-0f1e2d3c4b5a",
      userPrincipalName: DEMO_STAFF_NUMBER_UPN,
      mail: DEMO_STAFF_NUMBER_MAIL,
      displayName: "Jordan Blake",
      givenName: "Jordan",
      surname: "Blake",
      jobTitle: "Research Engineer",
      department: "Engineering",
      officeLocation: "Engineering Building 301",
      companyName: "Northfield University",
      city: "Toronto",
      country: "Canada",
      businessPhones: ["+1 416 555 0142"],
      preferredLanguage: "en-CA",
      employeeId: "1234567",
      accountEnabled: true,
      userType: "Member",
      mailboxSettings: week("Eastern Standard Time"),
    },
    {
      id: "9f3c7d5e-2b4a-4c6f-8d9e-1a2b3c4d5e6f",
      userPrincipalName: DEMO_GUEST_UPN,
      mail: DEMO_GUEST_MAIL,
      displayName: "Casey Nguyen",
      givenName: "Casey",
      surname: "Nguyen",
      jobTitle: "Partnerships Lead",
      companyName: "Partner Example Inc.",
      accountEnabled: true,
      userType: "Guest",
      creationType: "Invitation",
    },
  ];
}

/** A group and an outside contact, after the directory people in the personas' people lists. */
export function outsidePeople(): TenantOutsidePerson[] {
  return [
    {
      id: "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
      displayName: "Biology Students",
      address: "biology-students@northfield.example",
      kind: "Group",
    },
    {
      id: "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60",
      displayName: "Alex Morgan",
      address: "alex.morgan@outside.example",
      kind: "PersonalContact",
    },
  ];
}
