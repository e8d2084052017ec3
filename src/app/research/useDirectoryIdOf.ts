// Which directory person an interview is about, from the page's copy of My interviews when it has one.
import { useEffect, useState, useSyncExternalStore } from "react";
import { loadInterview } from "../interviews/interviewExtension";
import { interviewStoreFor } from "../interviews/interviewStore";
import { useServices } from "../services";

/**
 * The directory id of interview `contactId`: null for a contact added by hand, undefined while
 * unknown. My interviews (already read when the view was opened from the list, or just added to)
 * answers without a request; otherwise the interview is read once, in the same round trip as the
 * section's own read of it.
 */
export function useDirectoryIdOf(contactId: string): string | null | undefined {
  const { graph, replayOutbox } = useServices();
  const store = interviewStoreFor(graph, undefined, replayOutbox);
  const list = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  const listed = list.interviews.find((i) => i.record.contactId === contactId);
  const [read, setRead] = useState<{ contactId: string; directoryId: string | null } | null>(null);
  const mustRead = !listed && list.status !== "loading";
  useEffect(() => {
    if (!mustRead) return;
    const controller = new AbortController();
    loadInterview(graph, contactId, controller.signal).then(
      ({ record }) => setRead({ contactId, directoryId: record.directoryId ?? null }),
      // The research notes beside it say what went wrong with the interview itself.
      () => !controller.signal.aborted && setRead({ contactId, directoryId: null }),
    );
    return () => controller.abort();
  }, [graph, contactId, mustRead]);
  if (listed) return listed.record.directoryId ?? null;
  return read?.contactId === contactId ? read.directoryId : undefined;
}
