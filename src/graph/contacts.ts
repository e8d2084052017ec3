// Interview contacts: the "Information interviews" contact folder, its contacts, notes with etags,
// the record extension.
import type { Contact, ContactFolder } from "@microsoft/microsoft-graph-types";
import type { TooLargeRefusal } from "../domain/interview";
import { addressKey } from "../domain/person";
import type { GraphClient } from "./client";
import { writeChecked } from "./checkedWrite";
import { GraphError } from "./errors";
import {
  EXPAND_OUR_EXTENSION,
  type ExtensionData,
  type ExtensionWrite,
  findOurExtension,
  inlineExtension,
  mergeExtension,
  readExtension,
  WRITE_MARKER,
  writeExtension,
  writeMarkerOf,
} from "./extensions";
import { odataString } from "./directory";
import { collectPages, type GraphPage } from "./paging";

/** The folder's name in Outlook People (the product's word for it, in every locale). */
export const INTERVIEW_FOLDER_NAME = "Information interviews";

/** One interview contact as the product holds it. */
export interface InterviewContact {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  /** The first address, the one mail and invitations go to. */
  email: string | null;
  emails: string[];
  jobTitle: string | null;
  companyName: string | null;
  department: string | null;
  /** Research notes (Outlook's personalNotes). */
  notes: string;
  /** Concurrency token for notes updates (If-Match). */
  etag: string | null;
  /** Our record extension (stage, source, questions), when expanded and present. */
  record: ExtensionData | null;
}

/** $select for contact reads. */
export const CONTACT_FIELDS = [
  "id",
  "displayName",
  "givenName",
  "surname",
  "emailAddresses",
  "jobTitle",
  "companyName",
  "department",
  "personalNotes",
].join(",");

/** Maps a Graph contact to an InterviewContact. */
export function toInterviewContact(
  contact: Contact & { "@odata.etag"?: string },
): InterviewContact {
  const emails = (contact.emailAddresses ?? [])
    .map((address) => address.address ?? "")
    .filter((address) => address !== "");
  return {
    id: contact.id ?? "",
    displayName: contact.displayName ?? emails[0] ?? "",
    givenName: contact.givenName || null,
    surname: contact.surname || null,
    email: emails[0] ?? null,
    emails,
    jobTitle: contact.jobTitle || null,
    companyName: contact.companyName || null,
    department: contact.department || null,
    notes: contact.personalNotes ?? "",
    etag: contact["@odata.etag"] ?? null,
    record: findOurExtension((contact.extensions ?? []) as unknown as Record<string, unknown>[]),
  };
}

/** The path of one of the user's contacts (in any folder). */
const contactPath = (id: string) => `/me/contacts/${encodeURIComponent(id)}`;

const folderIds = new WeakMap<GraphClient, Promise<string>>();
/**
 * Clients that looked and found no folder this session: reads answer "none" without asking again,
 * and the first add creates it without another look (a folder made meanwhile elsewhere answers the
 * create with 409, and is then looked up).
 */
const foldersAbsent = new WeakSet<GraphClient>();

async function findFolder(client: GraphClient, signal?: AbortSignal): Promise<string | null> {
  const answer = await client.call<GraphPage<ContactFolder>>({
    method: "GET",
    path: "/me/contactFolders",
    query: {
      $filter: `displayName eq ${odataString(INTERVIEW_FOLDER_NAME)}`,
      $select: "id,displayName",
    },
    signal,
  });
  return answer.body.value?.[0]?.id ?? null;
}

/**
 * The id of the "Information interviews" contact folder, created on first use. Cached per client so
 * a session asks once. The create POST is never repeated blindly (a second folder would split the
 * pipeline): after an unclear failure the folder is looked up by name and created again only when
 * it is not there; a 409 (made meanwhile elsewhere) is looked up too.
 */
export function ensureInterviewFolder(client: GraphClient, signal?: AbortSignal): Promise<string> {
  const cached = folderIds.get(client);
  if (cached) return cached;
  const pending = (async () => {
    if (!foldersAbsent.has(client)) {
      const existing = await findFolder(client, signal);
      if (existing) return existing;
    }
    try {
      return await writeChecked(
        client,
        {
          send: async () => {
            const created = await client.call<ContactFolder>({
              method: "POST",
              path: "/me/contactFolders",
              body: { displayName: INTERVIEW_FOLDER_NAME },
              retry: "never",
              signal,
            });
            if (created.body.id) return created.body.id;
            throw new GraphError({
              status: 0,
              code: "folderMissing",
              message: "The contact folder has no id",
              requestId: null,
            });
          },
          check: () => findFolder(client, signal),
        },
        { signal },
      );
    } catch (error) {
      if (!(error instanceof GraphError && error.status === 409)) throw error;
      const again = await findFolder(client, signal);
      if (again) return again;
      throw error;
    }
  })();
  folderIds.set(client, pending);
  pending.then(
    () => foldersAbsent.delete(client),
    () => folderIds.delete(client),
  );
  return pending;
}

