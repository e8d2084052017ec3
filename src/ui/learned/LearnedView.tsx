// "What I've learned": the takeaways of every interview by theme, who said each and when, exported.
import { Badge, Body1, Button, Caption1, Spinner } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { downloadLearned } from "../../app/learned/exportLearned";
import { useLearned } from "../../app/learned/useLearned";
import { useSharedCounts } from "../../app/learned/useSharedCounts";
import { useNavigation } from "../../app/navigation";
import {
  isEmptyLearned,
  sourceLine,
  type LearnedGroup,
  type LearnedNote,
  type LearnedSummary,
} from "../../domain/learned";
import type { Locale } from "../../domain/locale";
import { countsOf } from "../../domain/takeawayCounts";
import { failureText } from "../common/failureText";
import { Notice } from "../common/Notice";
import { browserZone, themeKey } from "./learnedLabels";
import { useLearnedStyles } from "./LearnedView.styles";
import { ShareCounts } from "./ShareCounts";

function ThemeSection({
  group,
  zone,
  locale,
}: {
  group: LearnedGroup;
  zone: string;
  locale: Locale;
}) {
  const t = useT();
  const styles = useLearnedStyles();
  const headingId = useId();
  return (
    <section className={styles.theme} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t(themeKey(group.theme))}
        <Badge appearance="tint" color="informative" size="small">
          {t("learned.answers", { count: group.answers.length })}
        </Badge>
      </h3>
      <ul className={styles.list}>
        {group.answers.map((answer) => (
          <li key={answer.key} className={styles.card}>
            {answer.question ? (
              <p className={styles.question}>{answer.question}</p>
            ) : (
              <p className={styles.removed}>{t("learned.questionRemoved")}</p>
            )}
            <p className={styles.text}>{answer.answer}</p>
            <Caption1 className={styles.source}>— {sourceLine(answer, zone, locale)}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NotesSection({
  notes,
  zone,
  locale,
}: {
  notes: LearnedNote[];
  zone: string;
  locale: Locale;
}) {
  const t = useT();
  const styles = useLearnedStyles();
  const headingId = useId();
  return (
    <section className={styles.theme} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t("learned.notes")}
      </h3>
      <ul className={styles.list}>
        {notes.map((note) => (
          <li key={note.key} className={styles.card}>
            <Caption1 className={styles.source}>{sourceLine(note, zone, locale)}</Caption1>
            <p className={styles.text}>{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Summary({ summary }: { summary: LearnedSummary }) {
  const t = useT();
  const locale = useLocale();
  const styles = useLearnedStyles();
  const zone = useMemo(browserZone, []);
  const [exported, setExported] = useState<{ ok: true; file: string } | { ok: false } | null>(null);
  const onExport = () => {
    try {
      setExported({ ok: true, file: downloadLearned(summary, locale) });
    } catch {
      setExported({ ok: false });
    }
  };
  return (
    <>
      <div className={styles.toolbar}>
        <Body1>{t("learned.count", { count: summary.meetingCount })}</Body1>
        <Button onClick={onExport}>{t("learned.export")}</Button>
      </div>
      <div role="status">
        {exported?.ok ? (
          <Caption1>{t("learned.exported", { file: exported.file })}</Caption1>
        ) : null}
      </div>
      {exported && !exported.ok ? (
        <Notice intent="error">{t("learned.exportFailed")}</Notice>
      ) : null}
      {summary.groups.map((group) => (
        <ThemeSection key={group.theme} group={group} zone={zone} locale={locale} />
      ))}
      {summary.notes.length > 0 ? (
        <NotesSection notes={summary.notes} zone={zone} locale={locale} />
      ) : null}
    </>
  );
}

export function LearnedView() {
  const t = useT();
  const styles = useLearnedStyles();
  const { go } = useNavigation();
  const learned = useLearned();
  const summary = learned.status === "ready" ? learned.summary : null;
  const counts = useMemo(() => (summary ? countsOf(summary) : null), [summary]);
  const sharing = useSharedCounts(counts);
  const headingId = useId();
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("learned.heading")}
      </h2>
      <Body1>{t("learned.intro")}</Body1>
      <Caption1 className={styles.muted}>
        {t(sharing.state.status === "on" ? "learned.privateShared" : "learned.private")}
      </Caption1>
      {learned.status === "loading" ? <Spinner size="small" label={t("learned.loading")} /> : null}
      {learned.status === "error" ? (
        <div role="alert" className={styles.toolbar}>
          <Body1>{failureText(t, learned.reason)}</Body1>
          <Button onClick={learned.retry}>{t("learned.retry")}</Button>
        </div>
      ) : null}
      {learned.status === "ready" && isEmptyLearned(learned.summary) ? (
        <div className={styles.toolbar}>
          <Body1>{t("learned.empty")}</Body1>
          <Button appearance="primary" onClick={() => go({ view: "pipeline" })}>
            {t("learned.openInterviews")}
          </Button>
        </div>
      ) : null}
      {learned.status === "ready" && !isEmptyLearned(learned.summary) ? (
        <Summary summary={learned.summary} />
      ) : null}
      {/* Nothing to count yet: sharing is offered once there is, and stays reachable to turn off. */}
      {learned.status === "ready" &&
      (!isEmptyLearned(learned.summary) || sharing.state.status === "on") ? (
        <ShareCounts model={sharing} />
      ) : null}
    </section>
  );
}

export default LearnedView;
