// The people picker behind "add a volunteer from the directory": a debounced directory search.
import { useEffect, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import { searchDirectory } from "../../graph/directory";
import { failureReason, wasCancelled } from "../failure";
import { useServices } from "../services";

/** A directory person as the volunteer form prefills from. */
export interface PickablePerson {
  id: string;
  displayName: string;
  email: string;
  jobTitle: string;
  companyName: string;
}

/** The picker's suggestions for the text typed so far. */
export interface DirectoryPickerState {
  status: "idle" | "loading" | "ready" | "error";
  people: PickablePerson[];
  reason: GraphReason | null;
}

/** Pause after the last keystroke before searching. */
export const PICKER_DEBOUNCE_MS = 250;

/** Searches the directory for `text` (two characters or more), newest query only. */
export function useDirectoryPicker(text: string): DirectoryPickerState {
  const { graph } = useServices();
  const [state, setState] = useState<DirectoryPickerState>({
    status: "idle",
    people: [],
    reason: null,
  });
  const query = text.trim();
  useEffect(() => {
    if (query.length < 2) {
      setState({ status: "idle", people: [], reason: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, status: "loading" }));
    const timer = setTimeout(() => {
      searchDirectory(graph, { text: query, top: 8, signal: controller.signal }).then(
        (result) =>
          setState({
            status: "ready",
            reason: null,
            people: result.people.map((p) => ({
              id: p.id,
              displayName: p.displayName,
              email: p.mail ?? p.userPrincipalName,
              jobTitle: p.jobTitle ?? "",
              companyName: p.companyName ?? "",
            })),
          }),
        (error: unknown) => {
          if (wasCancelled(error)) return;
          setState({ status: "error", people: [], reason: failureReason(error) });
        },
      );
    }, PICKER_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [graph, query]);
  return state;
}
