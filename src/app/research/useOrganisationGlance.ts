// The glance's state for one directory contact: read once per page and contact, retried on demand.
import { useCallback, useEffect, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { OrganisationGlance } from "../../domain/organisation";
import type { GraphClient } from "../../graph/client";
import { FULL_PROFILE_PERMISSION } from "../../graph/directory";
import { getOrganisationGlance } from "../../graph/organisation";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";

/** Loading, the glance, or why it could not be read. */
export type OrganisationGlanceState =
  | { status: "loading" }
  | { status: "ready"; glance: OrganisationGlance }
  | { status: "error"; reason: GraphReason };

/**
 * Glances this page has read, by contact and locale: switching between sections and back asks
 * nothing again (the directory changes slowly). Failures are not kept.
 */
const kept = new WeakMap<GraphClient, Map<string, Promise<OrganisationGlance>>>();

function readGlance(
  graph: GraphClient,
  directoryId: string,
  locale: string,
  fresh: boolean,
  departmentHint: string | null,
): Promise<OrganisationGlance> {
  let cache = kept.get(graph);
  if (!cache) kept.set(graph, (cache = new Map()));
  const key = `${locale}|${directoryId.toLowerCase()}`;
  const known = fresh ? undefined : cache.get(key);
  if (known) return known;
  // Not the view's signal: a view closed mid-read leaves the answer for the next one.
  const pending = getOrganisationGlance(graph, directoryId, locale, undefined, departmentHint);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/**
 * Reads the glance of `directoryId`; `departmentHint` (the department the interview copied) lets
 * the department's titles travel in the first round trip.
 */
export function useOrganisationGlance(
  directoryId: string | null,
  locale: string,
  departmentHint: string | null = null,
): OrganisationGlanceState & { retry: () => void } {
  const { graph } = useServices();
  const [state, setState] = useState<OrganisationGlanceState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!directoryId) return;
    let current = true;
    setState({ status: "loading" });
    readGlance(graph, directoryId, locale, attempt > 0, departmentHint).then(
      (glance) => current && setState({ status: "ready", glance }),
      (error: unknown) => {
        if (!current || wasCancelled(error)) return;
        setState({ status: "error", reason: failureReason(error, FULL_PROFILE_PERMISSION) });
      },
    );
    return () => {
      current = false;
    };
  }, [graph, directoryId, locale, attempt, departmentHint]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
