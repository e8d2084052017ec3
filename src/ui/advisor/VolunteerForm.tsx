// The volunteer form: pick from the directory or type a person; shows field problems, conflicts.
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { EditOutcome } from "../../app/advisor/useVolunteers";
import { useDirectoryPicker, type PickablePerson } from "../../app/advisor/useDirectoryPicker";
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import {
  PREFERRED_FORMATS,
  splitList,
  type PreferredFormat,
  type VolunteerDraft,
  type VolunteerRecord,
} from "../../domain/volunteers/record";
import type { VolunteerField, VolunteerProblem } from "../../domain/volunteers/validation";
import { failureText } from "../common/failureText";
import { useAdvisorStyles } from "./advisor.styles";
import { ConflictChoice } from "./ConflictChoice";

/** The form's text state: lists stay as typed until saved. */
interface FormText {
  name: string;
  email: string;
  organisation: string;
  industry: string;
  occupation: string;
  topics: string;
  languages: string;
  preferredFormat: string;
  monthlyCapacity: string;
  active: boolean;
  advisorNotes: string;
  directoryId: string | null;
}

function textOf(draft: VolunteerDraft): FormText {
  return {
    ...draft,
    topics: draft.topics.join("; "),
    languages: draft.languages.join("; "),
    preferredFormat: draft.preferredFormat ?? "",
    monthlyCapacity: draft.monthlyCapacity === null ? "" : String(draft.monthlyCapacity),
  };
}

function draftOfText(form: FormText): VolunteerDraft {
  const cap = form.monthlyCapacity.trim();
  const n = cap === "" ? null : Number(cap);
  return {
    ...form,
    topics: splitList(form.topics),
    languages: splitList(form.languages),
    preferredFormat: PREFERRED_FORMATS.includes(form.preferredFormat as PreferredFormat)
      ? (form.preferredFormat as PreferredFormat)
      : null,
    // A non-number is kept as an impossible cap so validation names the field.
    monthlyCapacity: n === null || Number.isNaN(n) ? (n === null ? null : -1) : n,
  };
}

/**
 * Add (no `record`) or edit (`record`). `onSubmit` is the hook's add or save; on a conflict the
 * advisor compares both versions and keeps one. `onDone` closes the form.
 */
