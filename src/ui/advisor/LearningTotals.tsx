// "What students are learning": the takeaways students noted per theme, summed over those who share
// their counts — numbers only, and only once enough students share that no total is one student's.
import { Caption1, Spinner } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { MessageKey } from "../../app/i18n/messages";
import { useTakeawayTotals } from "../../app/advisor/useTakeawayTotals";
import { LEARNED_THEMES, type LearnedTheme } from "../../domain/learned";
import { MIN_STUDENTS_FOR_TOTALS } from "../../domain/takeawayCounts";
import { useAdvisorStyles } from "./advisor.styles";
import { CountChart } from "./ChartWithTable";
import { ReadFailed } from "./ReadFailed";

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
      <ReadFailed
        failure={totals.reason}
        retryLabel={t("advisor.learning.retry")}
        onRetry={totals.reload}
        subject={t("advisor.learning.heading")}
      />
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
  return (
    <div className={styles.view}>
      <CountChart
        heading={t("advisor.learning.heading")}
        chartLabel={t("advisor.learning.chartLabel")}
        tableLabel={t("advisor.learning.table")}
        columns={[t("advisor.learning.theme"), t("advisor.learning.count")]}
        rows={LEARNED_THEMES.map((theme) => ({
          key: theme,
          label: t(themeKey(theme)),
          value: sums.byTheme[theme],
        }))}
        max={Math.max(...LEARNED_THEMES.map((theme) => sums.byTheme[theme]))}
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
