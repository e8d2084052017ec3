// Takeaways during or after the conversation: quick notes, an answer per question, and referrals.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { ReferralOutcome } from "../../app/meeting/useFollowUp";
import type { PrepSheet, Referral } from "../../domain/prepSheet";
import { failureText } from "../common/failureText";
import { useMeetingStyles } from "./meeting.styles";

/** Edits the sheet's takeaways through `edit` (saved by the sheet's session). */
export function TakeawaysEditor({
  sheet,
  edit,
  onReferral,
}: {
  sheet: PrepSheet;
  edit: (change: (sheet: PrepSheet) => PrepSheet) => void;
  onReferral: (referral: Referral) => Promise<ReferralOutcome>;
}) {
  const t = useT();
  const styles = useMeetingStyles();
  const { takeaways } = sheet;
  const setNotes = (notes: string) => edit((s) => ({ ...s, takeaways: { ...s.takeaways, notes } }));
  const setAnswer = (id: string, text: string) =>
    edit((s) => {
      const answers = Object.fromEntries(
        Object.entries(s.takeaways.answers).filter(([key]) => key !== id),
      );
      if (text) answers[id] = text;
      return { ...s, takeaways: { ...s.takeaways, answers } };
    });
  return (
    <div className={styles.column}>
      <Field label={t("meeting.takeaways")} hint={t("meeting.takeawaysHint")}>
        <Textarea
          value={takeaways.notes}
          onChange={(_, data) => setNotes(data.value)}
          resize="vertical"
          rows={5}
        />
      </Field>
      {sheet.questions.length > 0 ? (
        <details>
          <summary>
            <Body1>{t("meeting.answers")}</Body1>
          </summary>
          <div className={styles.column}>
            {sheet.questions.map((q) => (
              <Field key={q.id} label={t("meeting.answerLabel", { question: q.text })}>
                <Textarea
                  value={takeaways.answers[q.id] ?? ""}
                  onChange={(_, data) => setAnswer(q.id, data.value)}
                  resize="vertical"
                />
              </Field>
            ))}
          </div>
        </details>
      ) : null}
      <Referrals referrals={takeaways.referrals} edit={edit} onReferral={onReferral} />
    </div>
  );
}

function Referrals({
  referrals,
  edit,
  onReferral,
}: {
  referrals: readonly Referral[];
  edit: (change: (sheet: PrepSheet) => PrepSheet) => void;
  onReferral: (referral: Referral) => Promise<ReferralOutcome>;
}) {
  const t = useT();
  const styles = useMeetingStyles();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const referral: Referral = { name: name.trim() };
    if (!referral.name) {
      setMessage(t("meeting.referralNoName"));
      return;
    }
    if (email.trim()) referral.email = email.trim();
    // On the sheet first: the referral is never lost, even if the contact cannot be made now.
    edit((s) => ({
      ...s,
      takeaways: { ...s.takeaways, referrals: [...s.takeaways.referrals, referral] },
    }));
    setBusy(true);
    const outcome = await onReferral(referral);
    setBusy(false);
    if (outcome.ok) {
      setName("");
      setEmail("");
      setMessage(t("meeting.referralAdded", { name: outcome.name }));
    } else {
      setMessage(
        t("meeting.referralFailed", {
          name: outcome.name,
          reason: outcome.reason ? failureText(t, outcome.reason) : "",
        }),
      );
    }
  };
  return (
    <form className={styles.block} onSubmit={(e) => void submit(e)}>
      <Subtitle2 as="h3">{t("meeting.referrals")}</Subtitle2>
      {referrals.length > 0 ? (
        <ul className={styles.list} aria-label={t("meeting.referralListed")}>
          {referrals.map((r) => (
            <li key={(r.email ?? r.name).toLowerCase()}>
              <Body1>
                {r.name}
                {r.email ? ` <${r.email}>` : ""}
              </Body1>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.referralForm}>
        <Field label={t("meeting.referralName")}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={t("meeting.referralEmail")}>
          <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
        </Field>
        <Button type="submit" disabled={busy}>
          {t("meeting.referralAdd")}
        </Button>
      </div>
      <Caption1 role="status">{message ?? ""}</Caption1>
    </form>
  );
}
