// The people the tests meet again and again (Avery Chen, Morgan Diaz, Maya Okafor), built once.
import type { NewInterview } from "../../src/app/interviews/interviews";
import type { NewInterviewContact } from "../../src/graph/contacts";

/** Avery Chen, the student every test signs in as. */
export const STUDENT = "avery.chen@northfield.example";
/** Morgan Diaz, the research scientist in Biology the student interviews. */
export const PROFESSIONAL = "morgan.diaz@northfield.example";
/** Maya Okafor, the career centre's advisor (a member of its team: edits). */
export const ADVISOR = "maya.okafor@northfield.example";
/** Kate Thompson, a career centre colleague who may read advisors' notes but not edit. */
export const READONLY_ADVISOR = "kate.thompson@northfield.example";
/** Sam Rivera, another student (their bookings are no business of Avery's). */
export const OTHER_STUDENT = "sam.rivera@northfield.example";

/** Avery Chen as the signed-in user the services know. */
export const STUDENT_USER = { userPrincipalName: STUDENT, displayName: "Avery Chen" };

/** Morgan Diaz as a mail recipient or meeting attendee. */
export const MORGAN_RECIPIENT = { displayName: "Morgan Diaz", emailAddress: PROFESSIONAL };

/** Morgan Diaz as a new interview contact: name, address and role, then what the test adds. */
export function morganContact(overrides: Partial<NewInterviewContact> = {}): NewInterviewContact {
  return {
    displayName: "Morgan Diaz",
    givenName: "Morgan",
    surname: "Diaz",
    email: PROFESSIONAL,
    jobTitle: "Research Scientist",
    department: "Biology",
    ...overrides,
  };
}

/** Morgan Diaz as the app adds a person found in the directory. */
export function morganInterview(overrides: Partial<NewInterview> = {}): NewInterview {
  return {
    displayName: "Morgan Diaz",
    email: PROFESSIONAL,
    source: "directory",
    jobTitle: "Research Scientist",
    ...overrides,
  };
}
