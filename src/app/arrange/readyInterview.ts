// The interview step 4 works on, once loaded.
import type { InterviewState } from "../interviews/useInterview";

/** A loaded interview: its contact and record. */
export type ReadyInterview = Extract<InterviewState, { status: "ready" }>;
