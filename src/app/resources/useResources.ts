// The advisors' resource library: the list and the add / edit / remove actions (the advisors' view
// already knows the role and shows the actions to editors only; SharePoint refuses anyone else).
import { useCallback, useEffect, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import {
  hasProblems,
  sortResources,
  validateResource,
  type ResourceDraft,
  type ResourceProblems,
  type ResourceRecord,
} from "../../domain/resources";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";
import {
  addResource,
  readResources,
  removeResource,
  resourcesListId,
  saveResource,
} from "./resourceLibrary";

/** What an add or edit did. */
export type ResourceOutcome =
  | { kind: "saved"; record: ResourceRecord }
  | { kind: "invalid"; problems: ResourceProblems }
  | { kind: "conflict" }
  | { kind: "failed"; reason: GraphReason };

export interface ResourcesModel {
  status: "unconfigured" | "loading" | "ready" | "error";
  reason: GraphReason | null;
  resources: ResourceRecord[];
  reload: () => void;
  add: (draft: ResourceDraft) => Promise<ResourceOutcome>;
  save: (record: ResourceRecord, draft: ResourceDraft) => Promise<ResourceOutcome>;
  /** null when removed; a reason otherwise ("conflict": a colleague changed it; reloaded). */
  remove: (record: ResourceRecord) => Promise<GraphReason | null>;
}

/** Reads the list once when the view opens, and again on `reload`. */
export function useResources(): ResourcesModel {
  const { graph, config } = useServices();
  const sharePoint = config.sharePoint;
  const listId = resourcesListId(sharePoint);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const [status, setStatus] = useState<ResourcesModel["status"]>(
    listId ? "loading" : "unconfigured",
  );
  const [reason, setReason] = useState<GraphReason | null>(null);
  const [resources, setResources] = useState<ResourceRecord[]>([]);

  useEffect(() => {
    if (!sharePoint || !listId) return;
    const controller = new AbortController();
    const { signal } = controller;
    setStatus((s) => (s === "ready" ? s : "loading"));
    readResources(graph, sharePoint, listId, signal).then(
      (list) => {
        if (signal.aborted) return;
        setResources(list);
        setReason(null);
        setStatus("ready");
      },
      (error: unknown) => {
        if (wasCancelled(error) || signal.aborted) return;
        setReason(failureReason(error, "Sites.Selected"));
        setStatus("error");
      },
    );
    return () => controller.abort();
  }, [graph, sharePoint, listId, attempt]);

  const replace = (record: ResourceRecord) =>
    setResources((list) =>
      sortResources([...list.filter((r) => r.itemId !== record.itemId), record]),
    );

  const add = useCallback(
    async (draft: ResourceDraft): Promise<ResourceOutcome> => {
      if (!sharePoint || !listId) return { kind: "failed", reason: { kind: "not-found" } };
      const problems = validateResource(draft);
      if (hasProblems(problems)) return { kind: "invalid", problems };
      try {
        const record = await addResource(graph, sharePoint, listId, draft);
        replace(record);
        return { kind: "saved", record };
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.Selected") };
      }
    },
    [graph, sharePoint, listId],
  );

  const save = useCallback(
    async (record: ResourceRecord, draft: ResourceDraft): Promise<ResourceOutcome> => {
      if (!sharePoint || !listId) return { kind: "failed", reason: { kind: "not-found" } };
      const problems = validateResource(draft);
      if (hasProblems(problems)) return { kind: "invalid", problems };
      try {
        const result = await saveResource(graph, sharePoint, listId, record, draft);
        if (result.ok) {
          replace(result.record);
          return { kind: "saved", record: result.record };
        }
        // Show the colleague's version; the advisor edits again with it in view.
        if (result.theirs) replace(result.theirs);
        else reload();
        return { kind: "conflict" };
      } catch (error) {
        return { kind: "failed", reason: failureReason(error, "Sites.Selected") };
      }
    },
    [graph, sharePoint, listId, reload],
  );

  const remove = useCallback(
    async (record: ResourceRecord): Promise<GraphReason | null> => {
      if (!sharePoint || !listId) return { kind: "not-found" };
      try {
        if ((await removeResource(graph, sharePoint, listId, record)) === "conflict") {
          reload();
          return { kind: "conflict" };
        }
        setResources((list) => list.filter((r) => r.itemId !== record.itemId));
        return null;
      } catch (error) {
        return failureReason(error, "Sites.Selected");
      }
    },
    [graph, sharePoint, listId, reload],
  );

  return { status, reason, resources, reload, add, save, remove };
}
