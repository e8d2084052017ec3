// The contact card's data: one $batch for profile, manager, reports, photo and working hours; the
// rest of the reporting line on demand.
import { useCallback, useEffect, useState } from "react";
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import {
  FULL_PROFILE_PERMISSION,
  getContactCard,
  getManagerChain,
  type ContactCardData,
  type DirectoryPerson,
} from "../../graph/directory";
import { GraphError, isAbortError } from "../../graph/errors";
import { useServices } from "../services";

export type { ContactCardData, DirectoryPerson } from "../../graph/directory";

/** The card, loading, or why not. */
export type ContactCardState =
  | { status: "loading" }
  | { status: "ready"; card: ContactCardData }
  | { status: "error"; reason: GraphReason };

function reasonOf(error: unknown): GraphReason {
  return error instanceof GraphError
    ? graphReasonOf(error, FULL_PROFILE_PERMISSION)
    : { kind: "unknown", status: 0, code: String(error) };
}

/**
 * Reads the card of a directory person (by id or address) in one round trip. A newer person
 * cancels the older read, so a quick change of selection never shows the wrong card.
 */
export function useContactCard(
  idOrUpn: string | null,
  email: string | null,
): ContactCardState & { retry: () => void } {
  const { graph } = useServices();
  const [state, setState] = useState<ContactCardState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!idOrUpn) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    getContactCard(graph, idOrUpn, {
      ...(email ? { email } : {}),
      signal: controller.signal,
    }).then(
      (card) => !controller.signal.aborted && setState({ status: "ready", card }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: "error", reason: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [graph, idOrUpn, email, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

/** The reporting line above the direct manager, read when the user asks for it. */
export type ReportingLineState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; above: DirectoryPerson[] }
  | { status: "error"; reason: GraphReason };

/** Reads the managers above `managerId` up to the top of the organisation (at most 12 levels). */
export function useReportingLine(
  managerId: string | null,
): ReportingLineState & { load: () => void } {
  const { graph } = useServices();
  const [state, setState] = useState<ReportingLineState>({ status: "idle" });
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    setState({ status: "idle" });
    setWanted(false);
  }, [managerId]);
  useEffect(() => {
    if (!wanted || !managerId) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    getManagerChain(graph, managerId, 12, controller.signal).then(
      (above) => !controller.signal.aborted && setState({ status: "ready", above }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: "error", reason: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [graph, managerId, wanted]);
  const load = useCallback(() => setWanted(true), []);
  return { ...state, load };
}
