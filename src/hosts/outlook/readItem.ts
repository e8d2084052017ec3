// Turns the current Outlook item (message read/compose, appointment organizer/attendee) into a
// HostItem.
import type { MailPerson } from "../../domain/person";
import type { HostItem } from "../types";
import type { OfficeEmailAddress, OfficeItem, OfficeMailbox } from "./officeApi";
import { callOffice, isAsyncField, readField } from "./promisify";

function toPerson(address: OfficeEmailAddress | undefined | null): MailPerson | null {
  if (!address?.emailAddress) return null;
  return {
    displayName: address.displayName?.trim() || address.emailAddress,
    emailAddress: address.emailAddress,
  };
}

function toPeople(addresses: OfficeEmailAddress[] | undefined): MailPerson[] {
  return (addresses ?? []).map(toPerson).filter((p): p is MailPerson => p !== null);
}

function toIso(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Graph wants REST ids; read-mode Outlook gives EWS ids. Convert where the host can (Outlook on
 * the web and desktop); a simulated Office hands out REST ids already.
 */
function toRestId(mailbox: OfficeMailbox, itemId: string | undefined): string | null {
  if (!itemId) return null;
  return mailbox.convertToRestId ? mailbox.convertToRestId(itemId, "v2.0") : itemId;
}

async function composeItemId(mailbox: OfficeMailbox, item: OfficeItem): Promise<string | null> {
  if (item.itemId) return toRestId(mailbox, item.itemId);
  if (!item.getItemIdAsync) return null;
  // A new, unsaved appointment has no id yet: Office fails the call, which is not an error for us.
  const id = await callOffice<string>((cb) => item.getItemIdAsync?.(cb)).catch(() => null);
  return id ? toRestId(mailbox, id) : null;
}

/** Reads the item the task pane is open on. */
export async function readOutlookItem(mailbox: OfficeMailbox | undefined): Promise<HostItem> {
  const item = mailbox?.item;
  if (!mailbox || !item) return { kind: "none" };
  const subject = (await readField(item.subject)) ?? "";
  if (item.itemType === "appointment") {
    const organizerIsComposing = isAsyncField(item.organizer) || isAsyncField(item.start);
    const [organizer, required, optional, start, end] = await Promise.all([
      readField(item.organizer),
      readField(item.requiredAttendees),
      readField(item.optionalAttendees),
      readField(item.start),
      readField(item.end),
    ]);
    return {
      kind: "appointment",
      role: organizerIsComposing ? "organizer" : "attendee",
      itemId: organizerIsComposing
        ? await composeItemId(mailbox, item)
        : toRestId(mailbox, item.itemId),
      subject,
      organizer: toPerson(organizer),
      attendees: [...toPeople(required), ...toPeople(optional)],
      start: toIso(start),
      end: toIso(end),
    };
  }
  if (isAsyncField(item.to)) {
    const [to, cc] = await Promise.all([readField(item.to), readField(item.cc)]);
    return { kind: "message-compose", subject, to: toPeople(to), cc: toPeople(cc) };
  }
  const [from, to, cc] = await Promise.all([
    readField(item.from),
    readField(item.to),
    readField(item.cc),
  ]);
  return {
    kind: "message-read",
    itemId: toRestId(mailbox, item.itemId),
    subject,
    from: toPerson(from),
    to: toPeople(to),
    cc: toPeople(cc),
  };
}
