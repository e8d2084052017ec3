// One interview's contact and its record extension: load both; change the record in one write over
// the copy this page knows.
import {
  decodeInterviewExtension,
  encodeInterviewExtension,
  refuseTooLarge,
  type InterviewExtensionFields,
  type TooLargeRefusal,
} from "../../domain/interview";
import { advanceStage, type StageEvent } from "../../domain/pipeline";
import type { GraphClient } from "../../graph/client";
import {
  getInterviewContact,
  readContactRecord,
  writeContactRecord,
  type InterviewContact,
} from "../../graph/contacts";
import { extensionData, type ExtensionData } from "../../graph/extensions";

/** A contact as the interview sections need it: the Outlook contact and its decoded record. */
export interface LoadedInterview {
  contact: InterviewContact;
  record: InterviewExtensionFields;
}

/** Reads the contact with its record extension expanded (one request). */
export async function loadInterview(
  graph: GraphClient,
  contactId: string,
  signal?: AbortSignal,
): Promise<LoadedInterview> {
  const contact = await getInterviewContact(graph, contactId, signal);
  rememberRecord(graph, contactId, contact.record);
  return { contact, record: decodeInterviewExtension(contact.record) };
}

/** Saved (the record as now stored), or refused for size before anything was written. */
export type ExtensionUpdate =
  { ok: true; record: InterviewExtensionFields; data: ExtensionData } | TooLargeRefusal;

/** A record write made ready: the whole extension to write, and the record it holds. */
export type PreparedRecord =
  | { ok: true; record: InterviewExtensionFields; data: ExtensionData; exists: boolean }
  | TooLargeRefusal;

/**
 * Applies `change` to the stored extension `raw` (null: the contact has none) and gives the whole
 * extension to write back — an open-extension PATCH replaces every property, so properties this
 * version does not know are kept, and optional fields the change removed are dropped. Pure.
 */
export function prepareRecordWrite(
  raw: ExtensionData | null,
  change: (current: InterviewExtensionFields) => InterviewExtensionFields,
): PreparedRecord {
  const next = change(decodeInterviewExtension(raw));
  const encoded = encodeInterviewExtension(next);
  if (!encoded.ok) return refuseTooLarge(encoded.error);
  const optional = new Set(["stageChangedAt", "referredBy", "howWeMet", "thankYou", "directoryId"]);
  const kept = Object.entries(raw ?? {}).filter(
    ([key]) => !optional.has(key) || key in encoded.value,
  );
  const data: ExtensionData = { ...Object.fromEntries(kept), ...extensionData(encoded.value) };
  return { ok: true, record: decodeInterviewExtension(data), data, exists: raw !== null };
}

/**
 * The record extension of each contact as this page last read or wrote it, per client: a view's
 * change is applied to it and written in one request (no read first). A change made on another
 * device since this page read the record is overwritten; the page reads it again whenever a view
 * opens, so that window is the time a section stays open.
 */
const knownRecords = new WeakMap<GraphClient, Map<string, ExtensionData | null>>();

function known(graph: GraphClient): Map<string, ExtensionData | null> {
  let map = knownRecords.get(graph);
  if (!map) {
    map = new Map();
    knownRecords.set(graph, map);
  }
  return map;
}

/** Remembers a record this page read or wrote (what the next change applies to). */
export function rememberRecord(graph: GraphClient, contactId: string, raw: ExtensionData | null) {
  known(graph).set(contactId, raw);
}

/** The record this page knows for a contact; undefined when it has not read it. */
export function knownRecord(
  graph: GraphClient,
  contactId: string,
): ExtensionData | null | undefined {
  return known(graph).get(contactId);
}

/** Writes per contact run one after another, each over the record the one before left. */
const queues = new WeakMap<GraphClient, Map<string, Promise<unknown>>>();

function queued<T>(graph: GraphClient, contactId: string, work: () => Promise<T>): Promise<T> {
  const map = queues.get(graph) ?? new Map<string, Promise<unknown>>();
  queues.set(graph, map);
  const run = (map.get(contactId) ?? Promise.resolve()).then(work, work);
  map.set(
    contactId,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Changes the record extension on a contact. When this page knows the record (a view read it),
 * the change is applied to that copy and written in one request; otherwise the stored value is
 * read first (two requests). Writes of one contact run in order. Properties this version does not
 * know are kept.
 */
export function updateInterviewExtension(
  graph: GraphClient,
  contactId: string,
  change: (current: InterviewExtensionFields) => InterviewExtensionFields,
  signal?: AbortSignal,
): Promise<ExtensionUpdate> {
  return queued(graph, contactId, async () => {
    const remembered = knownRecord(graph, contactId);
    const raw =
      remembered === undefined ? await readContactRecord(graph, contactId, signal) : remembered;
    const prepared = prepareRecordWrite(raw, change);
    if (!prepared.ok) return prepared;
    // Nothing changed (the stage was already moved, in another write's round trip): no request.
    if (raw !== null && JSON.stringify(prepared.data) === JSON.stringify(raw)) {
      return { ok: true, record: prepared.record, data: prepared.data };
    }
    const written = await writeContactRecord(
      graph,
      contactId,
      prepared.data,
      prepared.exists,
      signal,
    );
    if (!written.ok) return written;
    rememberRecord(graph, contactId, prepared.data);
    return { ok: true, record: prepared.record, data: prepared.data };
  });
}

/** Runs a write that carries the contact's record some other way (a booking's `$batch`) in order. */
export function inRecordOrder<T>(
  graph: GraphClient,
  contactId: string,
  work: () => Promise<T>,
): Promise<T> {
  return queued(graph, contactId, work);
}

/**
 * Applies a pipeline event to the record's stage with the domain's rules (stages move forward
 * only: a booked contact stays booked when the user edits questions again), stamping when it moved.
 */
export function advanceExtensionStage(
  record: InterviewExtensionFields,
  event: StageEvent,
  now: Date,
): InterviewExtensionFields {
  const stage = advanceStage(record.stage, event);
  if (stage === record.stage) return record;
  return { ...record, stage, stageChangedAt: now.toISOString() };
}
