// Type-ahead people search: debounced, one request pair per settled query, older answers never
// shown over newer ones.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { mergeSearchResults, type FoundPerson, type SearchFilters } from "../../domain/search";
import { isAbortError } from "../../graph/errors";
import { useServices } from "../services";
import { searchPeople, searchFailure } from "./searchPeople";
import { loadVolunteers } from "./volunteers";

/** What the find list shows. `results` stay on screen while a newer query loads. */
export interface FindState {
  /** Runs the current query again (after an error). */
  retry: () => void;
  status: "loading" | "ready" | "error" | "offline";
  results: FoundPerson[];
  /** The query the results answer. */
  answered: string | null;
  reason: GraphReason | null;
  limited: boolean;
  relevanceMissing: boolean;
  volunteersMissing: boolean;
}

/** Pause after the last keystroke before asking Graph. */
export const SEARCH_DEBOUNCE_MS = 300;

function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}

/**
 * Runs the search for `text` and `filters`. Each settled query gets a sequence number and an
 * AbortSignal: a newer query aborts the older request, and an answer that arrives anyway is
 * dropped unless it is the newest, so a slow stale answer never overwrites a fresh one.
 */
export function useFindPeople(
  text: string,
  filters: SearchFilters,
  options: { debounceMs?: number } = {},
): FindState {
  const { graph, config, now } = useServices();
  const debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
  const sequence = useRef(0);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<Omit<FindState, "retry">>({
    status: "loading",
    results: [],
    answered: null,
    reason: null,
    limited: false,
    relevanceMissing: false,
    volunteersMissing: false,
  });
  const filterKey = JSON.stringify(filters);
  const stableFilters = useMemo(() => JSON.parse(filterKey) as SearchFilters, [filterKey]);

  // Coming back online re-runs the current query.
  const [onlineTick, setOnlineTick] = useState(0);
  useEffect(() => {
    const again = () => setOnlineTick((n) => n + 1);
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
  }, []);

  // A connection that drops while the browser still says "online" fires no online event, and a
  // busy Graph says nothing when it is free again: look again on our own, sooner first, then at
  // most every 30 s, until an answer comes ("Try again" stays for the impatient).
  const offlineTries = useRef(0);

  useEffect(() => {
    const mine = ++sequence.current;
    const controller = new AbortController();
    let lookAgain: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ ...s, status: "loading" }));
    const run = async () => {
      if (isOffline()) {
        setState((s) => ({ ...s, status: "offline", reason: { kind: "offline" } }));
        return;
      }
      try {
        const [people, volunteers] = await Promise.all([
          searchPeople(graph, { text, filters: stableFilters, signal: controller.signal }),
          loadVolunteers(graph, config.sharePoint, now()),
        ]);
        if (mine !== sequence.current) return;
        offlineTries.current = 0;
        setState({
          status: "ready",
          results: mergeSearchResults({
            text,
            filters: stableFilters,
            directory: people.directory,
            relevant: people.relevant,
            volunteers: volunteers.volunteers,
            bookingsThisMonth: volunteers.bookingsThisMonth,
          }),
          answered: text,
          reason: null,
          limited: people.limited,
          relevanceMissing: people.relevanceMissing,
          volunteersMissing: config.sharePoint !== null && !volunteers.available,
        });
      } catch (error) {
        if (mine !== sequence.current || isAbortError(error)) return;
        const reason = searchFailure(error);
        // Graph busy (throttled, 5xx) or a dropped connection: a read can always be asked again.
        if ((reason.kind === "offline" && !isOffline()) || reason.kind === "throttled") {
          const wait = reason.kind === "throttled" ? (reason.retryAfterMs ?? 0) : 0;
          const delay = Math.max(wait, Math.min(30_000, 2_000 * 2 ** offlineTries.current));
          offlineTries.current += 1;
          lookAgain = setTimeout(() => setOnlineTick((n) => n + 1), delay);
        }
        setState((s) => ({
          ...s,
          status: reason.kind === "offline" ? "offline" : "error",
          reason,
        }));
      }
    };
    const timer = setTimeout(() => void run(), text.trim() === "" ? 0 : debounceMs);
    return () => {
      clearTimeout(timer);
      clearTimeout(lookAgain);
      controller.abort();
    };
  }, [graph, config.sharePoint, now, text, stableFilters, debounceMs, onlineTick, attempt]);

  return { ...state, retry };
}
