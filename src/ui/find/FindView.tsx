// Step 1, find contacts: the search box and filters, shown with the page's first paint; the
// search itself, its answers and the contact card load behind it.
import { Button, Input, Label, mergeClasses, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { withMessages } from "../../app/i18n/withMessages";
import type { FoundPerson, SearchFilters } from "../../domain/search";
import { useAfterFirstPaint } from "../common/afterPaint";
import { ViewBoundary } from "../common/LazyView";
import { loadContactCard } from "./contactCardChunk";
import type { FindResultsHandle } from "./FindResults";
import { useFindStyles } from "./FindView.styles";

// The search box is the first thing a student uses, so it ships with the page and takes typing
// at once; the search code (Graph client, volunteers, people) follows and picks up what was typed.
const loadResults = withMessages(() => import("./FindResults"));
const FindResults = lazy(loadResults);
const ContactCard = lazy(() => loadContactCard().then((m) => ({ default: m.ContactCard })));
// The form brings the interview store (and through it the calendar code): loaded when opened.
const ManualAddForm = lazy(
  withMessages(() => import("./ManualAddForm").then((m) => ({ default: m.ManualAddForm }))),
);

/** Starts downloading the search code before the view asks for it. */
export function preloadFindResults(): void {
  void loadResults().catch(() => {});
}

const FILTERS = ["department", "jobTitle", "companyName", "officeLocation"] as const;

/** The search box and filters; the answers render in FindResults. */
export function FindView({ debounceMs }: { debounceMs?: number } = {}) {
  const t = useT();
  const styles = useFindStyles();
  const [text, setText] = useState("");
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const [selected, setSelected] = useState<FoundPerson | null>(null);
  const [manual, setManual] = useState(false);
  const results = useRef<FindResultsHandle>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const filtersId = useId();
  const searchId = useId();
  const activeFilters = FILTERS.filter((f) => filters[f]?.trim()).length;
  const typed = text.trim() !== "" || activeFilters > 0;
  // The answers' code is requested once the box has painted (or at the first keystroke before).
  const painted = useAfterFirstPaint();

  const back = () => {
    const key = selected?.key;
    setSelected(null);
    // Back where the user was: focus returns to the person they opened.
    if (key) requestAnimationFrame(() => results.current?.focusKey(key));
  };

  // The result that opened the card is gone from the page: focus goes to the card's first control
  // rather than falling back to the top of the document.
  useEffect(() => {
    if (selected) backButton.current?.focus();
  }, [selected]);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      results.current?.focusFirst();
    } else if (event.key === "Enter") {
      const first = results.current?.firstFor(text);
      if (first) setSelected(first);
    }
  };

  const loading = <Spinner size="small" label={t("app.loading")} />;
  return (
    <>
      {selected ? (
        <div className={styles.view}>
          <div>
            <Button appearance="subtle" onClick={back} ref={backButton}>
              {t("find.back")}
            </Button>
          </div>
          <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
            <Suspense fallback={loading}>
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
          </ViewBoundary>
        </div>
      ) : null}
      {/* Kept mounted (hidden) under the card, so Back returns to the same answers. */}
      <section
        className={mergeClasses(styles.view, selected ? styles.hidden : undefined)}
        aria-labelledby={headingId}
        hidden={selected !== null}
      >
        <h2 id={headingId} className={styles.heading}>
          {t("find.heading")}
        </h2>
        {/* Label and Input rather than Field and SearchBox: the same control and name, without
            the validation icons and search package the first paint would otherwise carry. */}
        <div className={styles.field}>
          <Label htmlFor={searchId}>{t("find.searchLabel")}</Label>
          <Input
            id={searchId}
            type="search"
            value={text}
            placeholder={t("find.searchPlaceholder")}
            onChange={(_, data) => setText(data.value)}
            onKeyDown={onSearchKey}
            autoComplete="off"
          />
        </div>
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
          <div
            id={filtersId}
            className={styles.filters}
            role="group"
            aria-label={t("find.filters")}
          >
            {FILTERS.map((name) => (
              <div key={name} className={styles.field}>
                <Label htmlFor={`${filtersId}-${name}`}>{t(`find.filter.${name}`)}</Label>
                <Input
                  id={`${filtersId}-${name}`}
                  value={filters[name] ?? ""}
                  onChange={(_, data) => setFilters((f) => ({ ...f, [name]: data.value }))}
                />
              </div>
            ))}
            {activeFilters > 0 ? (
              <Button appearance="subtle" onClick={() => setFilters({})}>
                {t("find.filter.clear")}
              </Button>
            ) : null}
          </div>
        ) : null}
        <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
          {manual ? (
            <Suspense fallback={loading}>
              <ManualAddForm onCancel={() => setManual(false)} />
            </Suspense>
          ) : null}
          {painted || typed ? (
            <Suspense fallback={typed ? loading : null}>
              <FindResults
                ref={results}
                text={text}
                filters={filters}
                typed={typed}
                onOpen={setSelected}
                {...(debounceMs !== undefined ? { debounceMs } : {})}
              />
            </Suspense>
          ) : null}
        </ViewBoundary>
      </section>
    </>
  );
}

export default FindView;
