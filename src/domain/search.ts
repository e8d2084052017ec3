// Finding contacts: merges directory, relevant people and volunteers into one ranked list without
// duplicates.
import { addressKey } from "./person";
import { foldText } from "./textFolding";

/** Where a search result came from (a merged person may have several). */
export type SearchSource = "directory" | "relevant" | "volunteer";

/** What a source can tell about a person; the merged list keeps the same facts. */
export interface PersonFacts {
  displayName: string;
  email: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  companyName: string | null;
}

/** A person as one source returns them, before merging. */
export interface SourcePerson extends PersonFacts {
  /** The Entra ID user id, when the source knows it. */
  id: string | null;
}

/** One row of the career centre's volunteer list, as the product reads it. */
export interface Volunteer {
  /** The list item id. */
  itemId: string;
  displayName: string;
  email: string | null;
  organisation: string | null;
  jobTitle: string | null;
  industry: string | null;
  topics: string[];
  /** Conversations a month the volunteer agreed to; null when they set no cap. */
  monthlyCapacity: number | null;
  /** The Entra ID user id, when the volunteer works in the organisation. */
  directoryId?: string | null;
}

/** Volunteer facts a result carries. */
export interface VolunteerInfo {
  itemId: string;
  industry: string | null;
  topics: string[];
  monthlyCapacity: number | null;
  bookedThisMonth: number;
  /** True when this month's bookings reached the cap: shown, but never offered first. */
  atCapacity: boolean;
}

/** One person in the merged list. */
export interface FoundPerson extends PersonFacts {
  /** Stable key for lists: the address when known, else the directory id. */
  key: string;
  directoryId: string | null;
  sources: SearchSource[];
  volunteer: VolunteerInfo | null;
  /** Position in Graph's relevance order (0 = most relevant), when the person is relevant. */
  relevanceRank: number | null;
  /** Ranking score (higher first); exposed so the UI and tests can explain an order. */
  score: number;
}

/** Exact-match filters, as the directory search applies them. */
export interface SearchFilters {
  department?: string;
  jobTitle?: string;
  companyName?: string;
  officeLocation?: string;
}

/** Everything one settled query brought back. */
export interface SearchInputs {
  text: string;
  filters?: SearchFilters;
  directory: readonly SourcePerson[];
  relevant: readonly SourcePerson[];
  volunteers: readonly Volunteer[];
  /** This month's bookings per volunteer address (`addressKey`); see `bookingsThisMonth` in volunteers/capacity. */
  bookingsThisMonth: ReadonlyMap<string, number>;
}

/** Words of a query (folded, split on spaces and punctuation that names don't carry). */
export function queryWords(text: string): string[] {
  return foldText(text)
    .split(/[\s,;]+/u)
    .filter((w) => w !== "");
}

/**
 * How well a name and address match the query, 0 when they do not. Every query word must match
 * the start of a word of the name or of the address's local part; an exact name beats a prefix of
 * the whole name, which beats word prefixes, which beat a match in the address only.
 */
