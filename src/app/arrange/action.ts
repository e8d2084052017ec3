// One button's action in step 4: idle, running, done with its result, or failed with why.
import { useCallback, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { failureReason } from "../failure";

/** Why an action failed: what Graph said, or a record or event too large to write. */
export type ActionReason = GraphReason;

/** Progress of one action: idle, running, done (with its result) or failed (with why). */
export type Action<T = true> =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; result: T }
  | { status: "error"; reason: ActionReason };

/** How an action's work ended when it did not throw. */
export type Settled<T> = Extract<Action<T>, { status: "done" | "error" }>;

/** A write Graph refused as too large: said as such, not as a failure to reach Graph. */
export const tooLarge = { status: "error", reason: { kind: "too-large" } } as const;

/**
 * The state of one action and a way to run it: busy while `work` runs, then what it settled on; a
 * throw becomes the reason it failed (naming `permission` when consent is missing).
 */
export function useAction<T>(
  permission: string,
): [Action<T>, (work: () => Promise<Settled<T>>) => Promise<void>] {
  const [action, setAction] = useState<Action<T>>({ status: "idle" });
  const run = useCallback(
    async (work: () => Promise<Settled<T>>) => {
      setAction({ status: "busy" });
      try {
        setAction(await work());
      } catch (error) {
        setAction({ status: "error", reason: failureReason(error, permission) });
      }
    },
    [permission],
  );
  return [action, run];
}
