// The contact card's data: one $batch for profile, manager, reports, photo and working hours, kept
// for the page; the rest of the reporting line on demand.
import { useCallback, useEffect, useState } from "react";
import { graphReasonOf, type GraphReason } from "../../domain/graphReason";
import {
  FULL_PROFILE_PERMISSION,
  getContactCard,
  getManagerChain,
  type ContactCardData,
  type DirectoryPerson,
} from "../../graph/directory";
import type { GraphClient } from "../../graph/client";
import { GraphError, isAbortError } from "../../graph/errors";
import { useServices } from "../services";
import { interviewStoreFor } from "./interviewStore";

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

/** Cards this page has read, newest last: reopening one (or naming it another way) asks nothing. */
const cards = new WeakMap<GraphClient, Map<string, Promise<ContactCardData>>>();
/** Few enough that photos do not pile up in memory over a long session. */
const CARDS_KEPT = 12;

const cardKey = (idOrAddress: string) => idOrAddress.trim().toLowerCase();

function remember(graph: GraphClient, key: string, card: Promise<ContactCardData>): void {
  let kept = cards.get(graph);
  if (!kept) cards.set(graph, (kept = new Map()));
  kept.delete(key);
  kept.set(key, card);
  while (kept.size > CARDS_KEPT) kept.delete(kept.keys().next().value as string);
}

/**
 * The card for `idOrUpn`, from this page's earlier reads when it has one: by the same key, or by
 * the address when that read turns out to be the same person (a card first opened by address,
 * then by the directory id the interview record holds). Failures are not kept.
 */
function readCard(
  graph: GraphClient,
  idOrUpn: string,
  email: string | null,
  fresh: boolean,
  signal: AbortSignal,
): Promise<ContactCardData> {
  const kept = cards.get(graph);
  const same = fresh ? undefined : kept?.get(cardKey(idOrUpn));
  if (same) return same;
  const byAddress = fresh || !email ? undefined : kept?.get(cardKey(email));
  const read = () => {
    // Not the caller's signal: another view may take the same card from the cache.
    const pending = getContactCard(graph, idOrUpn, email ? { email } : {});
    remember(graph, cardKey(idOrUpn), pending);
    pending.then(
      (card) => card.profile.id && remember(graph, cardKey(card.profile.id), pending),
      () => cards.get(graph)?.delete(cardKey(idOrUpn)),
    );
    return pending;
  };
  const card = byAddress
    ? byAddress.then(
        (found) => (found.profile.id === idOrUpn ? found : read()),
        () => read(),
      )
    : read();
  return new Promise((resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    card.then(resolve, reject);
  });
}

/**
 * Reads the card of a directory person (by id or address) in one round trip, or from this page's
 * earlier reads. A newer person makes the view drop the older answer, so a quick change of
 * selection never shows the wrong card; "try again" reads afresh.
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
    readCard(graph, idOrUpn, email, attempt > 0, controller.signal).then(
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

/**
 * Starts reading My interviews as the card starts loading (when `enabled`), so the card's
 * "already in my interviews?" travels in the card's round trip instead of after it.
 */
export function useInterviewsBesideCard(enabled: boolean): void {
  const { graph, replayOutbox } = useServices();
  useEffect(() => {
    if (enabled) void interviewStoreFor(graph, undefined, replayOutbox).load();
  }, [graph, replayOutbox, enabled]);
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
