// My interviews: reading the pipeline from Outlook contacts and adding a contact once, with its
// record and prefilled notes.
import {
  decodeInterviewExtension,
  encodeInterviewExtension,
  type ContactSource,
  type InterviewRecord,
} from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import { addressKey } from "../../domain/person";
import { prefillResearchNotes, type ResearchFacts } from "../../domain/researchNotes";
import type { GraphClient } from "../../graph/client";
import {
  createInterviewContact,
  listInterviewContacts,
  type InterviewContact,
} from "../../graph/contacts";
import type { ExtensionData } from "../../graph/extensions";

/** One interview as the views use it: the domain record plus the notes and their etag. */
export interface Interview {
  record: InterviewRecord;
  notes: string;
  etag: string | null;
}

/** Reads an interview from its Outlook contact (a missing or damaged record reads as "found"). */
export function toInterview(contact: InterviewContact): Interview {
  const fields = decodeInterviewExtension(contact.record ?? {});
  const record: InterviewRecord = {
    ...fields,
    contactId: contact.id,
    displayName: contact.displayName,
    emailAddress: contact.email ?? "",
  };
  if (contact.companyName) record.organisation = contact.companyName;
  if (contact.jobTitle) record.jobTitle = contact.jobTitle;
  if (contact.department) record.department = contact.department;
  return { record, notes: contact.notes, etag: contact.etag };
}

/** Every interview in the "Information interviews" folder (one request per 100, plus the folder once). */
export async function loadInterviews(
  graph: GraphClient,
  signal?: AbortSignal,
): Promise<Interview[]> {
  return (await listInterviewContacts(graph, signal)).map(toInterview);
}

/** A person to add: from the directory, the volunteer list, or typed in by hand. */
export interface NewInterview {
  displayName: string;
  email?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  organisation?: string | null;
  officeLocation?: string | null;
  directoryId?: string | null;
  source: ContactSource;
  howWeMet?: string | null;
  /** Facts for the research notes beyond the fields above (reporting line, team, topics). */
  research?: Omit<ResearchFacts, "displayName">;
}

/** Added now, already there (no duplicate made), or refused before sending. */
export type AddInterviewResult =
  | { ok: true; created: boolean; interview: Interview }
  | { ok: false; reason: "too-large" | "no-name" };

/** The same person: same address, or (for people without one) the same name and organisation. */
export function findSamePerson(
  interviews: readonly Interview[],
  person: Pick<NewInterview, "displayName" | "email" | "organisation">,
): Interview | null {
  if (person.email?.trim()) {
    const key = addressKey(person.email);
    return interviews.find((i) => addressKey(i.record.emailAddress) === key) ?? null;
  }
  const name = person.displayName.trim().toLocaleLowerCase();
  const org = (person.organisation ?? "").trim().toLocaleLowerCase();
  return (
    interviews.find(
      (i) =>
        !i.record.emailAddress &&
        i.record.displayName.trim().toLocaleLowerCase() === name &&
        (i.record.organisation ?? "").trim().toLocaleLowerCase() === org,
    ) ?? null
  );
}

function splitName(displayName: string): { givenName?: string; surname?: string } {
  const words = displayName.trim().split(/\s+/u);
  if (words.length < 2) return {};
  return { givenName: words.slice(0, -1).join(" "), surname: words[words.length - 1] ?? "" };
}

/**
 * Adds a person to My interviews: an Outlook contact in the interview folder with the record
 * extension (stage "found", its source) and research notes prefilled from what is known. When the
 * person is already there — in `known` (no request at all) or on the server (the gateway looks the
 * address up first) — the existing interview comes back and nothing is created.
 */
export async function addInterview(
  graph: GraphClient,
  person: NewInterview,
  options: { locale: Locale; now: Date; known?: readonly Interview[]; signal?: AbortSignal },
): Promise<AddInterviewResult> {
  const displayName = person.displayName.trim();
  if (!displayName) return { ok: false, reason: "no-name" };
  const already = options.known ? findSamePerson(options.known, person) : null;
  if (already) return { ok: true, created: false, interview: already };

  const at = options.now.toISOString();
  const encoded = encodeInterviewExtension({
    stage: "found",
    source: person.source,
    stageChangedAt: at,
    ...(person.directoryId ? { directoryId: person.directoryId } : {}),
    ...(person.howWeMet?.trim() ? { howWeMet: person.howWeMet.trim() } : {}),
    questions: [],
    events: [],
    updatedAt: at,
  });
  if (!encoded.ok) return { ok: false, reason: "too-large" };
  // The gateway adds the extension's type and name itself.
  const data: ExtensionData = { ...encoded.value };
  delete data["@odata.type"];
  delete data.extensionName;
  const notes = prefillResearchNotes(
    {
      ...person.research,
      displayName,
      jobTitle: person.jobTitle ?? null,
      department: person.department ?? null,
      companyName: person.organisation ?? null,
      officeLocation: person.officeLocation ?? null,
      howWeMet: person.howWeMet ?? null,
    },
    options.locale,
  );
  const email = person.email?.trim();
  const result = await createInterviewContact(
    graph,
    {
      displayName,
      ...splitName(displayName),
      ...(email ? { email } : {}),
      ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
      ...(person.organisation ? { companyName: person.organisation } : {}),
      ...(person.department ? { department: person.department } : {}),
      notes,
      record: data,
    },
    options.signal,
  );
  if (!result.ok) return { ok: false, reason: "too-large" };
  return { ok: true, created: result.created, interview: toInterview(result.contact) };
}
