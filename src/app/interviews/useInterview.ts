// A section's hold on one interview: the contact and its extension, loaded once, saved via Graph.
import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { InterviewExtensionFields } from "../../domain/interview";
import type { InterviewContact } from "../../graph/contacts";
import { isTransientFailure } from "../../graph/errors";
import { interviewStoreFor } from "./interviewStore";
import { toInterview } from "./interviews";
import { useServices } from "../services";
import { failureReason, wasCancelled } from "../failure";
import {
  knownRecord,
  loadInterview,
  updateInterviewExtension,
  type ExtensionUpdate,
} from "./interviewExtension";

export type { InterviewContact };

const FIRST_RELOAD_MS = 1000;
const MAX_AUTO_RELOADS = 4;

/** Loading, the loaded interview, or why it could not be read. */
export type InterviewState =
  | { status: "loading" }
  | { status: "error"; reason: GraphReason }
  | { status: "ready"; contact: InterviewContact; record: InterviewExtensionFields };

/** The interview, a way to change its record (one write over the page's copy), and a reload. */
export interface InterviewHandle {
  state: InterviewState;
  update(
    change: (current: InterviewExtensionFields) => InterviewExtensionFields,
  ): Promise<ExtensionUpdate>;
  /** Shows a record already written (a booking's round trip wrote it with the event). */
  show(record: InterviewExtensionFields): void;
  reload(): void;
}

/**
 * Loads the contact `contactId` with its record extension. A transient failure (offline, throttled,
 * unavailable) is shown and read again by itself, up to four times with growing waits.
 */
export function useInterview(contactId: string): InterviewHandle {
  const { graph } = useServices();
  const [state, setState] = useState<InterviewState>({ status: "loading" });
  const [version, setVersion] = useState(0);
  const contactRef = useRef<InterviewContact | null>(null);

  /** Automatic reloads since the last good read (a transient failure is read again, a few times). */
  const autoReloadsRef = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | null = null;
    loadInterview(graph, contactId, controller.signal).then(
      ({ contact, record }) => {
        contactRef.current = contact;
        autoReloadsRef.current = 0;
        setState({ status: "ready", contact, record });
      },
      (error: unknown) => {
        if (wasCancelled(error)) return;
        setState({ status: "error", reason: failureReason(error) });
        // A dropped connection or a throttle the gateway gave up on passes: read again by itself,
        // so a section that only needs the record (the thank-you) does not stay stuck.
        if (isTransientFailure(error) && autoReloadsRef.current < MAX_AUTO_RELOADS) {
          const delay = FIRST_RELOAD_MS * 2 ** autoReloadsRef.current;
          autoReloadsRef.current += 1;
          timer = setTimeout(() => setVersion((v) => v + 1), delay);
        }
      },
    );
    return () => {
      controller.abort();
      if (timer !== null) clearTimeout(timer);
    };
  }, [graph, contactId, version]);

  /** Shows a record this page has just written (here or in a booking's round trip). */
  const show = useCallback(
    (record: InterviewExtensionFields) => {
      const contact = contactRef.current;
      if (!contact) return;
      setState({ status: "ready", contact, record });
      // My interviews (the pipeline) follows the new stage without reading the folder again.
      const store = interviewStoreFor(graph);
      const data = knownRecord(graph, contactId);
      if (store.snapshot().status === "ready" && data !== undefined) {
        store.upsert(toInterview({ ...contact, record: data }));
      }
    },
    [graph, contactId],
  );

  const update = useCallback(
    async (change: (current: InterviewExtensionFields) => InterviewExtensionFields) => {
      const result = await updateInterviewExtension(graph, contactId, change);
      if (result.ok) show(result.record);
      return result;
    },
    [graph, contactId, show],
  );

  const reload = useCallback(() => {
    autoReloadsRef.current = 0;
    setVersion((v) => v + 1);
  }, []);
  return { state, update, show, reload };
}
