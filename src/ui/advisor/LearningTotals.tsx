// "What students are learning": the takeaways students noted per theme, summed over those who share
// their counts — numbers only, and only once enough students share that no total is one student's.
import { Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { MessageKey } from "../../app/i18n/messages";
import { useTakeawayTotals } from "../../app/advisor/useTakeawayTotals";
import { LEARNED_THEMES, type LearnedTheme } from "../../domain/learned";
import { MIN_STUDENTS_FOR_TOTALS } from "../../domain/takeawayCounts";
import { failureText } from "../common/failureText";
import { useAdvisorStyles } from "./advisor.styles";
import { Bar, ChartWithTable } from "./ChartWithTable";

function themeKey(theme: LearnedTheme): MessageKey {
  return theme === "other" ? "advisor.learning.own" : `advisor.q.theme.${theme}`;
}

/** Below the load charts; absent where the deployment has no counts list. */
export function LearningTotals() {
  const t = useT();
  const styles = useAdvisorStyles();
  const totals = useTakeawayTotals();
  if (totals.status === "unavailable") return null;
  if (totals.status === "loading")
    return <Spinner size="tiny" label={t("advisor.learning.loading")} />;
  if (totals.status === "error") {
    return (
      <div role="alert" className={styles.view}>
        <Body1>
          {t("advisor.learning.heading")}: {failureText(t, totals.reason)}
        </Body1>
        <div>
          <Button size="small" onClick={totals.reload}>
            {t("advisor.learning.retry")}
          </Button>
        </div>
      </div>
    );
  }
  const { totals: sums } = totals;
  if (!sums.shown) {
    return (
      <section className={styles.view} aria-label={t("advisor.learning.heading")}>
        <Caption1 className={styles.muted}>
          {t("advisor.learning.few", { min: MIN_STUDENTS_FOR_TOTALS, students: sums.students })}
        </Caption1>
      </section>
    );
  }
  const max = Math.max(1, ...LEARNED_THEMES.map((theme) => sums.byTheme[theme]));
  return (
    <div className={styles.view}>
      <ChartWithTable
        heading={t("advisor.learning.heading")}
        chartLabel={t("advisor.learning.chartLabel")}
        tableLabel={t("advisor.learning.table")}
        chart={LEARNED_THEMES.map((theme) => (
          <div key={theme} className={styles.barRow} aria-hidden="true">
            <span className={styles.barLabel}>{t(themeKey(theme))}</span>
            <Bar value={sums.byTheme[theme]} max={max} />
            <span>{sums.byTheme[theme]}</span>
          </div>
        ))}
        table={
          <>
            <thead>
              <tr>
                <th scope="col">{t("advisor.learning.theme")}</th>
                <th scope="col">{t("advisor.learning.count")}</th>
              </tr>
            </thead>
            <tbody>
              {LEARNED_THEMES.map((theme) => (
                <tr key={theme}>
                  <th scope="row">{t(themeKey(theme))}</th>
                  <td>{sums.byTheme[theme]}</td>
                </tr>
              ))}
            </tbody>
          </>
        }
      />
      <Caption1 className={styles.muted}>
        {t("advisor.learning.summary", {
          students: sums.students,
          conversations: sums.conversations,
        })}
      </Caption1>
    </div>
  );
}
