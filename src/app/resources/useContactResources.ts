// The resources suggested for one contact in the student's research step, and the student's
// "read" marks, kept in the contact's own record (their mailbox: nobody else can read them).
import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { addressKey } from "../../domain/person";
import {
  suggestResources,
  type ResourceRecord,
  type SuggestedResource,
} from "../../domain/resources";
import { loadVolunteers } from "../find/volunteers";
import { failureReason, wasCancelled } from "../failure";
import { useLocale } from "../i18n/I18nProvider";
import { useInterview } from "../interviews/useInterview";
import { useServices } from "../services";
import { readResources, resourcesListId } from "./resourceLibrary";

export interface ContactResourcesModel {
  /** "unconfigured": this deployment has no resource library, and nothing shows. */
  status: "unconfigured" | "loading" | "ready" | "error";
  reason: GraphReason | null;
  suggestions: SuggestedResource[];
  read: ReadonlySet<string>;
  /** The item id whose mark is being saved, if any. */
  saving: string | null;
  /** Why the last mark could not be saved, if it failed. */
  saveFailure: GraphReason | null;
  reload: () => void;
  setRead: (resource: ResourceRecord, read: boolean) => Promise<void>;
}

/** Reads the library, the contact and (for a volunteer's industry) the volunteer list together. */
export function useContactResources(contactId: string): ContactResourcesModel {
  const { graph, config, now } = useServices();
  const locale = useLocale();
  const sharePoint = config.sharePoint;
  const listId = resourcesListId(sharePoint);
  const interview = useInterview(contactId);
  const [attempt, setAttempt] = useState(0);
  const [library, setLibrary] = useState<ResourceRecord[] | null>(null);
  const [industryByAddress, setIndustries] = useState<Map<string, string>>(new Map());
  const [reason, setReason] = useState<GraphReason | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [saveFailure, setSaveFailure] = useState<GraphReason | null>(null);

  useEffect(() => {
    if (!sharePoint || !listId) return;
    const controller = new AbortController();
    const { signal } = controller;
    setReason(null);
    Promise.all([
      readResources(graph, sharePoint, listId, signal),
      // Read once per session and shared with Find; without it, only the department is known.
      loadVolunteers(graph, sharePoint, now()),
    ]).then(
      ([resources, volunteers]) => {
        if (signal.aborted) return;
        const industries = new Map<string, string>();
        for (const volunteer of volunteers.volunteers) {
          if (volunteer.email && volunteer.industry) {
            industries.set(addressKey(volunteer.email), volunteer.industry);
          }
        }
        setIndustries(industries);
        setLibrary(resources);
      },
      (error: unknown) => {
        if (wasCancelled(error) || signal.aborted) return;
        setReason(failureReason(error, "Sites.Selected"));
      },
    );
    return () => controller.abort();
  }, [graph, sharePoint, listId, attempt, now]);

  const state = interview.state;
  const contact = state.status === "ready" ? state.contact : null;
  const record = state.status === "ready" ? state.record : null;

  const suggestions = useMemo(() => {
    if (!library || !contact) return [];
    const industries: string[] = [];
    for (const address of contact.emails) {
      const industry = industryByAddress.get(addressKey(address));
      if (industry) industries.push(industry);
    }
    if (contact.department) industries.push(contact.department);
    return suggestResources(library, {
      organisation: contact.companyName,
      industries,
      locale,
    });
  }, [library, contact, industryByAddress, locale]);

  // The box ticks at once; the saved record takes over when the write answers (or the tick is
  // undone, with the reason, when it fails).
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const read = useMemo(() => {
    const ids = new Set(record?.resourcesRead ?? []);
    for (const [id, mark] of pending) {
      if (mark) ids.add(id);
      else ids.delete(id);
    }
    return ids;
  }, [record, pending]);

  const { update, reload: reloadInterview } = interview;
  const setRead = useCallback(
    async (resource: ResourceRecord, mark: boolean) => {
      setSaving(resource.itemId);
      setSaveFailure(null);
      setPending((map) => new Map(map).set(resource.itemId, mark));
      try {
        const result = await update((current) => {
          const ids = new Set(current.resourcesRead ?? []);
          if (mark) ids.add(resource.itemId);
          else ids.delete(resource.itemId);
          return { ...current, resourcesRead: [...ids] };
        });
        if (!result.ok) setSaveFailure({ kind: "too-large" });
      } catch (error) {
        if (!wasCancelled(error)) setSaveFailure(failureReason(error));
      } finally {
        setSaving(null);
        setPending((map) => {
          const next = new Map(map);
          next.delete(resource.itemId);
          return next;
        });
      }
    },
    [update],
  );

  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
    reloadInterview();
  }, [reloadInterview]);

  let status: ContactResourcesModel["status"];
  if (!listId) status = "unconfigured";
  else if (reason || state.status === "error") status = "error";
  else if (!library || state.status === "loading") status = "loading";
  else status = "ready";
  return {
    status,
    reason: reason ?? (state.status === "error" ? state.reason : null),
    suggestions,
    read,
    saving,
    saveFailure,
    reload,
    setRead,
  };
}
