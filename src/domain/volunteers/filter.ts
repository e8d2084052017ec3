// Narrowing the advisor's volunteer list by typed words, industry and whether they are active.
import { foldText } from "../textFolding";
import type { VolunteerDraft } from "./record";

/** Filters for the volunteer list. */
export interface VolunteerFilter {
  text?: string;
  industry?: string;
  /** When false (default), deactivated volunteers are hidden. */
  includeInactive?: boolean;
}

/** Volunteers matching every word of `text` (name, email, organisation, occupation, topics, languages). */
export function filterVolunteers<T extends VolunteerDraft>(
  volunteers: readonly T[],
  filter: VolunteerFilter,
): T[] {
  const words = foldText(filter.text ?? "")
    .split(/\s+/u)
    .filter(Boolean);
  return volunteers.filter((v) => {
    if (!filter.includeInactive && !v.active) return false;
    if (filter.industry && v.industry !== filter.industry) return false;
    const haystack = foldText(
      [v.name, v.email, v.organisation, v.industry, v.occupation, ...v.topics, ...v.languages].join(
        " ",
      ),
    );
    return words.every((word) => haystack.includes(word));
  });
}
