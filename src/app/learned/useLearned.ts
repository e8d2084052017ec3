// The student's takeaways across all interviews, as the "What I've learned" view reads them.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { gatherLearned, type LearnedMeeting, type LearnedSummary } from "../../domain/learned";
import { useInterviews } from "../interviews/interviewStore";
import { failureReason, wasCancelled } from "../failure";
import { useQuestionBank } from "../questions/useQuestionBank";
import { useServices } from "../services";
import { loadLearnedMeetings } from "./loadLearned";

/** Still reading, could not read (and why), or the summary. */
export type LearnedState =
  | { status: "loading" }
  | { status: "error"; reason: GraphReason }
  | { status: "ready"; summary: LearnedSummary };

/**
 * My interviews (the page's shared copy), then every linked meeting's prep sheet, grouped by the
 * merged bank's themes (the built-in bank until the career centre's list answers). Nothing is
 * written and nothing leaves the student's mailbox. `retry` reads again after a failure.
 */
export function useLearned(): LearnedState & { retry: () => void } {
  const { graph } = useServices();
  const interviews = useInterviews();
  const bank = useQuestionBank();
  const [meetings, setMeetings] = useState<
    | { status: "loading" }
    | { status: "error"; reason: GraphReason }
    | { status: "ready"; meetings: LearnedMeeting[] }
  >({ status: "loading" });
  const [version, setVersion] = useState(0);
  const list = interviews.status === "ready" ? interviews.interviews : null;

  useEffect(() => {
    if (!list) return;
    const controller = new AbortController();
    loadLearnedMeetings(graph, list, controller.signal).then(
      (found) => setMeetings({ status: "ready", meetings: found }),
      (error: unknown) => {
        if (!wasCancelled(error)) {
          setMeetings({ status: "error", reason: failureReason(error, "Calendars.ReadWrite") });
        }
      },
    );
    return () => controller.abort();
  }, [graph, list, version]);

  const { reload } = interviews;
  const retry = useCallback(() => {
    setMeetings({ status: "loading" });
    if (interviews.status === "error") reload();
    else setVersion((v) => v + 1);
  }, [interviews.status, reload]);

  const summary = useMemo(
    () => (meetings.status === "ready" ? gatherLearned(meetings.meetings, bank.questions) : null),
    [meetings, bank.questions],
  );
  const state: LearnedState =
    interviews.status === "error" && interviews.reason
      ? { status: "error", reason: interviews.reason }
      : summary
        ? { status: "ready", summary }
        : meetings.status === "error"
          ? meetings
          : { status: "loading" };
  return { ...state, retry };
}
