// The career centre's totals of the takeaway counts students share: every row's numbers summed,
// read with the number columns only (no key, no date), shown once enough students share.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import {
  TAKEAWAY_NUMBER_COLUMNS,
  centreTotals,
  countsFromFields,
  type CentreTotals,
} from "../../domain/takeawayCounts";
import { listRows } from "../../graph/lists";
import { failureReason, wasCancelled } from "../failure";
import { countsList } from "../learned/sharedCounts";
import { useServices } from "../services";

export type TakeawayTotalsState =
  | { status: "unavailable" }
  | { status: "loading" }
  | { status: "error"; reason: GraphReason }
  | { status: "ready"; totals: CentreTotals };

/** Reads the list when the load view opens, and again on `reload`. */
export function useTakeawayTotals(): TakeawayTotalsState & { reload: () => void } {
  const { graph, config } = useServices();
  const list = useMemo(() => countsList(config.sharePoint), [config.sharePoint]);
  const [state, setState] = useState<TakeawayTotalsState>(
    list ? { status: "loading" } : { status: "unavailable" },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!list) return;
    const controller = new AbortController();
    listRows(graph, list.siteId, list.listId, TAKEAWAY_NUMBER_COLUMNS, {
      signal: controller.signal,
    }).then(
      (rows) =>
        setState({
          status: "ready",
          totals: centreTotals(rows.map((row) => countsFromFields(row.fields))),
        }),
      (error: unknown) => {
        if (!wasCancelled(error) && !controller.signal.aborted) {
          setState({ status: "error", reason: failureReason(error, "Sites.Selected") });
        }
      },
    );
    return () => controller.abort();
  }, [graph, list, attempt]);
  const reload = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload };
}
