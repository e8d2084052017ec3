// The coach's verdicts: what the UI receives for an entry, and what the rules say of a clause.

/** Whether a question invites a story (open) or a one-word answer (closed). */
export type QuestionKind = "open" | "closed";

/** Why the coach flagged a question; machine codes the UI translates. */
export type QuestionReason =
  | "yes-no"
  | "either-or"
  | "tag-question"
  | "leading"
  | "asks-for-job"
  | "asks-to-pass-resume"
  | "too-short"
  | "multiple-questions";

/** The coach's verdict on one entry of the question editor. */
export interface QuestionAssessment {
  kind: QuestionKind;
  /** An open rewrite that keeps the topic; present when the entry is closed. */
  suggestion?: string;
  /** Every reason that applies, in a stable order; empty when the question is fine. */
  reasons: QuestionReason[];
}

/** What the rules concluded about one question clause. */
export interface ClauseVerdict {
  kind: QuestionKind;
  reasons: QuestionReason[];
  /** The rewritten clause, without its question mark. */
  rewrite?: string;
  leading?: boolean;
}

/** An open clause, or one whose shape the rules do not know: the coach stays quiet. */
export const OPEN: ClauseVerdict = { kind: "open", reasons: [] };

/**
 * A maker of closed verdicts for one clause: every one carries whether the clause was asked in a
 * leading (negative) way, so each rule only says its rewrite and, when not yes/no, its reason.
 */
export function closedVerdicts(
  leading: boolean,
): (rewrite: string | undefined, reason?: QuestionReason) => ClauseVerdict {
  return (rewrite, reason = "yes-no") => ({ kind: "closed", reasons: [reason], rewrite, leading });
}
