// The interview step 4 works on, once loaded.
import type { InterviewState } from "../questions/useInterview";

/** A loaded interview: its contact and record. */
export type ReadyInterview = Extract<InterviewState, { status: "ready" }>;
