// The organisation at a glance, shaped: reporting line order, team size, job titles counted.

/** A person in a reporting line as the glance shows one. */
export interface OrgPerson {
  id: string;
  displayName: string;
  jobTitle: string | null;
}

/**
 * A user with its manager nested inside, as Graph answers `$expand=manager($levels=max)`: each
 * level's manager sits inside the one below it (api-reference/v1.0/api/user-list-manager.md).
 */
export interface NestedManager {
  id?: string | null;
  displayName?: string | null;
  userPrincipalName?: string | null;
  jobTitle?: string | null;
  manager?: NestedManager | null;
}

/** The highest reporting line the glance shows; deeper than this is bad data, not a hierarchy. */
export const MAX_CHAIN_LEVELS = 50;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * The managers above `user`, nearest first, up to the top. A level without an id ends the line
 * (a manager we cannot name is no help), and so does a repeat (a cycle in the directory data
 * would otherwise loop), including the contact appearing above themselves.
 */
export function managerChain(user: NestedManager, maxLevels = MAX_CHAIN_LEVELS): OrgPerson[] {
  const seen = new Set<string>();
  if (user.id) seen.add(user.id.toLowerCase());
  const chain: OrgPerson[] = [];
  let next = user.manager;
  while (next && chain.length < maxLevels) {
    const id = text(next.id);
    if (!id || seen.has(id.toLowerCase())) break;
    seen.add(id.toLowerCase());
    chain.push({
      id,
      displayName: text(next.displayName) ?? text(next.userPrincipalName) ?? id,
      jobTitle: text(next.jobTitle),
    });
    next = next.manager;
  }
  return chain;
}

/** Whose team the glance counts: the contact's own reports, their manager's, or nobody's. */
export type TeamSize =
  | { kind: "own"; count: number }
  | { kind: "manager"; count: number; managerName: string }
  | { kind: "unknown" };

/**
 * A contact who manages people is counted with their own direct reports (they lead that team);
 * otherwise the team is their manager's direct reports, the contact included.
 */
export function teamSize(
  ownReports: number | null,
  manager: OrgPerson | null,
  managerReports: number | null,
): TeamSize {
  if (ownReports !== null && ownReports > 0) return { kind: "own", count: ownReports };
  if (manager && managerReports !== null && managerReports > 0) {
    return { kind: "manager", count: managerReports, managerName: manager.displayName };
  }
  return { kind: "unknown" };
}

/** One job title and how many people in the department hold it; null is "no title". */
export interface TitleCount {
  title: string | null;
  count: number;
}

/** The job titles of a department, counted. */
export interface DepartmentTitles {
  titles: TitleCount[];
  /** People whose titles were counted. */
  counted: number;
  /** How many people the department has, when Graph said (`@odata.count`). */
  total: number | null;
  /** True when only the first `counted` people were read (a large department). */
  capped: boolean;
}

/** At most this many titles are listed; the rest are summed as "other titles". */
export const MAX_TITLES_SHOWN = 12;

/**
 * Counts titles (same title whatever the case or spacing, shown as most people write it), most
 * common first, ties in the reader's alphabetical order; blank titles are one "no title" group,
 * listed after the named titles with the same count.
 */
export function countTitles(
  titles: readonly (string | null | undefined)[],
  locale: string,
): TitleCount[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const raw of titles) {
    const title = text(raw)?.replace(/\s+/gu, " ") ?? null;
    const key = title === null ? "" : title.toLocaleLowerCase(locale);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { count: 0, spellings: new Map() }));
    group.count += 1;
    if (title !== null) group.spellings.set(title, (group.spellings.get(title) ?? 0) + 1);
  }
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...groups.entries()]
    .map(([key, group]): TitleCount => {
      if (key === "") return { title: null, count: group.count };
      const [spelling] = [...group.spellings.entries()].sort(
        (a, b) => b[1] - a[1] || collator.compare(a[0], b[0]),
      )[0] as [string, number];
      return { title: spelling, count: group.count };
    })
    .sort((a, b) => {
      if (b.count !== a.count) return b.count - a.count;
      if (a.title === null) return 1;
      if (b.title === null) return -1;
      return collator.compare(a.title, b.title);
    });
}

/** The titles to list and what the rest add up to. */
export function shownTitles(
  titles: readonly TitleCount[],
  max = MAX_TITLES_SHOWN,
): { shown: TitleCount[]; otherTitles: number; otherPeople: number } {
  const rest = titles.slice(max);
  return {
    shown: titles.slice(0, max),
    otherTitles: rest.length,
    otherPeople: rest.reduce((sum, t) => sum + t.count, 0),
  };
}

/** Everything the glance shows about one directory contact. */
export interface OrganisationGlance {
  displayName: string;
  department: string | null;
  companyName: string | null;
  /** Managers above the contact, nearest first. */
  chain: OrgPerson[];
  team: TeamSize;
  /** Null when the contact has no department in the directory. */
  titles: DepartmentTitles | null;
}
