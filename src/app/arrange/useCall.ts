// Calling a contact: "I called" (or opening Teams' call link) is kept on the record as calledAt.
import { useCallback, useState } from "react";
import type { InterviewExtensionFields } from "../../domain/interview";
import { advanceStage } from "../../domain/pipeline";
import { interviewStoreFor } from "../interviews/interviewStore";
import { updateInterviewExtension } from "../interviews/interviewExtension";
import { useServices } from "../services";
import { useAction, tooLarge, type Action } from "./action";

/** The record once the contact was called: the call's time, and at least stage "requested". */
export function recordCalled(
  record: InterviewExtensionFields,
  now: Date,
): InterviewExtensionFields {
  const stamp = now.toISOString();
  const stage = advanceStage(record.stage, { type: "contact-called" });
  return {
    ...record,
    ...(stage !== record.stage ? { stage, stageChangedAt: stamp } : {}),
    calledAt: stamp,
    updatedAt: stamp,
  };
}

/** The call's state: when it was last recorded, and the progress of recording it. */
export interface CallModel {
  /** The recorded call (this page's, or the one the record already held). */
  calledAt: string | null;
  recording: Action<string>;
  /** Records a call now; the pipeline then counts it as a sent request. */
  markCalled(): Promise<void>;
}

/** Calls to the interview `contactId`; `recorded` is the call the loaded record holds. */
export function useCall(contactId: string, recorded: string | null): CallModel {
  const { graph, now } = useServices();
  const [calledAt, setCalledAt] = useState<string | null>(null);
  const [recording, run] = useAction<string>("Contacts.ReadWrite");
  const markCalled = useCallback(
    () =>
      run(async () => {
        const result = await updateInterviewExtension(graph, contactId, (record) =>
          recordCalled(record, now()),
        );
        if (!result.ok) return tooLarge;
        const stamp = result.record.calledAt ?? now().toISOString();
        setCalledAt(stamp);
        // My interviews follows the new stage and call without reading the folder again.
        const store = interviewStoreFor(graph);
        const state = store.snapshot();
        const listed = state.interviews.find((i) => i.record.contactId === contactId);
        if (state.status === "ready" && listed) {
          store.upsert({ ...listed, record: { ...listed.record, ...result.record } });
        }
        return { status: "done", result: stamp };
      }),
    [run, graph, contactId, now],
  );
  return { calledAt: calledAt ?? recorded, recording, markCalled };
}
