// The career centre's resource library: a resource's record and list columns, the https-only link
// check, and which resources suit one contact (organisation, then industry, then general guides).
import type { Locale } from "./locale";

/** What a resource is, as the Resources list's Kind choice names it. */
export type ResourceKind = "association" | "directory" | "outlook" | "guide";

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  "association",
  "directory",
  "outlook",
  "guide",
];

/** The language a resource is written in. */
export type ResourceLanguage = "en" | "fr" | "both";

export const RESOURCE_LANGUAGES: readonly ResourceLanguage[] = ["en", "fr", "both"];

/** What an advisor types for a resource. */
export interface ResourceDraft {
  title: string;
  url: string;
  kind: ResourceKind;
  industries: string[];
  /** A specific employer; empty for a resource about a field. */
  organisation: string;
  language: ResourceLanguage;
}

/** A stored resource: the draft plus the list row's id and concurrency token. */
export interface ResourceRecord extends ResourceDraft {
  itemId: string;
  etag: string | null;
}

export const EMPTY_RESOURCE: ResourceDraft = {
  title: "",
  url: "https://",
  kind: "guide",
  industries: [],
  organisation: "",
  language: "both",
};

/** The Resources list's internal column names (scripts/provision/centreLists.ts makes them). */
export const RESOURCE_FIELD_NAMES = [
  "Title",
  "Link",
  "Kind",
  "Industries",
  "Organisation",
  "Language",
] as const;

/** Why a link is refused. */
export type LinkProblem = "missing" | "notHttps" | "invalid";

/**
 * Only absolute https links with a host pass: a stored `javascript:` or `data:` link would run in
 * every student's pane, and http pages would be opened from an https add-in. The URL is parsed, so
 * tricks like leading spaces, mixed case or tabs inside the scheme are judged as browsers read them.
 */
export function checkResourceLink(raw: string): LinkProblem | null {
  const value = raw.trim();
  if (value === "" || value === "https://") return "missing";
  // Control characters and spaces inside a link are stripped or re-read by browsers; refuse them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/u.test(value)) return "invalid";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return /^[a-z][a-z0-9+.-]*:/iu.test(value) ? "notHttps" : "invalid";
  }
  if (url.protocol !== "https:") return "notHttps";
  if (url.hostname === "" || url.username !== "" || url.password !== "") return "invalid";
  return null;
}

/** A draft's problems, by field; empty when it can be saved. */
export interface ResourceProblems {
  title?: "missing";
  url?: LinkProblem;
}

export function validateResource(draft: ResourceDraft): ResourceProblems {
  const problems: ResourceProblems = {};
  if (draft.title.trim() === "") problems.title = "missing";
  const link = checkResourceLink(draft.url);
  if (link) problems.url = link;
  return problems;
}

export function hasProblems(problems: ResourceProblems): boolean {
  return problems.title !== undefined || problems.url !== undefined;
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** Industries are kept in one text column, separated by semicolons (as volunteers' topics are). */
export function splitIndustries(value: unknown): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text(value).split(/[;\n]/u)) {
    const name = part.trim();
    if (name === "" || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/**
 * A list row read as a resource; null for a row without a title or a safe link (a row edited in
 * SharePoint by hand never reaches a student as a clickable unsafe link).
 */
export function resourceFromFields(
  itemId: string,
  etag: string | null,
  fields: Record<string, unknown>,
): ResourceRecord | null {
  const title = text(fields.Title);
  const url = text(fields.Link);
  if (title === "" || checkResourceLink(url) !== null) return null;
  const kind = RESOURCE_KINDS.find((k) => k === fields.Kind) ?? "guide";
  const language = RESOURCE_LANGUAGES.find((l) => l === fields.Language) ?? "both";
  return {
    itemId,
    etag,
    title,
    url,
    kind,
    industries: splitIndustries(fields.Industries),
    organisation: text(fields.Organisation),
    language,
  };
}

/** The columns a draft writes. */
export function resourceToFields(draft: ResourceDraft): Record<string, unknown> {
  return {
    Title: draft.title.trim(),
    Link: draft.url.trim(),
    Kind: draft.kind,
    Industries: splitIndustries(draft.industries.join(";")).join(";"),
    Organisation: draft.organisation.trim(),
    Language: draft.language,
  };
}

export function resourceDraftOf(record: ResourceRecord): ResourceDraft {
  const { title, url, kind, industries, organisation, language } = record;
  return { title, url, kind, industries: [...industries], organisation, language };
}

/** What is known of the contact a student is researching. */
export interface ResourceContext {
  /** The contact's company (Outlook's companyName, the volunteer's organisation). */
  organisation: string | null;
  /** The volunteer list's Industry, or the directory department when nothing better is known. */
  industries: readonly string[];
  locale: Locale;
}

/** Why a resource is suggested, best first. */
export type ResourceFit = "organisation" | "industry" | "general";

export interface SuggestedResource {
  resource: ResourceRecord;
  fit: ResourceFit;
}

/** Lower case, accents and punctuation folded, so "Santé" finds "sante" and "Co-op" finds "co op". */
export function foldName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The contact works at the resource's organisation: the same name, or the name followed by more
 * words ("Harbour Bank, Halifax branch" for "Harbour Bank") — never a shorter name ("Harbour").
 */
function sameOrganisation(resourceOrganisation: string, contactOrganisation: string): boolean {
  const [about, works] = [foldName(resourceOrganisation), foldName(contactOrganisation)];
  if (about === "" || works === "") return false;
  return works === about || works.startsWith(`${about} `);
}

function languageRank(language: ResourceLanguage, locale: Locale): number {
  const mine: ResourceLanguage = locale === "fr-CA" ? "fr" : "en";
  if (language === mine) return 0;
  if (language === "both") return 1;
  return 2;
}

const FIT_RANK: Record<ResourceFit, number> = { organisation: 0, industry: 1, general: 2 };

/**
 * The resources that suit the contact: about their organisation first, then about one of their
 * industries, then general ones (guides and directories about no organisation and no industry);
 * within each, the user's language
 * first, then bilingual, then the other one, then by title. Resources about another employer or
 * another industry are left out.
 */
export function suggestResources(
  resources: readonly ResourceRecord[],
  context: ResourceContext,
): SuggestedResource[] {
  const industries = new Set(context.industries.map(foldName).filter((name) => name !== ""));
  const collator = new Intl.Collator(context.locale, { sensitivity: "base" });
  const suggested: SuggestedResource[] = [];
  for (const resource of resources) {
    let fit: ResourceFit | null = null;
    if (
      resource.organisation !== "" &&
      context.organisation &&
      sameOrganisation(resource.organisation, context.organisation)
    ) {
      fit = "organisation";
    } else if (
      resource.organisation === "" &&
      resource.industries.some((name) => industries.has(foldName(name)))
    ) {
      fit = "industry";
    } else if (resource.organisation === "" && resource.industries.length === 0) {
      fit = "general";
    }
    if (fit) suggested.push({ resource, fit });
  }
  return suggested.sort(
    (a, b) =>
      FIT_RANK[a.fit] - FIT_RANK[b.fit] ||
      languageRank(a.resource.language, context.locale) -
        languageRank(b.resource.language, context.locale) ||
      collator.compare(a.resource.title, b.resource.title),
  );
}

/** Resources sorted for the advisors' list: by title. */
export function sortResources(resources: readonly ResourceRecord[]): ResourceRecord[] {
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  return [...resources].sort((a, b) => collator.compare(a.title, b.title));
}