/**
 * The folder's id when it exists, without creating it: reading (a card, the pipeline) must not
 * change the user's mailbox. Only the first add creates the folder.
 */
async function existingInterviewFolder(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<string | null> {
  const cached = folderIds.get(client);
  if (cached) return cached.catch(() => findFolder(client, signal));
  if (foldersAbsent.has(client)) return null;
  const found = await findFolder(client, signal);
  if (found) folderIds.set(client, Promise.resolve(found));
  else foldersAbsent.add(client);
  return found;
}

/** Every interview contact with its record extension, all pages (none before the first add). */
export async function listInterviewContacts(
  client: GraphClient,
  signal?: AbortSignal,
): Promise<InterviewContact[]> {
  const folderId = await existingInterviewFolder(client, signal);
  if (!folderId) return [];
  const { items } = await collectPages<Contact>(
    client,
    {
      path: `/me/contactFolders/${encodeURIComponent(folderId)}/contacts`,
      query: { $select: CONTACT_FIELDS, $expand: EXPAND_OUR_EXTENSION, $top: 100 },
    },
    { signal },
  );
  return items.map(toInterviewContact);
}

/** The interview contact with this address (any of its addresses), or null. */
export async function findContactByEmail(
  client: GraphClient,
  email: string,
  signal?: AbortSignal,
): Promise<InterviewContact | null> {
  const folderId = await existingInterviewFolder(client, signal);
  if (!folderId) return null;
  const answer = await client.call<GraphPage<Contact>>({
    method: "GET",
    path: `/me/contactFolders/${encodeURIComponent(folderId)}/contacts`,
    query: {
      $filter: `emailAddresses/any(a:a/address eq ${odataString(email.trim())})`,
      $select: CONTACT_FIELDS,
      $expand: EXPAND_OUR_EXTENSION,
    },
    signal,
  });
  const wanted = addressKey(email);
  const match = (answer.body.value ?? [])
    .map(toInterviewContact)
    .find((contact) => contact.emails.some((a) => addressKey(a) === wanted));
  return match ?? null;
}

/** A person to add to the pipeline. */
export interface NewInterviewContact {
  displayName: string;
  givenName?: string;
  surname?: string;
  email?: string;
  jobTitle?: string;
  companyName?: string;
  department?: string;
  notes?: string;
  record?: ExtensionData;
}

/** The contact, and whether it was created now or already there. */
export type CreateContactResult =
  { ok: true; created: boolean; contact: InterviewContact } | TooLargeRefusal;

/**
 * The contact in the folder that one create stored: by address, or (for people without one) by
 * name and the create's marker in the record extension. Null when there is none.
 */
async function findCreatedContact(
  client: GraphClient,
  folderId: string,
  input: NewInterviewContact,
  marker: string,
  signal?: AbortSignal,
): Promise<InterviewContact | null> {
  if (input.email) return findContactByEmail(client, input.email, signal);
  const answer = await client.call<GraphPage<Contact>>({
    method: "GET",
    path: `/me/contactFolders/${encodeURIComponent(folderId)}/contacts`,
    query: {
      $filter: `displayName eq ${odataString(input.displayName)}`,
      $select: CONTACT_FIELDS,
      $expand: EXPAND_OUR_EXTENSION,
    },
    signal,
  });
  const found = (answer.body.value ?? []).find(
    (contact) =>
      writeMarkerOf((contact.extensions ?? []) as unknown as Record<string, unknown>[]) === marker,
  );
  return found ? toInterviewContact(found) : null;
}

/**
 * Adds a contact to the interview folder unless one with the same address is already there (then
 * that one is returned, `created: false`). The record extension is created inline, with a marker
 * of this create. The POST is never repeated blindly: after a lost answer the contact is looked up
 * (address, or name and marker) and posted again only when it is not there.
 */
export async function createInterviewContact(
  client: GraphClient,
  input: NewInterviewContact,
  signal?: AbortSignal,
): Promise<CreateContactResult> {
  if (input.email) {
    const existing = await findContactByEmail(client, input.email, signal);
    if (existing) return { ok: true, created: false, contact: existing };
  }
  const marker = crypto.randomUUID();
  const record = input.record ? { ...input.record, [WRITE_MARKER]: marker } : null;
  // Refused for size before the folder is made or the contact posted.
  const inline = record ? inlineExtension(record) : null;
  if (inline && !inline.ok) return inline;
  const folderId = await ensureInterviewFolder(client, signal);
  const body: Record<string, unknown> = { displayName: input.displayName };
  if (input.givenName) body.givenName = input.givenName;
  if (input.surname) body.surname = input.surname;
  if (input.email) body.emailAddresses = [{ address: input.email, name: input.displayName }];
  if (input.jobTitle) body.jobTitle = input.jobTitle;
  if (input.companyName) body.companyName = input.companyName;
  if (input.department) body.department = input.department;
  if (input.notes) body.personalNotes = input.notes;
  if (inline) body.extensions = inline.extensions;
  const contact = await writeChecked(
    client,
    {
      send: async () => {
        const answer = await client.call<Contact>({
          method: "POST",
          path: `/me/contactFolders/${encodeURIComponent(folderId)}/contacts`,
          body,
          retry: "never",
          signal,
        });
        const created = toInterviewContact(answer.body);
        // The POST's answer may leave out the inline extension: it is what was sent.
        return { ...created, record: created.record ?? input.record ?? null };
      },
      check: () => findCreatedContact(client, folderId, input, marker, signal),
    },
    { signal },
  );
  // A POST's answer carries what the view needs (notes, etag); a found one was read just now.
  if (contact.etag !== null) rememberCreated(client, contact);
  return { ok: true, created: true, contact };
}

/**
 * Contacts this client created in the last few seconds, as the POST answered them: the view that
 * opens right after an add (its research notes) reads the contact from here instead of asking
 * Graph again for what it was just told. Taken once, and only by a reader that says so.
 */
const justCreated = new WeakMap<
  GraphClient,
  Map<string, { contact: InterviewContact; at: number }>
>();

/** How long a created contact may be read from its POST's answer. */
const FRESH_MS = 10_000;

function rememberCreated(client: GraphClient, contact: InterviewContact): void {
  const created = justCreated.get(client) ?? new Map();
  justCreated.set(client, created);
  created.set(contact.id, { contact, at: client.clock.now() });
}

function takeCreated(client: GraphClient, id: string): InterviewContact | null {
  const created = justCreated.get(client);
  const entry = created?.get(id);
  created?.delete(id);
  return entry && client.clock.now() - entry.at <= FRESH_MS ? entry.contact : null;
}

/**
 * Reads one contact with its record. `justCreated`: the caller's page created it a moment ago
 * and nothing has written it since, so the create's own answer (kept a few seconds) is the
 * contact — no request.
 */
export async function getInterviewContact(
  client: GraphClient,
  id: string,
  signal?: AbortSignal,
  options: { justCreated?: boolean } = {},
): Promise<InterviewContact> {
  const fresh = options.justCreated ? takeCreated(client, id) : null;
  if (fresh) return fresh;
  const answer = await client.call<Contact>({
    method: "GET",
    path: contactPath(id),
    query: { $select: CONTACT_FIELDS, $expand: EXPAND_OUR_EXTENSION },
    signal,
  });
  return toInterviewContact(answer.body);
}

/** Saved, or someone (another device, Outlook itself) changed the contact first. */
export type NotesUpdate =
  | { ok: true; contact: InterviewContact }
  | { ok: false; reason: "conflict"; server: InterviewContact };

/**
 * Saves research notes only if the contact is unchanged since `etag` was read. On 412 the current
 * server version comes back so the UI can offer to merge instead of overwriting — unless it holds
 * exactly these notes: then an earlier try whose answer was lost stored them (its new etag is what
 * made this try fail), and the save counts as done. The PATCH is not retried by the client: the
 * notes' autosave tries again (showing the text kept on this device), and its next try lands here.
 */
export async function updateNotes(
  client: GraphClient,
  id: string,
  notes: string,
  etag: string | null,
  signal?: AbortSignal,
): Promise<NotesUpdate> {
  justCreated.get(client)?.delete(id);
  try {
    const answer = await client.call<Contact>({
      method: "PATCH",
      path: contactPath(id),
      headers: etag ? { "If-Match": etag } : undefined,
      body: { personalNotes: notes },
      retry: "never",
      signal,
    });
    const updated = toInterviewContact(answer.body ?? {});
    return { ok: true, contact: { ...updated, id: updated.id || id, notes } };
  } catch (error) {
    if (error instanceof GraphError && error.status === 412) {
      const server = await getInterviewContact(client, id, signal);
      if (server.notes === notes) return { ok: true, contact: server };
      return { ok: false, reason: "conflict", server };
    }
    throw error;
  }
}

/** The record extension on a contact, or null. */
export function readContactRecord(
  client: GraphClient,
  contactId: string,
  signal?: AbortSignal,
): Promise<ExtensionData | null> {
  return readExtension(client, contactPath(contactId), signal);
}

/** Merges changes into a contact's record extension (read, merge, write: PATCH replaces all). */
export function mergeContactRecord(
  client: GraphClient,
  contactId: string,
  changes: ExtensionData,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  justCreated.get(client)?.delete(contactId);
  return mergeExtension(client, contactPath(contactId), changes, signal);
}

/**
 * Writes `data` as the whole record extension on a contact (created when `exists` is false, else
 * replaced), for callers that already read and merged; refused for size before any request.
 */
export function writeContactRecord(
  client: GraphClient,
  contactId: string,
  data: ExtensionData,
  exists: boolean,
  signal?: AbortSignal,
): Promise<ExtensionWrite> {
  justCreated.get(client)?.delete(contactId);
  return writeExtension(client, contactPath(contactId), data, exists, signal);
}