export function matchScore(words: readonly string[], name: string, email: string | null): number {
  if (words.length === 0) return 1;
  const folded = foldText(name);
  const nameWords = folded.split(/[\s\-'’.]+/u).filter((w) => w !== "");
  const local = email ? foldText(email.split("@")[0] ?? "") : "";
  const mailWords = local.split(/[.\-_+]+/u).filter((w) => w !== "");
  const whole = words.join(" ");
  // Graph's `mail:` search is startsWith on the whole address (concepts/search-query-parameter.md),
  // so a typed address start ("jordan.blake@north") matches as a whole, not word by word.
  if (email && whole.includes("@") && foldText(email).startsWith(whole)) return 40;
  let nameHits = 0;
  for (const word of words) {
    const inName = nameWords.some((w) => w.startsWith(word));
    const inMail = local.startsWith(word) || mailWords.some((w) => w.startsWith(word));
    if (!inName && !inMail) return 0;
    if (inName) nameHits += 1;
  }
  if (folded === whole) return 100;
  if (folded.startsWith(whole)) return 80;
  if (nameHits === words.length) return 60;
  return 40;
}

/** Topics, industry and organisation also find a volunteer ("nursing" finds nurses who volunteer). */
function volunteerTopicScore(words: readonly string[], volunteer: Volunteer): number {
  if (words.length === 0) return 0;
  const haystack = foldText(
    [
      volunteer.industry ?? "",
      volunteer.organisation ?? "",
      volunteer.jobTitle ?? "",
      ...volunteer.topics,
    ].join(" "),
  );
  const hayWords = haystack.split(/[\s,;/&-]+/u).filter((w) => w !== "");
  return words.every((word) => hayWords.some((w) => w.startsWith(word))) ? 30 : 0;
}

function sameText(a: string | null | undefined, b: string): boolean {
  return a !== null && a !== undefined && foldText(a) === foldText(b);
}

function passesFilters(person: FoundPerson, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  const checks: [string | null, string | undefined][] = [
    [person.department, filters.department],
    [person.jobTitle, filters.jobTitle],
    [person.companyName, filters.companyName],
    [person.officeLocation, filters.officeLocation],
  ];
  return checks.every(([value, wanted]) => !wanted?.trim() || sameText(value, wanted));
}

/** Fills the gaps of `base` with what `extra` knows, never overwriting a known value. */
function fill(base: FoundPerson, extra: SourcePerson): void {
  base.directoryId ??= extra.id;
  base.email ??= extra.email;
  base.jobTitle ??= extra.jobTitle;
  base.department ??= extra.department;
  base.officeLocation ??= extra.officeLocation;
  base.companyName ??= extra.companyName;
  if (!base.displayName) base.displayName = extra.displayName;
}

function fromSource(person: SourcePerson, source: SearchSource): FoundPerson {
  return {
    key: person.email ? addressKey(person.email) : `id:${person.id ?? person.displayName}`,
    directoryId: person.id,
    displayName: person.displayName,
    email: person.email,
    jobTitle: person.jobTitle,
    department: person.department,
    officeLocation: person.officeLocation,
    companyName: person.companyName,
    sources: [source],
    volunteer: null,
    relevanceRank: null,
    score: 0,
  };
}

/** Points for Graph's relevance: the first person the user works with gets most. */
function relevanceBoost(rank: number | null): number {
  return rank === null ? 0 : Math.max(5, 25 - rank * 2);
}

/**
 * Merges one settled query's answers into one list: the same person (same address, or same
 * directory id) appears once, with every source that found them; the directory's fields win over
 * the volunteer list's. Ranked by match quality, then relevance (people the user already works
 * with) and volunteering (the career centre's list), then name. A volunteer at monthly capacity
 * stays in the list, marked, but after everyone who can still be asked.
 */
export function mergeSearchResults(inputs: SearchInputs): FoundPerson[] {
  const words = queryWords(inputs.text);
  const byAddress = new Map<string, FoundPerson>();
  const byId = new Map<string, FoundPerson>();
  const all: FoundPerson[] = [];

  const find = (person: { id: string | null; email: string | null }) =>
    (person.email ? byAddress.get(addressKey(person.email)) : undefined) ??
    (person.id ? byId.get(person.id) : undefined);
  const index = (found: FoundPerson) => {
    if (found.email) byAddress.set(addressKey(found.email), found);
    if (found.directoryId) byId.set(found.directoryId, found);
  };
  const add = (person: SourcePerson, source: SearchSource): FoundPerson => {
    const existing = find(person);
    if (existing) {
      if (!existing.sources.includes(source)) existing.sources.push(source);
      fill(existing, person);
      index(existing);
      return existing;
    }
    const created = fromSource(person, source);
    all.push(created);
    index(created);
    return created;
  };

  for (const person of inputs.directory) add(person, "directory");
  inputs.relevant.forEach((person, rank) => {
    const found = add(person, "relevant");
    found.relevanceRank = Math.min(found.relevanceRank ?? rank, rank);
  });
  const topicScores = new Map<FoundPerson, number>();
  for (const volunteer of inputs.volunteers) {
    const found = add(
      {
        id: volunteer.directoryId ?? null,
        displayName: volunteer.displayName,
        email: volunteer.email,
        jobTitle: volunteer.jobTitle,
        department: null,
        officeLocation: null,
        companyName: volunteer.organisation,
      },
      "volunteer",
    );
    const booked = volunteer.email
      ? (inputs.bookingsThisMonth.get(addressKey(volunteer.email)) ?? 0)
      : 0;
    found.volunteer = {
      itemId: volunteer.itemId,
      industry: volunteer.industry,
      topics: volunteer.topics,
      monthlyCapacity: volunteer.monthlyCapacity,
      bookedThisMonth: booked,
      atCapacity: volunteer.monthlyCapacity !== null && booked >= volunteer.monthlyCapacity,
    };
    topicScores.set(found, volunteerTopicScore(words, volunteer));
  }

  const ranked: FoundPerson[] = [];
  for (const person of all) {
    const onlyFromGraphSearch = person.sources.every((s) => s === "directory");
    // Graph's $search matched the directory people already; relevant people and volunteers are
    // matched here because their sources answer loosely (fuzzy people search) or not at all.
    const match = Math.max(
      matchScore(words, person.displayName, person.email),
      topicScores.get(person) ?? 0,
    );
    const score =
      match > 0 ? match : onlyFromGraphSearch || person.sources.includes("directory") ? 20 : 0;
    if (score === 0) continue;
    if (!passesFilters(person, inputs.filters)) continue;
    person.score =
      score +
      relevanceBoost(person.relevanceRank) +
      (person.volunteer && !person.volunteer.atCapacity ? 10 : 0);
    ranked.push(person);
  }
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  return ranked.sort(
    (a, b) =>
      Number(a.volunteer?.atCapacity ?? false) - Number(b.volunteer?.atCapacity ?? false) ||
      b.score - a.score ||
      collator.compare(a.displayName, b.displayName) ||
      a.key.localeCompare(b.key),
  );
}

/** Column names the volunteer list may use for each fact (first present wins). */
export const VOLUNTEER_COLUMNS = {
  name: ["Title", "FullName", "DisplayName"],
  email: ["Email", "EMail", "EmailAddress", "Mail"],
  organisation: ["Organisation", "Organization", "Company", "CompanyName", "Employer"],
  jobTitle: ["Occupation", "JobTitle", "Role", "Position"],
  industry: ["Industry", "Sector"],
  topics: ["Topics", "Topic", "Expertise"],
  monthlyCapacity: ["MonthlyCapacity", "Capacity", "MaxPerMonth", "MonthlyLimit"],
  active: ["Active", "IsActive", "Available"],
  directoryId: ["DirectoryId"],
} as const;

/** Every column name the volunteer list is read with. */
export const VOLUNTEER_LIST_COLUMNS: readonly string[] = Object.values(VOLUNTEER_COLUMNS).flat();

function column(fields: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

function textColumn(fields: Record<string, unknown>, names: readonly string[]): string | null {
  const value = column(fields, names);
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  // Person columns come back as objects with an Email or LookupValue.
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const inner = record.Email ?? record.email ?? record.LookupValue;
    return typeof inner === "string" ? inner.trim() || null : null;
  }
  return null;
}

/** Reads a volunteer from a list row's fields; null when the row has no name or is marked inactive. */
export function toVolunteer(itemId: string, fields: Record<string, unknown>): Volunteer | null {
  const displayName = textColumn(fields, VOLUNTEER_COLUMNS.name);
  if (!displayName) return null;
  const active = column(fields, VOLUNTEER_COLUMNS.active);
  if (active === false || active === "No" || active === "false") return null;
  const rawTopics = column(fields, VOLUNTEER_COLUMNS.topics);
  const topics = (
    Array.isArray(rawTopics)
      ? rawTopics.map(String)
      : typeof rawTopics === "string"
        ? rawTopics.split(/[;,\n]/u)
        : []
  )
    .map((t) => t.trim())
    .filter((t) => t !== "");
  const rawCap = column(fields, VOLUNTEER_COLUMNS.monthlyCapacity);
  const cap =
    typeof rawCap === "number" ? rawCap : typeof rawCap === "string" ? Number(rawCap) : NaN;
  return {
    itemId,
    displayName,
    email: textColumn(fields, VOLUNTEER_COLUMNS.email),
    organisation: textColumn(fields, VOLUNTEER_COLUMNS.organisation),
    jobTitle: textColumn(fields, VOLUNTEER_COLUMNS.jobTitle),
    industry: textColumn(fields, VOLUNTEER_COLUMNS.industry),
    topics,
    monthlyCapacity: Number.isFinite(cap) && cap >= 0 ? Math.floor(cap) : null,
    directoryId: textColumn(fields, VOLUNTEER_COLUMNS.directoryId),
  };
}
