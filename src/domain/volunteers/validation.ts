// Whether a volunteer can be saved: required name and address, one row per address, a sane cap.
import { addressKey } from "../person";
import type { VolunteerDraft } from "./record";
import { PREFERRED_FORMATS } from "./record";

/** Which form field a problem belongs to. */
export type VolunteerField = "name" | "email" | "monthlyCapacity" | "preferredFormat";

/** Why a draft cannot be saved; the UI words each code. */
export type VolunteerProblemCode =
  | "name-required"
  | "email-required"
  | "email-invalid"
  | "email-duplicate"
  | "capacity-invalid"
  | "format-invalid";

/** One problem with a draft. */
export interface VolunteerProblem {
  field: VolunteerField;
  code: VolunteerProblemCode;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/u;

/** Largest cap the form accepts: more than one conversation a day is surely a typo. */
export const MAX_MONTHLY_CAPACITY = 31;

/**
 * Checks a draft. `takenEmails` are the addresses (addressKey) of the other volunteers: the find
 * list merges people by address, so two rows for one address would double a volunteer's load.
 */
export function validateVolunteer(
  draft: VolunteerDraft,
  takenEmails: ReadonlySet<string> = new Set(),
): VolunteerProblem[] {
  const problems: VolunteerProblem[] = [];
  if (draft.name.trim() === "") problems.push({ field: "name", code: "name-required" });
  const email = draft.email.trim();
  if (email === "") problems.push({ field: "email", code: "email-required" });
  else if (!EMAIL.test(email)) problems.push({ field: "email", code: "email-invalid" });
  else if (takenEmails.has(addressKey(email)))
    problems.push({ field: "email", code: "email-duplicate" });
  const cap = draft.monthlyCapacity;
  if (cap !== null && (!Number.isInteger(cap) || cap < 0 || cap > MAX_MONTHLY_CAPACITY))
    problems.push({ field: "monthlyCapacity", code: "capacity-invalid" });
  if (draft.preferredFormat !== null && !PREFERRED_FORMATS.includes(draft.preferredFormat))
    problems.push({ field: "preferredFormat", code: "format-invalid" });
  return problems;
}
