// The research notes of one interview for the view: text, save status, conflict choice.
import { useCallback, useEffect, useRef, useState } from "react";
import { pageOutbox } from "../outbox/indexedDbOutbox";
import type { NotesOutbox } from "../outbox/outbox";
import { useServices } from "../services";
import { interviewStoreFor } from "./interviewStore";
import { createNotesSession, type NotesSession, type NotesState } from "./notesSession";

/** What the research section renders and calls. */
export interface ResearchNotes extends NotesState {
  edit(text: string): void;
  keep(which: "mine" | "theirs"): void;
  retry(): void;
}

/**
 * Opens the notes of `contactId`: shows the pipeline's copy at once, then the server's (or the
 * outbox's unsent text), and autosaves as the user types.
 */
export function useResearchNotes(
  contactId: string,
  options: { outbox?: NotesOutbox; debounceMs?: number } = {},
): ResearchNotes {
  const { graph, now } = useServices();
  const outbox = options.outbox ?? pageOutbox();
  const { debounceMs } = options;
  const sessionRef = useRef<NotesSession | null>(null);
  const [state, setState] = useState<NotesState>({
    status: "loading",
    text: "",
    conflict: null,
    reason: null,
  });

  useEffect(() => {
    const store = interviewStoreFor(graph);
    const known = store.snapshot().interviews.find((i) => i.record.contactId === contactId);
    const session = createNotesSession({
      graph,
      contactId,
      outbox,
      now,
      ...(debounceMs !== undefined ? { debounceMs } : {}),
      ...(known ? { known: { notes: known.notes, etag: known.etag } } : {}),
      onChange: setState,
      onSaved: (notes, etag) => store.notesSaved(contactId, notes, etag),
    });
    sessionRef.current = session;
    setState(session.state);
    void session.start();
    return () => {
      session.dispose();
      sessionRef.current = null;
    };
  }, [graph, contactId, outbox, now, debounceMs]);

  const edit = useCallback((text: string) => sessionRef.current?.edit(text), []);
  const keep = useCallback((which: "mine" | "theirs") => void sessionRef.current?.keep(which), []);
  const retry = useCallback(() => void sessionRef.current?.flush(), []);
  return { ...state, edit, keep, retry };
}
