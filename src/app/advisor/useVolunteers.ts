// The advisor tab's volunteer state: the list, this month's load, the funnel, who may edit, and
// every edit action.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import {
  funnelCounts,
  type BookingRecord,
  type FunnelCounts,
} from "../../domain/volunteers/bookings";
import { parseVolunteerCsv, type VolunteerImport } from "../../domain/volunteers/csvImport";
import { volunteerLoads, type VolunteerLoad } from "../../domain/volunteers/load";
import type { VolunteerDraft, VolunteerRecord } from "../../domain/volunteers/record";
import { validateVolunteer, type VolunteerProblem } from "../../domain/volunteers/validation";
import { addressKey } from "../../domain/person";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";
import { probeListAccess, type ListAccess } from "../../graph/lists";
import {
  addVolunteer,
  importVolunteers,
  readBookings,
  readCentreTimeZone,
  readVolunteers,
  removeVolunteer,
  saveVolunteer,
  type VolunteerSave,
} from "./volunteerList";

/** An edit's outcome as the form needs it. */
export type EditOutcome =
  | { kind: "saved"; record: VolunteerRecord }
  | { kind: "invalid"; problems: VolunteerProblem[] }
  | { kind: "conflict"; mine: VolunteerDraft; theirs: VolunteerRecord | null }
  | { kind: "failed"; reason: GraphReason };

/** What an import did. */
export type ImportResult =
  | { kind: "imported"; count: number }
  | { kind: "partial"; count: number; reason: GraphReason }
  | { kind: "refused"; errors: Extract<VolunteerImport, { ok: false }>["errors"] };

/** Everything the advisor tab shows and does. */
export interface VolunteersModel {
  status: "loading" | "ready" | "error" | "unconfigured";
  reason: GraphReason | null;
  volunteers: VolunteerRecord[];
  bookings: BookingRecord[];
  loads: VolunteerLoad[];
  funnel: FunnelCounts;
  /** Null until the probe answered: editing controls wait for it. */
  access: ListAccess | null;
  timeZone: string | null;
  reload: () => void;
  add: (draft: VolunteerDraft) => Promise<EditOutcome>;
  save: (record: VolunteerRecord, draft: VolunteerDraft) => Promise<EditOutcome>;
  remove: (record: VolunteerRecord) => Promise<GraphReason | null>;
  /** Checks a whole file against the list; nothing is written. */
  previewImport: (csv: string) => VolunteerImport;
  /** Re-checks, then writes every row; a file with any bad line writes nothing. */
  runImport: (csv: string) => Promise<ImportResult>;
}

function takenExcept(volunteers: readonly VolunteerRecord[], itemId: string | null): Set<string> {
  return new Set(
    volunteers.filter((v) => v.itemId !== itemId && v.email).map((v) => addressKey(v.email)),
  );
}

function toOutcome(result: VolunteerSave): EditOutcome {
  return result.ok
    ? { kind: "saved", record: result.record }
    : { kind: "conflict", mine: result.conflict.mine, theirs: result.conflict.theirs };
}

