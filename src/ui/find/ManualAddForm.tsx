// Adding someone outside the directory by hand: name, email, organisation and how we met.
import { Button, Field, Input, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useAddInterview } from "../../app/interviews/interviewStore";
import { useNavigation } from "../../app/navigation";
import { failureText } from "../common/failureText";
import { useFindStyles } from "./FindView.styles";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function ManualAddForm({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const styles = useFindStyles();
  const add = useAddInterview();
  const { go } = useNavigation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [howWeMet, setHowWeMet] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const nameError = submitted && !name.trim() ? t("find.manual.nameRequired") : undefined;
  const emailError =
    submitted && email.trim() && !EMAIL.test(email.trim())
      ? t("find.manual.emailInvalid")
      : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || (email.trim() && !EMAIL.test(email.trim()))) return;
    setBusy(true);
    setFailure(null);
    const result = await add({
      displayName: name,
      email: email.trim() || null,
      organisation: organisation.trim() || null,
      howWeMet: howWeMet.trim() || null,
      source: "manual",
    });
    setBusy(false);
    if (result.ok)
      go({ view: "interview", contactId: result.interview.record.contactId, section: "research" });
    else
      setFailure(
        t("card.addFailed", {
          reason:
            result.reason === "failed"
              ? failureText(t, result.failure)
              : failureText(t, { kind: "too-large" }),
        }),
      );
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t("find.manual.heading")}
    >
      <Subtitle2 as="h3">{t("find.manual.heading")}</Subtitle2>
      <Field label={t("find.manual.name")} required validationMessage={nameError}>
        <Input value={name} onChange={(_, d) => setName(d.value)} autoComplete="off" />
      </Field>
      <Field label={t("find.manual.email")} validationMessage={emailError}>
        <Input
          type="email"
          value={email}
          onChange={(_, d) => setEmail(d.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={t("find.manual.organisation")}>
        <Input value={organisation} onChange={(_, d) => setOrganisation(d.value)} />
      </Field>
      <Field label={t("find.manual.howWeMet")}>
        <Textarea value={howWeMet} onChange={(_, d) => setHowWeMet(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? t("card.adding") : t("card.add")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("find.manual.cancel")}
        </Button>
      </div>
      {failure ? <p role="alert">{failure}</p> : null}
    </form>
  );
}
