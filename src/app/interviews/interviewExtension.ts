// One interview's contact and its record extension: load both; update it with one read and write.
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
  return { contact, record: decodeInterviewExtension(contact.record) };
}

/** Saved (the record as now stored), or refused for size before anything was written. */
export type ExtensionUpdate =
  { ok: true; record: InterviewExtensionFields; data: ExtensionData } | TooLargeRefusal;

/**
 * Changes the record extension on a contact: reads the stored value once, applies `change` to it
 * (so another device's stage or events are never overwritten with stale ones), and writes the
 * whole back — an open-extension PATCH replaces every property. Two requests; properties this
 * version does not know are kept.
 */
export async function updateInterviewExtension(
  graph: GraphClient,
  contactId: string,
  change: (current: InterviewExtensionFields) => InterviewExtensionFields,
  signal?: AbortSignal,
): Promise<ExtensionUpdate> {
  const raw = await readContactRecord(graph, contactId, signal);
  const next = change(decodeInterviewExtension(raw));
  const encoded = encodeInterviewExtension(next);
  if (!encoded.ok) return refuseTooLarge(encoded.error);
  // Optional fields the change removed must not survive from the stored copy.
  const optional = new Set(["stageChangedAt", "referredBy", "howWeMet", "thankYou", "directoryId"]);
  const kept = Object.entries(raw ?? {}).filter(
    ([key]) => !optional.has(key) || key in encoded.value,
  );
  const data: ExtensionData = { ...Object.fromEntries(kept), ...extensionData(encoded.value) };
  const written = await writeContactRecord(graph, contactId, data, raw !== null, signal);
  if (!written.ok) return written;
  return { ok: true, record: decodeInterviewExtension(data), data };
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
