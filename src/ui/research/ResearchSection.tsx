// Step 2, research: the contact's private notes, saved as typed, with save status and conflicts.
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useId } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useResearchNotes } from "../../app/interviews/useResearchNotes";
import { checklistProgress } from "../../domain/researchNotes";
import { failureText } from "../common/failureText";
import type { SectionProps } from "../common/sectionProps";
import { useResearchStyles } from "./ResearchSection.styles";
import { ResourcesForOrganisation } from "./ResourcesForOrganisation";
import { OrganisationAtAGlance } from "./OrganisationAtAGlance";

/** The research notes of one interview. */
export function ResearchSection({ contactId, debounceMs }: SectionProps & { debounceMs?: number }) {
  const t = useT();
  const styles = useResearchStyles();
  const notes = useResearchNotes(contactId, debounceMs !== undefined ? { debounceMs } : {});
  const mineId = useId();
  const theirsId = useId();
  const progress = checklistProgress(notes.text);
  const statusText =
    notes.status === "error"
      ? t("research.status.error", { reason: notes.reason ? failureText(t, notes.reason) : "" })
      : t(`research.status.${notes.status}`);

  return (
    <section className={styles.section} aria-label={t("research.notesLabel")}>
      {notes.conflict ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("research.conflict.heading")}</MessageBarTitle>
            {t("research.conflict.body")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notes.conflict ? (
        <div className={styles.versions}>
          <div>
            <Subtitle2 as="h3" id={mineId}>
              {t("research.conflict.mine")}
            </Subtitle2>
            <pre className={styles.version} aria-labelledby={mineId}>
              {notes.conflict.mine}
            </pre>
            <Button appearance="primary" onClick={() => notes.keep("mine")}>
              {t("research.conflict.keepMine")}
            </Button>
          </div>
          <div>
            <Subtitle2 as="h3" id={theirsId}>
              {t("research.conflict.theirs")}
            </Subtitle2>
            <pre className={styles.version} aria-labelledby={theirsId}>
              {notes.conflict.theirs}
            </pre>
            <Button onClick={() => notes.keep("theirs")}>
              {t("research.conflict.keepTheirs")}
            </Button>
          </div>
        </div>
      ) : null}
      <Field label={t("research.notesLabel")} hint={t("research.hint")}>
        <Textarea
          className={styles.notes}
          value={notes.text}
          onChange={(_, data) => notes.edit(data.value)}
          disabled={notes.status === "loading"}
          resize="vertical"
        />
      </Field>
      <div className={styles.status}>
        <Body1 role="status" aria-live="polite">
          {statusText}
        </Body1>
        {notes.status === "offline" || notes.status === "error" ? (
          <Button size="small" onClick={notes.retry}>
            {t("research.saveNow")}
          </Button>
        ) : null}
        {progress.total > 0 ? (
          <Caption1 className={styles.muted}>
            {t("research.checklist", { done: progress.done, total: progress.total })}
          </Caption1>
        ) : null}
      </div>
      <OrganisationAtAGlance contactId={contactId} />
      <ResourcesForOrganisation contactId={contactId} />
    </section>
  );
}

export default ResearchSection;
