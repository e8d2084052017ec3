// Whether the student shares their takeaway counts with the career centre, the switch that changes
// it, and keeping a shared row up to date each time "What I've learned" is read.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { sameCounts, type TakeawayCounts } from "../../domain/takeawayCounts";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";
import { userKeyFor } from "../userKey";
import {
  countsList,
  readOwnCounts,
  shareCounts,
  stopSharingCounts,
  studentKey,
  updateSharedCounts,
  type SharedRow,
} from "./sharedCounts";

/** What the view shows about sharing. */
export type SharedCountsState =
  | { status: "unavailable" }
  | { status: "loading" }
  | { status: "error"; reason: GraphReason }
  | { status: "off" }
  | { status: "on"; shared: TakeawayCounts | null; countedAt: Date | null };

export interface SharedCountsModel {
  state: SharedCountsState;
  /** A switch change or an update in flight. */
  busy: boolean;
  /** Why the last change or update failed (nothing else changed); null otherwise. */
  changeFailed: GraphReason | null;
  setSharing: (on: boolean) => void;
  retry: () => void;
}

const PERMISSION = "Sites.Selected";

/**
 * `counts` are this read's counts (null until "What I've learned" has read the calendar). With
 * the deployment's counts list, the student's row is read once; when it exists and says something
 * else, it is brought up to date. Nothing is written unless the student turned sharing on.
 */
export function useSharedCounts(counts: TakeawayCounts | null): SharedCountsModel {
  const { graph, config, now } = useServices();
  const list = useMemo(() => countsList(config.sharePoint), [config.sharePoint]);
  const [rows, setRows] = useState<SharedRow[] | null>(null);
  const [readFailed, setReadFailed] = useState<GraphReason | null>(null);
  const [busy, setBusy] = useState(false);
  const [changeFailed, setChangeFailed] = useState<GraphReason | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const keyOf = useCallback(async () => {
    key.current ??= await studentKey(await userKeyFor(graph).get());
    return key.current;
  }, [graph]);

  useEffect(() => {
    if (!list) return;
    const controller = new AbortController();
    keyOf()
      .then((k) => readOwnCounts(graph, list, k, controller.signal))
      .then(
        (found) => {
          setRows(found);
          setReadFailed(null);
        },
        (error: unknown) => {
          if (!wasCancelled(error) && !controller.signal.aborted) {
            setReadFailed(failureReason(error, PERMISSION));
          }
        },
      );
    return () => controller.abort();
  }, [graph, keyOf, list, attempt]);

  // A shared row that says something else than the calendar now does is brought up to date, once
  // per difference (a failed update waits for "Try again" rather than repeating on every render).
  const first = rows?.[0];
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (!list || !counts || !first) return;
    if (first.counts && sameCounts(first.counts, counts)) return;
    const wanted = `${first.row.id}\u0000${JSON.stringify(counts)}\u0000${attempt}`;
    if (tried.current === wanted) return;
    tried.current = wanted;
    setBusy(true);
    keyOf()
      .then((k) => updateSharedCounts(graph, list, first, k, counts, now()))
      .then(
        (updated) => {
          if (!mounted.current) return;
          setRows((current) => [updated, ...(current ?? []).slice(1)]);
          setChangeFailed(null);
        },
        (error: unknown) => {
          if (mounted.current) setChangeFailed(failureReason(error, PERMISSION));
        },
      )
      .finally(() => {
        if (mounted.current) setBusy(false);
      });
  }, [list, counts, first, attempt, graph, keyOf, now]);

  const setSharing = useCallback(
    (on: boolean) => {
      if (!list || !rows || busy) return;
      if (on && (rows.length > 0 || !counts)) return;
      setBusy(true);
      setChangeFailed(null);
      const change = on
        ? keyOf()
            .then((k) => shareCounts(graph, list, k, counts as TakeawayCounts, now()))
            .then((row) => [row])
        : stopSharingCounts(graph, list, rows).then(() => []);
      change
        .then(setRows, (error: unknown) => setChangeFailed(failureReason(error, PERMISSION)))
        .finally(() => setBusy(false));
    },
    [list, rows, busy, counts, keyOf, graph, now],
  );

  const retry = useCallback(() => {
    setReadFailed(null);
    setChangeFailed(null);
    setAttempt((n) => n + 1);
  }, []);

  const state: SharedCountsState = !list
    ? { status: "unavailable" }
    : readFailed && !rows
      ? { status: "error", reason: readFailed }
      : !rows
        ? { status: "loading" }
        : first
          ? { status: "on", shared: first.counts, countedAt: first.countedAt }
          : { status: "off" };
  return { state, busy, changeFailed, setSharing, retry };
}
