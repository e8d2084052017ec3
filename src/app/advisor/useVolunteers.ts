// The advisor tab's volunteer state: the list, advisors' notes, this month's load (and the counts
// students see), the funnel, the user's role, and every edit action.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import {
  funnelCounts,
  type BookingRecord,
  type FunnelCounts,
} from "../../domain/volunteers/bookings";
import { parseVolunteerCsv, type VolunteerImport } from "../../domain/volunteers/csvImport";
import { storedLoads, volunteerLoads, type VolunteerLoad } from "../../domain/volunteers/load";
import type { VolunteerDraft, VolunteerRecord } from "../../domain/volunteers/record";
import { validateVolunteer, type VolunteerProblem } from "../../domain/volunteers/validation";
import { addressKey } from "../../domain/person";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";
import { readCentreRole, type CentreRole } from "../../graph/sites/roles";
import type { VolunteerNote } from "../../domain/volunteers/notes";
import {
  addVolunteer,
  importVolunteers,
  readBookings,
  readCentreTimeZone,
  readNotes,
  readVolunteers,
  removeVolunteer,
  saveVolunteer,
  storeBookingCounts,
  writeNotes,
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
  /**
   * Read from Graph before anything shows: editors get the editing tools, readers the notes
   * without tools, students neither (their browser never asks for the notes).
   */
  role: CentreRole | null;
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

/** Advisors' notes merged into the records they belong to. */
function withNotes(
  list: readonly VolunteerRecord[],
  notes: ReadonlyMap<string, VolunteerNote>,
): VolunteerRecord[] {
  return list.map((v) => ({ ...v, advisorNotes: notes.get(v.itemId)?.notes ?? "" }));
}

/** Loads the role first, then the lists the role may read, and the centre's time zone. */
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
  const [role, setRole] = useState<CentreRole | null>(null);
  const notes = useRef(new Map<string, VolunteerNote>());
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
        const found = await readCentreRole(graph, sharePoint, signal);
        const advisor = found !== "student";
        const editor = found === "editor";
        const [list, booked, zone, noteRows] = await Promise.all([
          readVolunteers(graph, sharePoint, signal),
          // Without the booking log the list still works; the load view says it is empty.
          editor
            ? readBookings(graph, sharePoint, signal).catch((error: unknown) => {
                if (wasCancelled(error)) throw error;
                return [] as BookingRecord[];
              })
            : Promise.resolve([] as BookingRecord[]),
          readCentreTimeZone(graph, address, now(), signal),
          // Students never ask for advisors' notes.
          advisor ? readNotes(graph, sharePoint, signal) : Promise.resolve(new Map()),
        ]);
        if (signal.aborted) return;
        notes.current = noteRows;
        setVolunteers(withNotes(list, noteRows));
        setBookings(booked);
        setTimeZone(zone);
        setRole(found);
        setReason(null);
        setStatus("ready");
      } catch (error) {
        if (wasCancelled(error) || signal.aborted) return;
        setReason(failureReason(error, "Sites.Selected"));
        setStatus("error");
      }
    })();
    return () => controller.abort();
  }, [graph, sharePoint, attempt, address, now]);

  // Editors count from the bookings; everyone else (who reads only their own bookings) sees the
  // count an editor last stored.
  const loads = useMemo(() => {
    if (role !== "editor") return storedLoads(volunteers);
    return timeZone ? volunteerLoads(volunteers, bookings, now(), timeZone) : [];
  }, [role, volunteers, bookings, timeZone, now]);
  const funnel = useMemo(() => funnelCounts(bookings), [bookings]);

  // Editors keep the count students see in step with the bookings: when the tab opens and after
  // every change to the list. Only differing counts are written, so this settles at once.
  useEffect(() => {
    if (!sharePoint || role !== "editor" || !timeZone || loads.length === 0) return;
    let live = true;
    storeBookingCounts(graph, sharePoint, latest.current, loads, now())
      .then((updated) => {
        if (!live || updated.length === 0) return;
        const fresh = new Map(updated.map((r) => [r.itemId, r]));
        setVolunteers((list) =>
          list.map((v) => {
            const row = fresh.get(v.itemId);
            return row ? { ...row, advisorNotes: v.advisorNotes } : v;
          }),
        );
      })
      // A refused or failed count leaves students a stale number; the next visit tries again.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [graph, sharePoint, role, timeZone, loads, now]);

  /** Saves the notes beside a saved volunteer; the volunteer with its notes comes back. */
  const keepNotes = useCallback(
    async (record: VolunteerRecord, text: string): Promise<VolunteerRecord> => {
      if (!sharePoint) return record;
      const note = await writeNotes(
        graph,
        sharePoint,
        record,
        text,
        notes.current.get(record.itemId),
      );
      if (note) notes.current.set(record.itemId, note);
      return { ...record, advisorNotes: note?.notes ?? "" };
    },
    [graph, sharePoint],
  );

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
        const record = await keepNotes(
          await addVolunteer(graph, sharePoint, draft),
          draft.advisorNotes,
        );
        replace(record);
        return { kind: "saved", record };
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.Selected") };
      }
    },
    [graph, sharePoint, keepNotes],
  );

  const save = useCallback(
    async (record: VolunteerRecord, draft: VolunteerDraft): Promise<EditOutcome> => {
      if (!sharePoint) return { kind: "failed", reason: { kind: "not-found" } };
      const problems = validateVolunteer(draft, takenExcept(latest.current, record.itemId));
      if (problems.length > 0) return { kind: "invalid", problems };
      try {
        const outcome = toOutcome(await saveVolunteer(graph, sharePoint, record, draft));
        if (outcome.kind === "saved") {
          const saved = await keepNotes(outcome.record, draft.advisorNotes);
          replace(saved);
          return { kind: "saved", record: saved };
        }
        if (outcome.kind === "conflict" && outcome.theirs) {
          const theirs = {
            ...outcome.theirs,
            advisorNotes: notes.current.get(outcome.theirs.itemId)?.notes ?? "",
          };
          replace(theirs);
          return { ...outcome, theirs };
        }
        return outcome;
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.Selected") };
      }
    },
    [graph, sharePoint, keepNotes],
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
        return failureReason(error, "Sites.Selected");
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
            reason: failureReason(failure, "Sites.Selected"),
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
    role,
    timeZone,
    reload,
    add,
    save,
    remove,
    previewImport,
    runImport,
  };
}