/** Loads both lists, the centre's time zone and the write probe; exposes the edits. */
export function useVolunteers(): VolunteersModel {
  const { graph, config, now, user } = useServices();
  const address = user?.userPrincipalName ?? null;
  const sharePoint = config.sharePoint;
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const [status, setStatus] = useState<VolunteersModel["status"]>(
    sharePoint ? "loading" : "unconfigured",
  );
  const [reason, setReason] = useState<GraphReason | null>(null);
  const [volunteers, setVolunteers] = useState<VolunteerRecord[]>([]);
  const [bookings, setBookings] = useState<BookingRecord[]>([]);
  const [access, setAccess] = useState<ListAccess | null>(null);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const latest = useRef(volunteers);
  latest.current = volunteers;

  useEffect(() => {
    if (!sharePoint) return;
    const controller = new AbortController();
    const { signal } = controller;
    setStatus((s) => (s === "ready" ? s : "loading"));
    (async () => {
      try {
        const [list, booked, zone] = await Promise.all([
          readVolunteers(graph, sharePoint, signal),
          // Without the booking log the list still works; the load view says it is empty.
          readBookings(graph, sharePoint, signal).catch((error: unknown) => {
            if (wasCancelled(error)) throw error;
            return [] as BookingRecord[];
          }),
          readCentreTimeZone(graph, address, now(), signal),
        ]);
        if (signal.aborted) return;
        setVolunteers(list);
        setBookings(booked);
        setTimeZone(zone);
        setReason(null);
        setStatus("ready");
        // An empty list has no row to probe: read-only until a row gives a real answer.
        const probeItem = list[0]?.itemId ?? null;
        const granted = await probeListAccess(
          graph,
          sharePoint.siteId,
          sharePoint.lists.volunteers,
          probeItem,
          signal,
        ).catch((error: unknown) => {
          if (wasCancelled(error)) throw error;
          // An unclear answer shows the read-only view: a refused edit later would lose typing.
          return "read" as const;
        });
        if (!signal.aborted) setAccess(granted);
      } catch (error) {
        if (wasCancelled(error) || signal.aborted) return;
        setReason(failureReason(error, "Sites.Read.All"));
        setStatus("error");
      }
    })();
    return () => controller.abort();
  }, [graph, sharePoint, attempt, address, now]);

  const loads = useMemo(
    () => (timeZone ? volunteerLoads(volunteers, bookings, now(), timeZone) : []),
    [volunteers, bookings, timeZone, now],
  );
  const funnel = useMemo(() => funnelCounts(bookings), [bookings]);

  const replace = (record: VolunteerRecord) =>
    setVolunteers((list) => {
      const others = list.filter((v) => v.itemId !== record.itemId);
      return [...others, record].sort((a, b) =>
        a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
      );
    });

  const add = useCallback(
    async (draft: VolunteerDraft): Promise<EditOutcome> => {
      if (!sharePoint) return { kind: "failed", reason: { kind: "not-found" } };
      const problems = validateVolunteer(draft, takenExcept(latest.current, null));
      if (problems.length > 0) return { kind: "invalid", problems };
      try {
        const record = await addVolunteer(graph, sharePoint, draft);
        replace(record);
        return { kind: "saved", record };
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.ReadWrite.All") };
      }
    },
    [graph, sharePoint],
  );

  const save = useCallback(
    async (record: VolunteerRecord, draft: VolunteerDraft): Promise<EditOutcome> => {
      if (!sharePoint) return { kind: "failed", reason: { kind: "not-found" } };
      const problems = validateVolunteer(draft, takenExcept(latest.current, record.itemId));
      if (problems.length > 0) return { kind: "invalid", problems };
      try {
        const outcome = toOutcome(await saveVolunteer(graph, sharePoint, record, draft));
        if (outcome.kind === "saved") replace(outcome.record);
        if (outcome.kind === "conflict" && outcome.theirs) replace(outcome.theirs);
        return outcome;
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.ReadWrite.All") };
      }
    },
    [graph, sharePoint],
  );

  const remove = useCallback(
    async (record: VolunteerRecord): Promise<GraphReason | null> => {
      if (!sharePoint) return { kind: "not-found" };
      try {
        if ((await removeVolunteer(graph, sharePoint, record)) === "conflict") {
          // Show the colleague's version; the advisor can decide again with it in view.
          reload();
          return { kind: "conflict" };
        }
        setVolunteers((list) => list.filter((v) => v.itemId !== record.itemId));
        return null;
      } catch (error) {
        return failureReason(error, "Sites.ReadWrite.All");
      }
    },
    [graph, sharePoint, reload],
  );

  const previewImport = useCallback(
    (csv: string) => parseVolunteerCsv(csv, takenExcept(latest.current, null)),
    [],
  );

  const runImport = useCallback(
    async (csv: string): Promise<ImportResult> => {
      const checked = parseVolunteerCsv(csv, takenExcept(latest.current, null));
      if (!checked.ok) return { kind: "refused", errors: checked.errors };
      if (!sharePoint) return { kind: "partial", count: 0, reason: { kind: "not-found" } };
      const { written, failure } = await importVolunteers(graph, sharePoint, checked.drafts);
      setVolunteers((list) =>
        [...list, ...written].sort((a, b) =>
          a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
        ),
      );
      return failure === null
        ? { kind: "imported", count: written.length }
        : {
            kind: "partial",
            count: written.length,
            reason: failureReason(failure, "Sites.ReadWrite.All"),
          };
    },
    [graph, sharePoint],
  );

  return {
    status,
    reason,
    volunteers,
    bookings,
    loads,
    funnel,
    access,
    timeZone,
    reload,
    add,
    save,
    remove,
    previewImport,
    runImport,
  };
}
