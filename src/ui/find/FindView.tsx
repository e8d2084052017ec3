// Step 1, find contacts: search the directory, relevant people, volunteers; a card for the pick.
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useFindPeople } from "../../app/find/useFindPeople";
import { useT } from "../../app/i18n/I18nProvider";
import type { FoundPerson, SearchFilters } from "../../domain/search";
import { failureText } from "../common/failureText";
import { useFindStyles } from "./FindView.styles";
import { ResultList, type ResultListHandle } from "./ResultList";

// The card brings luxon, the Windows time-zone table and avatars: it downloads once there are
// people to open, not with the search box (the first view of the pane and the tab).
const loadContactCard = () => import("../contact/ContactCard");
const ContactCard = lazy(() => loadContactCard().then((m) => ({ default: m.ContactCard })));
// The form brings the interview store (and through it the calendar code): loaded when opened.
const ManualAddForm = lazy(() =>
  import("./ManualAddForm").then((m) => ({ default: m.ManualAddForm })),
);

const FILTERS = ["department", "jobTitle", "companyName", "officeLocation"] as const;

/** The search box, its states, and the results; pure rendering over `useFindPeople`. */
export function FindView({ debounceMs }: { debounceMs?: number } = {}) {
  const t = useT();
  const styles = useFindStyles();
  const [text, setText] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const [selected, setSelected] = useState<FoundPerson | null>(null);
  const [manual, setManual] = useState(false);
  const list = useRef<ResultListHandle>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const filtersId = useId();
  const find = useFindPeople(text, filters, debounceMs !== undefined ? { debounceMs } : {});
  const activeFilters = FILTERS.filter((f) => filters[f]?.trim()).length;
  const typed = text.trim() !== "" || activeFilters > 0;

  const back = () => {
    const key = selected?.key;
    setSelected(null);
    // Back where the user was: focus returns to the person they opened.
    if (key) requestAnimationFrame(() => list.current?.focusKey(key));
  };

  // The result that opened the card is gone from the page: focus goes to the card's first control
  // rather than falling back to the top of the document.
  useEffect(() => {
    if (selected) backButton.current?.focus();
  }, [selected]);

  const hasResults = find.results.length > 0;
  useEffect(() => {
    if (hasResults) void loadContactCard().catch(() => {});
  }, [hasResults]);

  if (selected) {
    return (
      <div className={styles.view}>
        <div>
          <Button appearance="subtle" onClick={back} ref={backButton}>
            {t("find.back")}
          </Button>
        </div>
        <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
          <ContactCard
            person={{
              displayName: selected.displayName,
              email: selected.email,
              directoryId: selected.directoryId,
              jobTitle: selected.jobTitle,
              department: selected.department,
              officeLocation: selected.officeLocation,
              companyName: selected.companyName,
              volunteer: selected.volunteer,
              source: selected.sources.includes("volunteer") ? "volunteer" : "directory",
            }}
          />
        </Suspense>
      </div>
    );
  }

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      list.current?.focusFirst();
    } else if (event.key === "Enter" && find.status === "ready" && find.answered === text) {
      const first = find.results[0];
      if (first) setSelected(first);
    }
  };

  const settled = find.status !== "loading";
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("find.heading")}
      </h2>
      <Field label={t("find.searchLabel")}>
        <SearchBox
          value={text}
          placeholder={t("find.searchPlaceholder")}
          onChange={(_, data) => setText(data.value)}
          onKeyDown={onSearchKey}
          autoComplete="off"
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="subtle"
          aria-expanded={showFilters}
          aria-controls={filtersId}
          onClick={() => setShowFilters((v) => !v)}
        >
          {t("find.filters")}
          {activeFilters > 0 ? ` (${activeFilters})` : ""}
        </Button>
        <Button appearance="subtle" onClick={() => setManual((v) => !v)} aria-expanded={manual}>
          {t("find.addByHand")}
        </Button>
      </div>
      {showFilters ? (
        <div id={filtersId} className={styles.filters} role="group" aria-label={t("find.filters")}>
          {FILTERS.map((name) => (
            <Field key={name} label={t(`find.filter.${name}`)}>
              <Input
                value={filters[name] ?? ""}
                onChange={(_, data) => setFilters((f) => ({ ...f, [name]: data.value }))}
              />
            </Field>
          ))}
          {activeFilters > 0 ? (
            <Button appearance="subtle" onClick={() => setFilters({})}>
              {t("find.filter.clear")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {manual ? (
        <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
          <ManualAddForm onCancel={() => setManual(false)} />
        </Suspense>
      ) : null}

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
      {find.results.length > 0 ? (
        <ResultList
          ref={list}
          people={find.results}
          label={typed ? t("find.resultsLabel") : t("find.suggestedLabel")}
          onOpen={setSelected}
        />
      ) : null}
    </section>
  );
}

export default FindView;