export function VolunteerForm({
  record,
  initial,
  onSubmit,
  onDone,
}: {
  record: VolunteerRecord | null;
  initial: VolunteerDraft;
  onSubmit: (record: VolunteerRecord | null, draft: VolunteerDraft) => Promise<EditOutcome>;
  onDone: (saved: VolunteerRecord | null) => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const headingId = useId();
  const [form, setForm] = useState<FormText>(() => textOf(initial));
  const [target, setTarget] = useState<VolunteerRecord | null>(record);
  const [problems, setProblems] = useState<VolunteerProblem[]>([]);
  const [failure, setFailure] = useState<GraphReason | null>(null);
  const [conflict, setConflict] = useState<Extract<EditOutcome, { kind: "conflict" }> | null>(null);
  const [busy, setBusy] = useState(false);
  const [pickerText, setPickerText] = useState("");
  const picker = useDirectoryPicker(record ? "" : pickerText);

  const set = <K extends keyof FormText>(key: K, value: FormText[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const problemOf = (field: VolunteerField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`advisor.problem.${problem.code}`) : undefined;
  };

  const pick = (person: PickablePerson) => {
    setForm((f) => ({
      ...f,
      name: person.displayName,
      email: person.email,
      occupation: person.jobTitle || f.occupation,
      organisation: person.companyName || f.organisation,
      directoryId: person.id,
    }));
    setPickerText("");
  };

  const submit = async (draft: VolunteerDraft, against: VolunteerRecord | null) => {
    setBusy(true);
    setFailure(null);
    const outcome = await onSubmit(against, draft);
    setBusy(false);
    switch (outcome.kind) {
      case "saved":
        setProblems([]);
        setConflict(null);
        onDone(outcome.record);
        return;
      case "invalid":
        setProblems(outcome.problems);
        return;
      case "conflict":
        setConflict(outcome);
        return;
      case "failed":
        setFailure(outcome.reason);
    }
  };

  if (conflict) {
    return (
      <ConflictChoice
        mine={conflict.mine}
        theirs={conflict.theirs}
        onKeepMine={() => {
          const theirs = conflict.theirs;
          setConflict(null);
          // Saving against their etag: the advisor has now seen their version.
          if (theirs) {
            setTarget(theirs);
            void submit(conflict.mine, theirs);
          } else void submit(conflict.mine, null);
        }}
        onKeepTheirs={() => onDone(conflict.theirs)}
      />
    );
  }

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(draftOfText(form), target);
      }}
    >
      <Subtitle2 as="h3" id={headingId}>
        {record
          ? t("advisor.form.editHeading", { name: record.name })
          : t("advisor.form.addHeading")}
      </Subtitle2>
      {record ? null : (
        <>
          <Field label={t("advisor.form.picker")} hint={t("advisor.form.pickerHint")}>
            <SearchBox
              value={pickerText}
              placeholder={t("advisor.form.pickerPlaceholder")}
              onChange={(_, data) => setPickerText(data.value)}
            />
          </Field>
          {picker.status === "loading" ? (
            <Spinner size="tiny" label={t("advisor.loading")} />
          ) : null}
          {picker.status === "error" && picker.reason ? (
            <Body1 role="alert">{failureText(t, picker.reason)}</Body1>
          ) : null}
          {picker.people.length > 0 ? (
            <ul className={styles.list} aria-label={t("advisor.form.pickerResults")}>
              {picker.people.map((person) => (
                <li key={person.id}>
                  <Button
                    appearance="subtle"
                    onClick={() => pick(person)}
                    aria-label={t("advisor.form.pick", {
                      name: person.displayName,
                      detail: person.jobTitle || person.email,
                    })}
                  >
                    {person.displayName} · {person.jobTitle || person.email}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          {form.directoryId ? <Body1>{t("advisor.form.picked", { name: form.name })}</Body1> : null}
        </>
      )}
      <Field label={t("advisor.form.name")} validationMessage={problemOf("name")}>
        <Input value={form.name} aria-required="true" onChange={(_, d) => set("name", d.value)} />
      </Field>
      <Field label={t("advisor.form.email")} validationMessage={problemOf("email")}>
        <Input
          type="email"
          aria-required="true"
          value={form.email}
          onChange={(_, d) => set("email", d.value)}
        />
      </Field>
      <Field label={t("advisor.form.organisation")}>
        <Input value={form.organisation} onChange={(_, d) => set("organisation", d.value)} />
      </Field>
      <Field label={t("advisor.form.industry")}>
        <Input value={form.industry} onChange={(_, d) => set("industry", d.value)} />
      </Field>
      <Field label={t("advisor.form.occupation")}>
        <Input value={form.occupation} onChange={(_, d) => set("occupation", d.value)} />
      </Field>
      <Field label={t("advisor.form.topics")} hint={t("advisor.form.topicsHint")}>
        <Input value={form.topics} onChange={(_, d) => set("topics", d.value)} />
      </Field>
      <Field label={t("advisor.form.languages")} hint={t("advisor.form.languagesHint")}>
        <Input value={form.languages} onChange={(_, d) => set("languages", d.value)} />
      </Field>
      <Field label={t("advisor.form.format")} validationMessage={problemOf("preferredFormat")}>
        <Select value={form.preferredFormat} onChange={(_, d) => set("preferredFormat", d.value)}>
          <option value="">{t("advisor.form.formatNone")}</option>
          {PREFERRED_FORMATS.map((format) => (
            <option key={format} value={format}>
              {t(`advisor.format.${format}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("advisor.form.capacity")}
        hint={t("advisor.form.capacityHint")}
        validationMessage={problemOf("monthlyCapacity")}
      >
        <Input
          type="number"
          min={0}
          max={31}
          value={form.monthlyCapacity}
          onChange={(_, d) => set("monthlyCapacity", d.value)}
        />
      </Field>
      <Checkbox
        label={t("advisor.form.active")}
        checked={form.active}
        onChange={(_, d) => set("active", d.checked === true)}
      />
      <Field label={t("advisor.form.notes")}>
        <Textarea value={form.advisorNotes} onChange={(_, d) => set("advisorNotes", d.value)} />
      </Field>
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{failureText(t, failure)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? t("advisor.form.saving") : t("advisor.form.save")}
        </Button>
        <Button onClick={() => onDone(null)}>{t("advisor.form.cancel")}</Button>
      </div>
    </form>
  );
}
