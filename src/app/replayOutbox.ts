// Sends notes and prep sheets left in the outbox by an earlier page (a closed pane, a lost network)
// as soon as Graph answers.
import type { GraphClient } from "../graph/client";
import { createNotesSession } from "./interviews/notesSession";
import { eventIdOfOutboxKey, replayPendingSheet } from "./meeting/prepSession";
import type { NotesOutbox } from "./outbox/outbox";
import { contactIdOfPracticeKey, replayPendingPractice } from "./practice/practiceSession";

/**
 * Replays every unsent note and meeting sheet of the signed-in user (the outbox holds only theirs),
 * one at a time (the mailbox allows few requests in flight). Each goes through the same session as
 * typing does, so a version changed elsewhere in the meantime is kept as a conflict for the user to
 * settle, never overwritten. An entry whose contact or event Graph says is gone (404) is dropped and
 * reported to `onDropped`. Returns how many were saved.
 */
export async function replayPendingOutbox(
  graph: GraphClient,
  outbox: NotesOutbox,
  now: () => Date,
  onSaved?: (contactId: string, notes: string, etag: string | null) => void,
  onDropped?: (key: string) => void,
): Promise<number> {
  let saved = 0;
  for (const entry of await outbox.all().catch(() => [])) {
    // The same outbox holds meetings' prep sheets (takeaways): they go to their event, not a contact.
    const eventId = eventIdOfOutboxKey(entry.contactId);
    if (eventId !== null) {
      const outcome = await replayPendingSheet(graph, outbox, now, eventId);
      if (outcome === "saved") saved += 1;
      if (outcome === "gone") onDropped?.(entry.contactId);
      continue;
    }
    // Practice notes go to the contact's record, never to its notes.
    const practiceOf = contactIdOfPracticeKey(entry.contactId);
    if (practiceOf !== null) {
      const outcome = await replayPendingPractice(graph, outbox, now, practiceOf);
      if (outcome === "saved") saved += 1;
      if (outcome === "gone") onDropped?.(entry.contactId);
      continue;
    }
    // The session's start() holds the page's lock on these notes: a research view opened
    // meanwhile waits for it (or it for the view), so the notes are sent once.
    await replayOne(entry.contactId);
  }
  return saved;

  async function replayOne(contactId: string): Promise<void> {
    const session = createNotesSession({
      graph,
      contactId,
      outbox,
      now,
      onSaved: (notes, etag) => {
        saved += 1;
        onSaved?.(contactId, notes, etag);
      },
    });
    await session.start();
    session.dispose();
    // The contact was deleted (in Outlook, or on another device): the notes have no home left.
    if (session.state.reason?.kind === "not-found") {
      await outbox.remove(contactId).catch(() => undefined);
      onDropped?.(contactId);
    }
  }
}
