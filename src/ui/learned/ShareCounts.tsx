// The student's choice to share their takeaway counts with the career centre, and exactly what the
// centre then has: numbers by theme, never words.
import { Body1, Button, Caption1, Spinner, Switch } from "@fluentui/react-components";
import { useId } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { SharedCountsModel } from "../../app/learned/useSharedCounts";
import { LEARNED_THEMES, formatLearnedDay } from "../../domain/learned";
import type { TakeawayCounts } from "../../domain/takeawayCounts";
import { failureText } from "../common/failureText";
import { Notice } from "../common/Notice";
import { browserZone, themeKey } from "./learnedLabels";
import { useLearnedStyles } from "./LearnedView.styles";

/** The numbers as the career centre holds them: a small table a screen reader can walk. */
function SharedTable({ counts }: { counts: TakeawayCounts }) {
  const t = useT();
  const styles = useLearnedStyles();
  return (
    <table className={styles.countTable} aria-label={t("learned.share.table")}>
      <thead>
        <tr>
          <th scope="col">{t("learned.share.theme")}</th>
          <th scope="col">{t("learned.share.count")}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t("learned.share.conversations")}</th>
          <td>{counts.conversations}</td>
        </tr>
        {LEARNED_THEMES.map((theme) => (
          <tr key={theme}>
            <th scope="row">{t(themeKey(theme))}</th>
            <td>{counts.byTheme[theme]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The section at the end of "What I've learned"; absent where the deployment has no counts list. */
export function ShareCounts({ model }: { model: SharedCountsModel }) {
  const t = useT();
  const locale = useLocale();
  const styles = useLearnedStyles();
  const headingId = useId();
  const { state, busy, changeFailed } = model;
  if (state.status === "unavailable") return null;
  const on = state.status === "on";
  return (
    <section className={styles.theme} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t("learned.share.heading")}
      </h3>
      <Body1>{t("learned.share.why")}</Body1>
      {state.status === "loading" ? (
        <Spinner size="tiny" label={t("learned.share.checking")} />
      ) : null}
      {state.status === "error" ? (
        <div role="alert" className={styles.toolbar}>
          <Body1>{failureText(t, state.reason)}</Body1>
          <Button onClick={model.retry}>{t("learned.share.retry")}</Button>
        </div>
      ) : null}
      {state.status === "on" || state.status === "off" ? (
        <Switch
          checked={on}
          disabled={busy}
          onChange={(_, data) => model.setSharing(data.checked)}
          label={t("learned.share.switch")}
        />
      ) : null}
      <div role="status">{busy ? <Caption1>{t("learned.share.saving")}</Caption1> : null}</div>
      {changeFailed ? (
        <div role="alert" className={styles.toolbar}>
          <Notice intent="error">
            {t("learned.share.failed", { reason: failureText(t, changeFailed) })}
          </Notice>
          <Button onClick={model.retry}>{t("learned.share.retry")}</Button>
        </div>
      ) : null}
      {state.status === "off" ? (
        <Caption1 className={styles.muted}>{t("learned.share.off")}</Caption1>
      ) : null}
      {state.status === "on" ? (
        <>
          <Caption1 className={styles.muted}>
            {state.countedAt
              ? t("learned.share.on", {
                  when: formatLearnedDay(state.countedAt.toISOString(), browserZone(), locale),
                })
              : t("learned.share.onUnknown")}
          </Caption1>
          {state.shared ? <SharedTable counts={state.shared} /> : null}
        </>
      ) : null}
    </section>
  );
}
