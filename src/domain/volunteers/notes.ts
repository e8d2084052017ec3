// Advisors' notes on volunteers, in their own list (VolunteerNotes) that only advisors can read:
// one row per volunteer, keyed by the volunteer's item id in Volunteers.
import { fieldText } from "./record";

/** The notes list's columns. */
export const NOTE_FIELD_NAMES = ["Title", "VolunteerId", "Notes"] as const;

/** One row of the notes list. */
export interface VolunteerNote {
  itemId: string;
  etag: string | null;
  volunteerItemId: string;
  notes: string;
}

/** Reads a notes row; a row that names no volunteer is not a note. */
export function noteFromFields(
  itemId: string,
  etag: string | null,
  fields: Record<string, unknown>,
): VolunteerNote | null {
  const volunteerItemId = fieldText(fields.VolunteerId);
  if (!volunteerItemId) return null;
  const notes = typeof fields.Notes === "string" ? fields.Notes.trim() : "";
  return { itemId, etag, volunteerItemId, notes };
}

/** The fields of a volunteer's notes row (Title carries the name for people reading the list). */
export function notesToFields(
  volunteerItemId: string,
  volunteerName: string,
  notes: string,
): Record<string, unknown> {
  return { Title: volunteerName.trim(), VolunteerId: Number(volunteerItemId), Notes: notes.trim() };
}
