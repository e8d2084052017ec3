// The resource form: add or edit one library entry; refuses anything but an https link, saying why.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { ResourceOutcome } from "../../app/resources/useResources";
import type { GraphReason } from "../../domain/graphReason";
import {
  RESOURCE_KINDS,
  RESOURCE_LANGUAGES,
  hasProblems,
  splitIndustries,
  validateResource,
  type ResourceDraft,
  type ResourceKind,
  type ResourceLanguage,
  type ResourceProblems,
  type ResourceRecord,
} from "../../domain/resources";
import { failureText } from "../common/failureText";
import { useAdvisorStyles } from "./advisor.styles";

/** The form's text: industries stay as typed until saved. */
interface FormText {
  title: string;
  url: string;
  kind: ResourceKind;
  industries: string;
  organisation: string;
  language: ResourceLanguage;
}

const textOf = (draft: ResourceDraft): FormText => ({
  ...draft,
  industries: draft.industries.join("; "),
});

const draftOf = (form: FormText): ResourceDraft => ({
  ...form,
  industries: splitIndustries(form.industries),
});

/** Add (no `record`) or edit (`record`); `onDone` closes the form with what was saved. */
export function ResourceForm({
  record,
  initial,
  onSubmit,
  onDone,
}: {
  record: ResourceRecord | null;
  initial: ResourceDraft;
  onSubmit: (record: ResourceRecord | null, draft: ResourceDraft) => Promise<ResourceOutcome>;
  onDone: (saved: ResourceRecord | null) => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const headingId = useId();
  const [form, setForm] = useState<FormText>(() => textOf(initial));
  const [problems, setProblems] = useState<ResourceProblems>({});
  const [failure, setFailure] = useState<GraphReason | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof FormText>(key: K, value: FormText[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const draft = draftOf(form);
    // Checked here too, so a refused link is explained before anything is sent.
    const found = validateResource(draft);
    setProblems(found);
    setFailure(null);
    setConflict(false);
    if (hasProblems(found)) return;
    setBusy(true);
    const outcome = await onSubmit(record, draft);
    setBusy(false);
    switch (outcome.kind) {
      case "saved":
        onDone(outcome.record);
        return;
      case "invalid":
        setProblems(outcome.problems);
        return;
      case "conflict":
        setConflict(true);
        return;
      case "failed":
        setFailure(outcome.reason);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h3" id={headingId}>
        {t(record ? "resources.form.editHeading" : "resources.form.addHeading")}
      </Subtitle2>
      <Field
        label={t("resources.form.title")}
        required
        validationMessage={problems.title ? t("resources.problem.title") : undefined}
      >
        <Input value={form.title} onChange={(_, data) => set("title", data.value)} />
      </Field>
      <Field
        label={t("resources.form.url")}
        required
        hint={t("resources.form.urlHint")}
        validationMessage={problems.url ? t(`resources.problem.${problems.url}`) : undefined}
      >
        <Input
          type="url"
          inputMode="url"
          value={form.url}
          onChange={(_, data) => set("url", data.value)}
        />
      </Field>
      <Field label={t("resources.form.kind")}>
        <Select value={form.kind} onChange={(_, data) => set("kind", data.value as ResourceKind)}>
          {RESOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`resources.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("resources.form.industries")} hint={t("resources.form.industriesHint")}>
        <Input value={form.industries} onChange={(_, data) => set("industries", data.value)} />
      </Field>
      <Field label={t("resources.form.organisation")} hint={t("resources.form.organisationHint")}>
        <Input value={form.organisation} onChange={(_, data) => set("organisation", data.value)} />
      </Field>
      <Field label={t("resources.form.language")}>
        <Select
          value={form.language}
          onChange={(_, data) => set("language", data.value as ResourceLanguage)}
        >
          {RESOURCE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`resources.language.${language}`)}
            </option>
          ))}
        </Select>
      </Field>
      {conflict ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t("resources.conflict")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("resources.actionFailed")} {failureText(t, failure)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={busy}>
          {t(busy ? "resources.form.saving" : "resources.form.save")}
        </Button>
        <Button onClick={() => onDone(null)}>{t("resources.form.cancel")}</Button>
      </div>
    </form>
  );
}
