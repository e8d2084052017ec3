// A bar chart drawn from tokens, with the same figures as a table for screen readers and on demand.
import { Button, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useAdvisorStyles } from "./advisor.styles";

/** One horizontal bar: an SVG whose width attribute carries the value (no inline styles). */
export function Bar({ value, max, full }: { value: number; max: number; full?: boolean }) {
  const styles = useAdvisorStyles();
  const width = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  return (
    <svg
      className={styles.barTrack}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        className={mergeClasses(styles.barFill, full ? styles.barFillFull : undefined)}
        x="0"
        y="0"
        height="10"
        width={width}
      />
    </svg>
  );
}

/** A chart (hidden from screen readers, which get the table) with a button to show the same table. */
export function ChartWithTable({
  heading,
  chartLabel,
  tableLabel,
  chart,
  table,
}: {
  heading: string;
  chartLabel: string;
  tableLabel: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const headingId = useId();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {heading}
      </Subtitle2>
      <figure className={styles.chart} aria-label={chartLabel}>
        {chart}
      </figure>
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t("advisor.hideTable") : t("advisor.showTable")}
        </Button>
      </div>
      {/* The table is always in the accessibility tree; the button only shows it on screen. */}
      <div id={tableId} className={open ? undefined : styles.visuallyHidden}>
        <table className={styles.table} aria-label={tableLabel}>
          {table}
        </table>
      </div>
    </section>
  );
}

/** One labelled figure of a {@link CountChart}. */
export interface CountRow {
  key: string;
  label: string;
  value: number;
}

/** Counts as bars against `max` (at least 1), with a two-column table of the same figures. */
export function CountChart({
  heading,
  chartLabel,
  tableLabel,
  columns,
  rows,
  max,
}: {
  heading: string;
  chartLabel: string;
  tableLabel: string;
  /** The table's column headers: what each row is, and what is counted. */
  columns: [string, string];
  rows: readonly CountRow[];
  max: number;
}) {
  const styles = useAdvisorStyles();
  return (
    <ChartWithTable
      heading={heading}
      chartLabel={chartLabel}
      tableLabel={tableLabel}
      chart={rows.map((row) => (
        <div key={row.key} className={styles.barRow} aria-hidden="true">
          <span className={styles.barLabel}>{row.label}</span>
          <Bar value={row.value} max={Math.max(1, max)} />
          <span>{row.value}</span>
        </div>
      ))}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
