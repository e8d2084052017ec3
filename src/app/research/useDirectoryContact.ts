// Which directory person an interview is about, from the page's copy of My interviews when it has one.
import { useEffect, useState, useSyncExternalStore } from "react";
import { loadInterview } from "../interviews/interviewExtension";
import { interviewStoreFor } from "../interviews/interviewStore";
import { useServices } from "../services";

/** A directory contact: their directory id and the department the interview copied at the add. */
export interface DirectoryContact {
  directoryId: string;
  department: string | null;
}

/**
 * The directory person of interview `contactId`: null for a contact added by hand, undefined while
 * unknown. My interviews (already read when the view was opened from the list, or just added to)
 * answers without a request; otherwise the interview is read once, in the same round trip as the
 * section's own read of it.
 */
export function useDirectoryContact(contactId: string): DirectoryContact | null | undefined {
  const { graph, replayOutbox } = useServices();
  const store = interviewStoreFor(graph, undefined, replayOutbox);
  const list = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  const listed = list.interviews.find((i) => i.record.contactId === contactId);
  const [read, setRead] = useState<{ contactId: string; found: DirectoryContact | null } | null>(
    null,
  );
  const mustRead = !listed && list.status !== "loading";
  useEffect(() => {
    if (!mustRead) return;
    const controller = new AbortController();
    loadInterview(graph, contactId, controller.signal).then(
      ({ record }) => setRead({ contactId, found: directoryContact(record) }),
      // The research notes beside it say what went wrong with the interview itself.
      () => !controller.signal.aborted && setRead({ contactId, found: null }),
    );
    return () => controller.abort();
  }, [graph, contactId, mustRead]);
  if (listed) return directoryContact(listed.record);
  return read?.contactId === contactId ? read.found : undefined;
}

function directoryContact(record: {
  directoryId?: string;
  department?: string;
}): DirectoryContact | null {
  return record.directoryId
    ? { directoryId: record.directoryId, department: record.department ?? null }
    : null;
}
