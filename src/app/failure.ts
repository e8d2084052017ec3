// Turns whatever a Graph call threw into a reason the views can explain (offline, consent…).
import type { GraphReason } from "../domain/graphReason";
import { graphReasonOf } from "../domain/graphReason";
import { GraphError, isAbortError } from "../graph/errors";

/** The reason behind a failed call; unknown throwables count as an unknown failure. */
export function failureReason(error: unknown, permission?: string): GraphReason {
  if (error instanceof GraphError) return graphReasonOf(error, permission);
  return { kind: "unknown", status: 0, code: error instanceof Error ? error.name : "error" };
}

/** True for a cancelled request (a superseded load): not a failure to show. */
export function wasCancelled(error: unknown): boolean {
  return isAbortError(error);
}
