// Load and outcomes: each volunteer's bookings this month against their cap, and the centre's
// funnel — bars with a table behind each.
import { Caption1 } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { BOOKING_STAGES, type FunnelCounts } from "../../domain/volunteers/bookings";
import type { VolunteerLoad } from "../../domain/volunteers/load";
import type { VolunteerRecord } from "../../domain/volunteers/record";
import { useAdvisorStyles } from "./advisor.styles";
import { Bar, ChartWithTable, CountChart } from "./ChartWithTable";

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
      <CountChart
        heading={t("advisor.funnel.heading")}
        chartLabel={t("advisor.funnel.chartLabel")}
        tableLabel={t("advisor.funnel.table")}
        columns={[t("advisor.funnel.stage"), t("advisor.funnel.count")]}
        rows={BOOKING_STAGES.map((stage) => ({
          key: stage,
          label: t(`advisor.funnel.${stage}`),
          value: funnel[stage],
        }))}
        max={funnel.requested}
      />
    </div>
  );
}
