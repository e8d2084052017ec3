// Two advisors edited one volunteer: both versions side by side, and the choice of which to keep.
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import type { MessageKey } from "../../app/i18n/messages";
import type { VolunteerDraft } from "../../domain/volunteers/record";
import { useAdvisorStyles } from "./advisor.styles";

const ROWS: readonly [MessageKey, (d: VolunteerDraft) => string][] = [
  ["advisor.form.name", (d) => d.name],
  ["advisor.form.email", (d) => d.email],
  ["advisor.form.organisation", (d) => d.organisation],
  ["advisor.form.industry", (d) => d.industry],
  ["advisor.form.occupation", (d) => d.occupation],
  ["advisor.form.topics", (d) => d.topics.join("; ")],
  ["advisor.form.languages", (d) => d.languages.join("; ")],
  ["advisor.form.format", (d) => d.preferredFormat ?? ""],
  ["advisor.form.capacity", (d) => (d.monthlyCapacity === null ? "" : String(d.monthlyCapacity))],
  ["advisor.form.active", (d) => (d.active ? "✓" : "—")],
  ["advisor.form.notes", (d) => d.advisorNotes],
];

/** Shows what differs; "Keep my version" saves mine over theirs, "Keep their version" discards mine. */
export function ConflictChoice({
  mine,
  theirs,
  onKeepMine,
  onKeepTheirs,
}: {
  mine: VolunteerDraft;
  theirs: VolunteerDraft | null;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  return (
    <section className={styles.form} aria-label={t("advisor.conflict.heading")}>
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t("advisor.conflict.heading")}</MessageBarTitle>
          {theirs ? t("advisor.conflict.body") : t("advisor.conflict.gone")}
        </MessageBarBody>
      </MessageBar>
      {theirs ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("advisor.conflict.field")}</th>
              <th scope="col">{t("advisor.conflict.mine")}</th>
              <th scope="col">{t("advisor.conflict.theirs")}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([label, read]) => {
              const a = read(mine);
              const b = read(theirs);
              return (
                <tr key={label}>
                  <th scope="row">{t(label)}</th>
                  <td>
                    {a === b ? <Body1 className={styles.muted}>{a}</Body1> : <strong>{a}</strong>}
                  </td>
                  <td>
                    {a === b ? <Body1 className={styles.muted}>{b}</Body1> : <strong>{b}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onKeepMine}>
          {t("advisor.conflict.keepMine")}
        </Button>
        <Button onClick={onKeepTheirs}>{t("advisor.conflict.keepTheirs")}</Button>
      </div>
    </section>
  );
}
