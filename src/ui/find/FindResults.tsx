// Step 1's answers: runs the search as the user types and shows its states and the people found.
import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { useFindPeople } from "../../app/find/useFindPeople";
import { useT } from "../../app/i18n/I18nProvider";
import type { FoundPerson, SearchFilters } from "../../domain/search";
import { failureText } from "../common/failureText";
import { loadContactCard } from "./contactCardChunk";
import { ResultList, type ResultListHandle } from "./ResultList";

/** What the search box asks of the answers: arrow down into them, Enter opens the first. */
export interface FindResultsHandle {
  focusFirst(): void;
  /** The first person found for exactly `text`, once that search has settled; else null. */
  firstFor(text: string): FoundPerson | null;
  focusKey(key: string): void;
}

interface Props {
  text: string;
  filters: SearchFilters;
  typed: boolean;
  debounceMs?: number;
  onOpen: (person: FoundPerson) => void;
}

export const FindResults = forwardRef<FindResultsHandle, Props>(function FindResults(
  { text, filters, typed, debounceMs, onOpen },
  ref,
) {
  const t = useT();
  const list = useRef<ResultListHandle>(null);
  const find = useFindPeople(text, filters, debounceMs !== undefined ? { debounceMs } : {});
  useImperativeHandle(ref, () => ({
    focusFirst: () => list.current?.focusFirst(),
    focusKey: (key) => list.current?.focusKey(key),
    firstFor: (asked) =>
      find.status === "ready" && find.answered === asked ? (find.results[0] ?? null) : null,
  }));

  const hasResults = find.results.length > 0;
  useEffect(() => {
    if (hasResults) void loadContactCard().catch(() => {});
  }, [hasResults]);

  const settled = find.status !== "loading";
  return (
    <>
      <div aria-live="polite" role="status">
        {find.status === "loading" ? (
          <Spinner size="tiny" label={t("find.searching")} labelPosition="after" />
        ) : find.status === "ready" && typed ? (
          <Body1>{t("find.count", { count: find.results.length })}</Body1>
        ) : null}
      </div>
      {find.limited ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("find.limited")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {find.relevanceMissing && settled ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("find.relevanceMissing")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {find.volunteersMissing && settled ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("find.volunteersMissing")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {find.status === "offline" ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t("find.offline")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {find.status === "error" && find.reason ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failureText(t, find.reason)}</MessageBarBody>
          <Button size="small" onClick={find.retry}>
            {t("find.retry")}
          </Button>
        </MessageBar>
      ) : null}

      {!typed && find.answered !== null && find.status === "ready" ? (
        <Body1>
          {find.results.length > 0 ? t("find.suggestedHint") : t("find.emptySuggestions")}
        </Body1>
      ) : null}
      {typed && find.status === "ready" && find.results.length === 0 ? (
        <Body1>{t("find.empty", { text: text.trim() })}</Body1>
      ) : null}
      {hasResults ? (
        <ResultList
          ref={list}
          people={find.results}
          label={typed ? t("find.resultsLabel") : t("find.suggestedLabel")}
          onOpen={onOpen}
        />
      ) : null}
    </>
  );
});

export default FindResults;
