// The research notes of one interview for the view: text, save status, conflict choice.
import { useCallback } from "react";
import { useAutosave } from "../autosave/useAutosave";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox } from "../outbox/outbox";
import { useServices } from "../services";
import { interviewStoreFor } from "./interviewStore";
import { createNotesSession, type NotesState } from "./notesSession";

/** What the research section renders and calls. */
export interface ResearchNotes extends NotesState {
  edit(text: string): void;
  keep(which: "mine" | "theirs"): void;
  retry(): void;
}

const LOADING: NotesState = { status: "loading", text: "", conflict: null, reason: null };

/**
 * Opens the notes of `contactId`: shows the pipeline's copy at once, then the server's (or the
 * outbox's unsent text), and autosaves as the user types.
 */
export function useResearchNotes(
  contactId: string,
  options: { outbox?: NotesOutbox; debounceMs?: number } = {},
): ResearchNotes {
  const { graph, now } = useServices();
  const outbox = options.outbox ?? pageOutbox(graph);
  const { debounceMs } = options;
  const create = useCallback(
    (onChange: (state: NotesState) => void) => {
      const store = interviewStoreFor(graph);
      const known = store.snapshot().interviews.find((i) => i.record.contactId === contactId);
      return createNotesSession({
        graph,
        contactId,
        outbox,
        now,
        ...(debounceMs !== undefined ? { debounceMs } : {}),
        ...(known ? { known: { notes: known.notes, etag: known.etag } } : {}),
        justAdded: store.takeJustAdded(contactId),
        onChange,
        onSaved: (notes, etag) => store.notesSaved(contactId, notes, etag),
      });
    },
    [graph, contactId, outbox, now, debounceMs],
  );
  const [state, sessionRef] = useAutosave(create, LOADING);

  const edit = useCallback((text: string) => sessionRef.current?.edit(text), [sessionRef]);
  const keep = useCallback(
    (which: "mine" | "theirs") => void sessionRef.current?.keep(which),
    [sessionRef],
  );
  const retry = useCallback(() => void sessionRef.current?.flush(), [sessionRef]);
  return { ...state, edit, keep, retry };
}
