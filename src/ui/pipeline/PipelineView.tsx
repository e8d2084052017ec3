// My interviews: each contact's stage and next step, what needs doing first; opens its interview.
import { Badge, Body1, Button, Field, Select, Spinner } from "@fluentui/react-components";
import { memo, useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { Interview } from "../../app/interviews/interviews";
import { useInterviews } from "../../app/interviews/interviewStore";
import { useNavigation } from "../../app/navigation";
import { useServices } from "../../app/services";
import { stageIndex } from "../../domain/interview";
import type { Locale } from "../../domain/locale";
import {
  nextAction,
  pipelineStage,
  pipelineStageIndex,
  sortByUrgency,
  type NextAction,
} from "../../domain/pipeline";
import { intlLocale } from "../../domain/time/zones";
import { failureText } from "../common/failureText";
import { Notice } from "../common/Notice";
import { usePipelineStyles } from "./PipelineView.styles";

type SortKey = "urgency" | "name" | "stage";

interface Row {
  interview: Interview;
  next: NextAction;
}

/** Rows in the chosen order; next actions are computed once per list, not per render of a row. */
export function pipelineRows(
  interviews: readonly Interview[],
  sort: SortKey,
  now: Date,
  locale: Locale,
): Row[] {
  const byId = new Map(interviews.map((i) => [i.record.contactId, i]));
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  let records = interviews.map((i) => i.record);
  if (sort === "urgency") records = sortByUrgency(records, now);
  else if (sort === "name")
    records = [...records].sort((a, b) => collator.compare(a.displayName, b.displayName));
  else
    records = [...records].sort(
      (a, b) =>
        pipelineStageIndex(pipelineStage(a)) - pipelineStageIndex(pipelineStage(b)) ||
        collator.compare(a.displayName, b.displayName),
    );
  return records.flatMap((record) => {
    const interview = byId.get(record.contactId);
    return interview ? [{ interview, next: nextAction(record, now) }] : [];
  });
}

const PipelineRow = memo(function PipelineRow({
  row,
  onOpen,
  dateFormat,
}: {
  row: Row;
  onOpen: (contactId: string, action: NextAction["action"]) => void;
  dateFormat: Intl.DateTimeFormat;
}) {
  const t = useT();
  const styles = usePipelineStyles();
  const { record } = row.interview;
  const detail = [record.jobTitle, record.organisation]
    .filter((v): v is string => Boolean(v))
    .join(" · ");
  return (
    <li>
      <button
        type="button"
        className={styles.row}
        onClick={() => onOpen(record.contactId, row.next.action)}
      >
        <span className={styles.name}>{record.displayName}</span>
        {detail ? <span className={styles.muted}>{detail}</span> : null}
        <span className={styles.line}>
          <Badge appearance="tint" color="brand" size="small">
            {t(`interview.stageName.${pipelineStage(record)}`)}
          </Badge>
          <span>
            {t(`interview.nextAction.${row.next.action}`)}
            {row.next.due ? ` ${t("pipeline.due", { date: dateFormat.format(row.next.due) })}` : ""}
          </span>
          {row.next.overdue ? (
            <Badge appearance="filled" color="danger" size="small">
              {t("pipeline.overdue")}
            </Badge>
          ) : null}
        </span>
        {record.calledAt && stageIndex(record.stage) < stageIndex("booked") ? (
          <span className={styles.muted}>
            {t("pipeline.called", { date: dateFormat.format(new Date(record.calledAt)) })}
          </span>
        ) : null}
      </button>
    </li>
  );
}, sameRow);

/** Rows are rebuilt on every sort; a row re-renders only when what it shows changed. */
function sameRow(
  a: { row: Row; onOpen: unknown; dateFormat: unknown },
  b: { row: Row; onOpen: unknown; dateFormat: unknown },
): boolean {
  return (
    a.onOpen === b.onOpen &&
    a.dateFormat === b.dateFormat &&
    a.row.interview === b.row.interview &&
    a.row.next.action === b.row.next.action &&
    a.row.next.overdue === b.row.next.overdue &&
    a.row.next.due?.getTime() === b.row.next.due?.getTime()
  );
}

/**
 * Rows rendered at first and per "Show more": the most urgent come first, and a long list (500
 * interviews) would otherwise render every row before the view answers.
 */
export const PIPELINE_PAGE = 100;

export function PipelineView() {
  const t = useT();
  const locale = useLocale();
  const styles = usePipelineStyles();
  const { go } = useNavigation();
  const { now } = useServices();
  const { status, interviews, reason, reload, droppedUnsent } = useInterviews();
  const [sort, setSort] = useState<SortKey>("urgency");
  const [shown, setShown] = useState(PIPELINE_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  const headingId = useId();
  const rows = useMemo(
    () => pipelineRows(interviews, sort, now(), locale),
    [interviews, sort, now, locale],
  );
  const dateFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
      }),
    [locale],
  );
  // After "Show more", focus moves to the first row it revealed, not back to the top of the page.
  useEffect(() => {
    const index = firstNew.current;
    if (index === null) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLButtonElement>(":scope > li > button")[index]?.focus();
  }, [shown]);
  const showMore = () => {
    firstNew.current = shown;
    setShown((n) => n + PIPELINE_PAGE);
  };
  const hidden = Math.max(0, rows.length - shown);
  const onOpen = useMemo(
    () => (contactId: string, action: NextAction["action"]) =>
      // The keep-in-touch note is drafted beside the thank-you, in the meeting section.
      go({
        view: "interview",
        contactId,
        section: action === "keep-in-touch" ? "meeting" : "research",
      }),
    [go],
  );

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("pipeline.heading")}
      </h2>
      {droppedUnsent > 0 ? (
        <Notice intent="warning">{t("pipeline.droppedUnsent", { count: droppedUnsent })}</Notice>
      ) : null}
      {status === "loading" || status === "idle" ? (
        <Spinner size="small" label={t("pipeline.loading")} />
      ) : null}
      {status === "error" && reason ? (
        <div role="alert" className={styles.toolbar}>
          <Body1>{failureText(t, reason)}</Body1>
          <Button onClick={reload}>{t("pipeline.reload")}</Button>
        </div>
      ) : null}
      {status === "ready" && rows.length === 0 ? (
        <div className={styles.toolbar}>
          <Body1>{t("pipeline.empty")}</Body1>
          <Button appearance="primary" onClick={() => go({ view: "find" })}>
            {t("pipeline.findSomeone")}
          </Button>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <>
          <div className={styles.toolbar}>
            <Field label={t("pipeline.sortLabel")}>
              <Select
                value={sort}
                onChange={(_, data) => {
                  setSort(data.value as SortKey);
                  setShown(PIPELINE_PAGE);
                }}
              >
                <option value="urgency">{t("pipeline.sort.urgency")}</option>
                <option value="name">{t("pipeline.sort.name")}</option>
                <option value="stage">{t("pipeline.sort.stage")}</option>
              </Select>
            </Field>
            <Body1 role="status">{t("pipeline.count", { count: rows.length })}</Body1>
          </div>
          <ul ref={listRef} className={styles.list} aria-label={t("pipeline.listLabel")}>
            {rows.slice(0, shown).map((row) => (
              <PipelineRow
                key={row.interview.record.contactId}
                row={row}
                onOpen={onOpen}
                dateFormat={dateFormat}
              />
            ))}
          </ul>
          {hidden > 0 ? (
            <Button className={styles.more} onClick={showMore}>
              {t("pipeline.showMore", { count: Math.min(PIPELINE_PAGE, hidden), left: hidden })}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export default PipelineView;
