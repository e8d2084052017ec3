// Calling instead of writing: a short script, Teams' call and chat (the host's own, or its links),
// and "I called".
import { Body1, Button, Link, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useServices } from "../../app/services";
import type { ArrangeModel } from "../../app/arrange/useArrange";
import { useCall } from "../../app/arrange/useCall";
import { useMe } from "../../app/arrange/useMe";
import { callScript, teamsCallLink, teamsChatLink } from "../../domain/callScript";
import { stageIndex } from "../../domain/interview";
import { httpsLinkOrNull } from "../../domain/mail/escape";
import { intlLocale } from "../../domain/time/zones";
import { FailureNotice } from "../common/FailureNotice";
import { Notice } from "../common/Notice";
import type { HostCallOutcome } from "../../hosts/types";
import { useArrangeStyles } from "./arrange.styles";

/** What the host was last asked (a call or a chat) and what it answered, while it is shown. */
interface TeamsAsk {
  kind: "call" | "chat";
  outcome: HostCallOutcome | "asking";
}

/**
 * The call card of a loaded interview. The script and "I called" suit any contact with a phone;
 * Teams only a directory contact (one with a directoryId), who shares the student's tenant. Inside
 * Teams the host starts the call or chat itself (a link there would take the tab away); elsewhere,
 * or when Teams refuses, Teams' deep links open from the user's own click.
 */
export function CallCard({ contactId, model }: { contactId: string; model: ArrangeModel }) {
  const t = useT();
  const locale = useLocale();
  const styles = useArrangeStyles();
  const me = useMe();
  const { host } = useServices();
  const [ask, setAsk] = useState<TeamsAsk | null>(null);
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
  // A link exists only for an address Teams takes as one sign-in name (domain/callScript.ts), so
  // the host is asked for that same person, trimmed as the link has it.
  const target = callLink && contact.email ? contact.email.trim() : null;
  const hostCall = Boolean(target && host.startCall);
  const hostChat = Boolean(target && chatLink && host.openChat);
  const asking = ask?.outcome === "asking";
  const askTeams = (kind: TeamsAsk["kind"]) => {
    if (!target) return;
    setAsk({ kind, outcome: "asking" });
    const asked = kind === "call" ? host.startCall?.([target], "audio") : host.openChat?.(target);
    void (asked ?? Promise.resolve<HostCallOutcome>("unsupported")).then(
      (outcome) => {
        setAsk({ kind, outcome });
        // As opening the link does: Teams placing the call is when the student calls. A refusal
        // records nothing; the link offered then records the call when it is opened.
        if (kind === "call" && outcome === "started") void call.markCalled();
      },
      () => setAsk({ kind, outcome: "refused" }),
    );
  };
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
        {hostCall ? (
          <Button appearance="primary" disabled={asking} onClick={() => askTeams("call")}>
            {t("arrange.callOnTeams")}
          </Button>
        ) : callLink ? (
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
        {hostChat ? (
          <Link as="button" disabled={asking} onClick={() => askTeams("chat")}>
            {t("arrange.chatOnTeams")}
          </Link>
        ) : chatLink ? (
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
        {ask ? (
          <TeamsAnswer
            ask={ask}
            name={contact.displayName}
            link={ask.kind === "call" ? callLink : chatLink}
            onCallLink={() => void call.markCalled()}
          />
        ) : null}
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

/**
 * What Teams answered, said plainly: starting (Teams asks the user to confirm a call before it
 * places it, msteams-docs concepts/build-and-test/deep-link-workflow.md), or not, with what to do
 * then: Teams' own link, which still works from a click, or the Teams app.
 */
function TeamsAnswer(props: {
  ask: TeamsAsk;
  name: string;
  link: string | null;
  onCallLink: () => void;
}) {
  const t = useT();
  const { ask, name } = props;
  if (ask.outcome === "asking") return <Spinner size="tiny" label={t("arrange.teamsAsking")} />;
  const call = ask.kind === "call";
  if (ask.outcome === "started") {
    return (
      <Notice intent="success">
        {t(call ? "arrange.teamsCallStarted" : "arrange.teamsChatStarted", { name })}
      </Notice>
    );
  }
  const message =
    ask.outcome === "unsupported"
      ? call
        ? "arrange.teamsCallUnsupported"
        : "arrange.teamsChatUnsupported"
      : call
        ? "arrange.teamsCallRefused"
        : "arrange.teamsChatRefused";
  return (
    <Notice intent="warning">
      {t(message, { name })}{" "}
      {props.link ? (
        <Link
          href={httpsLinkOrNull(props.link) ?? undefined}
          target="_blank"
          rel="noreferrer"
          onClick={call ? props.onCallLink : undefined}
        >
          {t(call ? "arrange.teamsCallLink" : "arrange.teamsChatLink")}
        </Link>
      ) : null}
    </Notice>
  );
}
