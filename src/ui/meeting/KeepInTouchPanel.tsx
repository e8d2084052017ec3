// Keeping in touch after the thank-you: the reminder's interval, the drafted update, noticing it in
// Sent Items, and "I sent it" for a note that went out some other way.
import {
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useId } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useKeepInTouch, type FollowUp } from "../../app/meeting/useFollowUp";
import {
  DEFAULT_KEEP_IN_TOUCH_MONTHS,
  KEEP_IN_TOUCH_CHOICES,
  type KeepInTouchMonths,
} from "../../domain/interview";
import { httpsLinkOrNull } from "../../domain/mail/escape";
import { keepInTouchDue } from "../../domain/pipeline";
import type { Takeaways } from "../../domain/prepSheet";
import { intlLocale } from "../../domain/time/zones";
import { failureText } from "../common/failureText";
import { useMeetingStyles } from "./meeting.styles";

function format(date: Date, locale: "en" | "fr-CA", withTime: boolean): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" as const } : {}),
  }).format(date);
}

/** The keep-in-touch note of the interview `followUp` holds; shown once the thank-you went out. */
export function KeepInTouchPanel({
  followUp,
  takeaways,
}: {
  followUp: FollowUp;
  takeaways: Takeaways;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useMeetingStyles();
  const headingId = useId();
  const state = followUp.interview.state;
  const record = state.status === "ready" ? state.record : null;
  // The conversation's date, for the note: the last linked meeting that has begun.
  const started = (record?.events ?? [])
    .map((e) => Date.parse(e.start))
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b);
  const meetingStart = started.length > 0 ? new Date(started[started.length - 1] ?? 0) : null;
  const keep = useKeepInTouch(followUp, meetingStart);
  if (!record || state.status !== "ready") return null;
  const months = record.keepInTouch?.months ?? DEFAULT_KEEP_IN_TOUCH_MONTHS;
  const due = keepInTouchDue(record);
  const sentAt = record.keepInTouch?.sentAt;
  const draftedAt = record.keepInTouch?.draftedAt;
  const { status } = keep;
  const warnings = status.status === "drafted" || status.status === "error" ? status.warnings : [];
  const draftLink =
    status.status === "drafted" && status.saved.kind === "draft" ? status.saved.webLink : null;
  return (
    <section className={styles.block} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("meeting.keepInTouch")}
      </Subtitle2>
      <Body1>{t("meeting.keepInTouchIntro", { name: state.contact.displayName })}</Body1>
      <Field label={t("meeting.keepInTouchInterval")}>
        <Select
          value={String(months)}
          onChange={(_, data) => void keep.setInterval(Number(data.value) as KeepInTouchMonths)}
        >
          {KEEP_IN_TOUCH_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice === 0
                ? t("meeting.keepInTouchOff")
                : t("meeting.keepInTouchIn", { months: choice })}
            </option>
          ))}
        </Select>
      </Field>
      {sentAt ? (
        <Body1>
          {t("meeting.keepInTouchSentAt", { when: format(new Date(sentAt), locale, true) })}
        </Body1>
      ) : draftedAt && months !== 0 && status.status === "idle" ? (
        // A draft from an earlier visit that Sent Items does not show yet: say how it gets noticed.
        <Body1>
          {t("meeting.keepInTouchDraftedAt", { when: format(new Date(draftedAt), locale, true) })}
        </Body1>
      ) : months === 0 ? (
        <Body1 className={styles.muted}>{t("meeting.keepInTouchOffNote")}</Body1>
      ) : due ? (
        <Body1>{t("meeting.keepInTouchDue", { date: format(due, locale, false) })}</Body1>
      ) : null}
      {!sentAt && months !== 0 ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={status.status === "drafting"}
            onClick={() => void keep.draft(takeaways)}
          >
            {status.status === "drafting"
              ? t("meeting.keepInTouchDrafting")
              : t("meeting.keepInTouchDraft")}
          </Button>
          <Button onClick={() => void keep.markSent()}>{t("meeting.markSent")}</Button>
        </div>
      ) : null}
      <div role="status">
        {keep.sentDetected ? <Body1>{t("meeting.keepInTouchSentDetected")}</Body1> : null}
        {status.status === "drafted" ? (
          <Body1>
            {status.saved.kind === "compose"
              ? t("meeting.keepInTouchOpened")
              : t("meeting.keepInTouchSaved")}{" "}
            {httpsLinkOrNull(draftLink) ? (
              <Link href={httpsLinkOrNull(draftLink) ?? undefined} target="_blank" rel="noreferrer">
                {t("meeting.thankYouOpen")}
              </Link>
            ) : null}
          </Body1>
        ) : null}
      </div>
      {status.status === "error" ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("meeting.thankYouFailed", { reason: failureText(t, status.reason) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {keep.saveFailure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("meeting.keepInTouchSaveFailed", { reason: failureText(t, keep.saveFailure) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {warnings.map((w) => (
        <MessageBar key={`${w.code}:${w.phrase}`} intent="warning">
          <MessageBarBody>{t(`meeting.warning.${w.code}`, { phrase: w.phrase })}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
