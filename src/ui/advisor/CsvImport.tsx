// Importing volunteers from CSV: a preview, every bad line named, one button writes all or none.
import {
  Body1,
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ImportResult, VolunteersModel } from "../../app/advisor/useVolunteers";
import { useT } from "../../app/i18n/I18nProvider";
import type { CsvLineError, VolunteerImport } from "../../domain/volunteers/csvImport";
import { failureText } from "../common/failureText";
import { useAdvisorStyles } from "./advisor.styles";

const PREVIEW_ROWS = 20;

/** Reads the chosen file, previews it, and imports on request. */
export function CsvImport({
  model,
  onClose,
}: {
  model: Pick<VolunteersModel, "previewImport" | "runImport">;
  onClose: () => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const headingId = useId();
  const fileId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<VolunteerImport | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const lineText = (error: CsvLineError) => {
    const problem = t(`advisor.problem.${error.code}`, { column: error.column ?? "" });
    return error.column && error.code !== "missing-header"
      ? t("advisor.import.lineColumn", { line: error.line, column: error.column, problem })
      : t("advisor.import.line", { line: error.line, problem });
  };

  const choose = async (file: File | undefined) => {
    setResult(null);
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    setPreview(model.previewImport(text));
  };

  const run = async () => {
    if (csv === null) return;
    setBusy(true);
    const outcome = await model.runImport(csv);
    setBusy(false);
    setResult(outcome);
    if (outcome.kind === "refused") setPreview({ ok: false, errors: outcome.errors });
    else {
      setPreview(null);
      setCsv(null);
    }
  };

  const errors =
    preview && !preview.ok ? preview.errors : result?.kind === "refused" ? result.errors : [];

  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("advisor.import.heading")}
      </Subtitle2>
      <Body1>{t("advisor.import.hint")}</Body1>
      <div className={styles.field}>
        <Label htmlFor={fileId}>{t("advisor.import.file")}</Label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {errors.length > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("advisor.import.errors")}
            <ul>
              {errors.map((error, i) => (
                <li key={i}>{lineText(error)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview?.ok ? (
        <>
          <table className={styles.table} aria-label={t("advisor.import.preview")}>
            <thead>
              <tr>
                <th scope="col">{t("advisor.form.name")}</th>
                <th scope="col">{t("advisor.form.email")}</th>
                <th scope="col">{t("advisor.form.organisation")}</th>
                <th scope="col">{t("advisor.form.capacity")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.drafts.slice(0, PREVIEW_ROWS).map((draft) => (
                <tr key={draft.email}>
                  <td>{draft.name}</td>
                  <td>{draft.email}</td>
                  <td>{draft.organisation}</td>
                  <td>{draft.monthlyCapacity ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void run()}>
              {busy
                ? t("advisor.import.running")
                : t("advisor.import.run", { count: preview.drafts.length })}
            </Button>
          </div>
        </>
      ) : null}
      {result?.kind === "imported" ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("advisor.import.done", { count: result.count })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.kind === "partial" ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("advisor.import.partial", {
              count: result.count,
              reason: failureText(t, result.reason),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={onClose}>{t("advisor.import.close")}</Button>
      </div>
    </section>
  );
}
