// Load and outcomes: each volunteer's bookings this month against their cap, and the centre's
// funnel — bars with a table behind each.
import { Button, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { BOOKING_STAGES, type FunnelCounts } from "../../domain/volunteers/bookings";
import type { VolunteerLoad } from "../../domain/volunteers/load";
import type { VolunteerRecord } from "../../domain/volunteers/record";
import { useAdvisorStyles } from "./advisor.styles";

/** One horizontal bar: an SVG whose width attribute carries the value (no inline styles). */
function Bar({ value, max, full }: { value: number; max: number; full?: boolean }) {
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
function ChartWithTable({
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

/** Both charts. Only active volunteers count towards the load. */
export function LoadCharts({
  volunteers,
  loads,
  funnel,
  timeZone,
}: {
  volunteers: readonly VolunteerRecord[];
  loads: readonly VolunteerLoad[];
  funnel: FunnelCounts;
  timeZone: string | null;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const active = new Set(volunteers.filter((v) => v.active).map((v) => v.itemId));
  const shown = loads
    .filter((l) => active.has(l.itemId))
    .sort(
      (a, b) =>
        Number(b.full) - Number(a.full) ||
        b.booked - a.booked ||
        a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
    );
  const scale = Math.max(1, ...shown.map((l) => Math.max(l.booked, l.capacity ?? 0)));
  const funnelMax = Math.max(1, funnel.requested);
  const stateOf = (load: VolunteerLoad) =>
    load.full
      ? t("advisor.full")
      : load.capacity === null
        ? t("advisor.load.noCap")
        : t("advisor.load.open");

  return (
    <div className={styles.view}>
      {timeZone ? (
        <Caption1 className={styles.muted}>{t("advisor.load.zone", { zone: timeZone })}</Caption1>
      ) : null}
      <ChartWithTable
        heading={t("advisor.load.heading")}
        chartLabel={t("advisor.load.chartLabel")}
        tableLabel={t("advisor.load.table")}
        chart={
          shown.length === 0 ? (
            <Caption1>{t("advisor.load.none")}</Caption1>
          ) : (
            shown.map((load) => (
              <div key={load.itemId} className={styles.barRow} aria-hidden="true">
                <span className={styles.barLabel}>{load.name}</span>
                <Bar value={load.booked} max={load.capacity ?? scale} full={load.full} />
                <span>
                  {load.booked}/{load.capacity ?? "∞"}
                </span>
              </div>
            ))
          )
        }
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t("advisor.load.volunteer")}</th>
                <th scope="col">{t("advisor.load.booked")}</th>
                <th scope="col">{t("advisor.load.capacity")}</th>
                <th scope="col">{t("advisor.load.state")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((load) => (
                <tr key={load.itemId}>
                  <th scope="row">{load.name}</th>
                  <td>{load.booked}</td>
                  <td>{load.capacity ?? t("advisor.load.noCap")}</td>
                  <td>{stateOf(load)}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
      <ChartWithTable
        heading={t("advisor.funnel.heading")}
        chartLabel={t("advisor.funnel.chartLabel")}
        tableLabel={t("advisor.funnel.table")}
        chart={BOOKING_STAGES.map((stage) => (
          <div key={stage} className={styles.barRow} aria-hidden="true">
            <span className={styles.barLabel}>{t(`advisor.funnel.${stage}`)}</span>
            <Bar value={funnel[stage]} max={funnelMax} />
            <span>{funnel[stage]}</span>
          </div>
        ))}
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t("advisor.funnel.stage")}</th>
                <th scope="col">{t("advisor.funnel.count")}</th>
              </tr>
            </thead>
            <tbody>
              {BOOKING_STAGES.map((stage) => (
                <tr key={stage}>
                  <th scope="row">{t(`advisor.funnel.${stage}`)}</th>
                  <td>{funnel[stage]}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
    </div>
  );
}
