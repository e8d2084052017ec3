// Calling instead of writing: a short script, Teams' call and chat links, and "I called".
import { Body1, Button, Link, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { ArrangeModel } from "../../app/arrange/useArrange";
import { useCall } from "../../app/arrange/useCall";
import { useMe } from "../../app/arrange/useMe";
import { callScript, teamsCallLink, teamsChatLink } from "../../domain/callScript";
import { stageIndex } from "../../domain/interview";
import { httpsLinkOrNull } from "../../domain/mail/escape";
import { intlLocale } from "../../domain/time/zones";
import { FailureNotice } from "../common/FailureNotice";
import { Notice } from "../common/Notice";
import { useArrangeStyles } from "./arrange.styles";

/**
 * The call card of a loaded interview. The script and "I called" suit any contact with a phone;
 * Teams' links only a directory contact (one with a directoryId), who shares the student's tenant.
 */
export function CallCard({ contactId, model }: { contactId: string; model: ArrangeModel }) {
  const t = useT();
  const locale = useLocale();
  const styles = useArrangeStyles();
  const me = useMe();
  const interview = model.interview.status === "ready" ? model.interview : null;
  const call = useCall(contactId, interview?.record.calledAt ?? null);
  if (!interview) return null;
  const { contact, record } = interview;
  const script = callScript({
    locale,
    student: { displayName: me?.displayName ?? "" },
    contact: {
      displayName: contact.displayName,
      ...(contact.givenName ? { givenName: contact.givenName } : {}),
    },
    durationMinutes: model.settings.durationMinutes,
    ...(record.referredBy ? { referredBy: record.referredBy } : {}),
  });
  const directory = Boolean(record.directoryId);
  const callLink = directory ? teamsCallLink(contact.email) : null;
  const chatLink = directory ? teamsChatLink(contact.email) : null;
  const busy = call.recording.status === "busy";
  const when = call.calledAt
    ? new Intl.DateTimeFormat(intlLocale(locale), {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(call.calledAt))
    : null;
  return (
    <section className={styles.group} aria-labelledby="call-heading">
      <Subtitle2 as="h3" id="call-heading">
        {t("arrange.callHeading")}
      </Subtitle2>
      <Body1>{t("arrange.callIntro")}</Body1>
      <ol aria-label={t("arrange.callScriptLabel")}>
        {script.lines.map((line) => (
          <li key={line}>
            <Body1>{line}</Body1>
          </li>
        ))}
      </ol>
      <Body1 className={styles.note}>
        {t("arrange.callVoicemail", { message: script.voicemail })}
      </Body1>
      <div className={styles.row}>
        {callLink ? (
          // An anchor, so Teams opens from the user's own click in every host (no pop-up blocker,
          // no window.open in Outlook's pane); opening it records the call, as the user would
          // otherwise forget to. It acts as a button, so it says so and answers Space as well.
          <Button
            as="a"
            role="button"
            appearance="primary"
            href={httpsLinkOrNull(callLink) ?? undefined}
            target="_blank"
            rel="noreferrer"
            onClick={() => void call.markCalled()}
            onKeyDown={(event) => {
              if (event.key !== " ") return;
              event.preventDefault();
              event.currentTarget.click();
            }}
          >
            {t("arrange.callOnTeams")}
          </Button>
        ) : null}
        {chatLink ? (
          <Link href={httpsLinkOrNull(chatLink) ?? undefined} target="_blank" rel="noreferrer">
            {t("arrange.chatOnTeams")}
          </Link>
        ) : null}
        <Button disabled={busy} onClick={() => void call.markCalled()}>
          {t("arrange.markCalled")}
        </Button>
        {busy ? <Spinner size="tiny" label={t("arrange.callRecording")} /> : null}
      </div>
      <div role="status">
        {/* Once booked, "book a time next" would be stale advice. */}
        {when && stageIndex(record.stage) < stageIndex("booked") ? (
          <Notice intent="success">{t("arrange.calledAt", { when })}</Notice>
        ) : null}
      </div>
      {call.recording.status === "error" ? (
        <FailureNotice failure={call.recording.reason} wording="step" />
      ) : null}
    </section>
  );
}
