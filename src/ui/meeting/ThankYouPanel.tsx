// The thank-you: a draft from the takeaways, the guard's warnings, "I sent it", the export; once
// sent, the keep-in-touch note that follows months later.
import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { FollowUp } from "../../app/meeting/useFollowUp";
import type { Takeaways } from "../../domain/prepSheet";
import { intlLocale } from "../../domain/time/zones";
import { failureText } from "../common/failureText";
import { useMeetingStyles } from "./meeting.styles";
import { httpsLinkOrNull } from "../../domain/mail/escape";
import { KeepInTouchPanel } from "./KeepInTouchPanel";

function when(iso: string, locale: "en" | "fr-CA"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** Drafting and tracking the thank-you for the interview `followUp` holds. */
export function ThankYouPanel({
  followUp,
  takeaways,
  onExport,
}: {
  followUp: FollowUp;
  takeaways: Takeaways;
  onExport?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const { thankYou } = followUp;
  const state = followUp.interview.state;
  const record = state.status === "ready" ? state.record : null;
  const warnings =
    thankYou.status === "drafted" || thankYou.status === "error" ? thankYou.warnings : [];
  return (
    <section className={styles.block} aria-labelledby="meeting-thank-you">
      <Subtitle2 as="h3" id="meeting-thank-you">
        {t("meeting.thankYou")}
      </Subtitle2>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!record || thankYou.status === "drafting"}
          onClick={() => void followUp.draftThankYou(takeaways)}
        >
          {thankYou.status === "drafting"
            ? t("meeting.thankYouDrafting")
            : t("meeting.thankYouDraft")}
        </Button>
        {record && !record.thankYou?.sentAt ? (
          <Button onClick={() => void followUp.markSent()}>{t("meeting.markSent")}</Button>
        ) : null}
        {onExport ? (
          <Button appearance="subtle" onClick={onExport}>
            {t("meeting.export")}
          </Button>
        ) : null}
      </div>
      <div role="status">
        {thankYou.status === "drafted" ? (
          <Body1>
            {thankYou.saved.kind === "compose"
              ? t("meeting.thankYouOpened")
              : t("meeting.thankYouSaved")}{" "}
            {thankYou.saved.kind === "draft" && httpsLinkOrNull(thankYou.saved.webLink) ? (
              <Link
                href={httpsLinkOrNull(thankYou.saved.webLink) ?? undefined}
                target="_blank"
                rel="noreferrer"
              >
                {t("meeting.thankYouOpen")}
              </Link>
            ) : null}
          </Body1>
        ) : null}
        {followUp.sentDetected ? <Body1>{t("meeting.sentDetected")}</Body1> : null}
      </div>
      {state.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>{failureText(t, state.reason)}</MessageBarBody>
          <Button onClick={followUp.interview.reload}>{t("meeting.retry")}</Button>
        </MessageBar>
      ) : null}
      {thankYou.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("meeting.thankYouFailed", { reason: failureText(t, thankYou.reason) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {warnings.map((w) => (
        <MessageBar key={`${w.code}:${w.phrase}`} intent="warning">
          <MessageBarBody>{t(`meeting.warning.${w.code}`, { phrase: w.phrase })}</MessageBarBody>
        </MessageBar>
      ))}
      {record?.thankYou?.sentAt ? (
        <Body1>{t("meeting.thankYouSentAt", { when: when(record.thankYou.sentAt, locale) })}</Body1>
      ) : record?.thankYou?.draftedAt ? (
        <Body1 className={styles.muted}>
          {t("meeting.thankYouDraftedAt", { when: when(record.thankYou.draftedAt, locale) })}
        </Body1>
      ) : null}
      {record?.thankYou?.sentAt ? (
        <KeepInTouchPanel followUp={followUp} takeaways={takeaways} />
      ) : null}
    </section>
  );
}
