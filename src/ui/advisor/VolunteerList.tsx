// The volunteer list: search and filter for all; add, edit, deactivate, remove, import, export.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Select,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { VolunteersModel } from "../../app/advisor/useVolunteers";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { volunteersToCsv } from "../../domain/volunteers/csvExport";
import { filterVolunteers } from "../../domain/volunteers/filter";
import type { VolunteerLoad } from "../../domain/volunteers/load";
import { EMPTY_VOLUNTEER, draftOf, type VolunteerRecord } from "../../domain/volunteers/record";
import { formatList } from "../common/formatList";
import { ActionFailed } from "./ActionFailed";
import { useAdvisorStyles } from "./advisor.styles";
import { CsvImport } from "./CsvImport";
import { VolunteerForm } from "./VolunteerForm";

/** Hands the browser a CSV file to save (UTF-8 with a byte-order mark, so Excel reads accents). */
function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Editing = { kind: "add" } | { kind: "edit"; record: VolunteerRecord } | { kind: "import" };

function VolunteerCard({
  volunteer,
  load,
  canEdit,
  showNotes,
  onEdit,
  onToggleActive,
  onRemove,
}: {
  volunteer: VolunteerRecord;
  load: VolunteerLoad | undefined;
  canEdit: boolean;
  showNotes: boolean;
  onEdit: () => void;
  onToggleActive: () => void;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useAdvisorStyles();
  const [confirming, setConfirming] = useState(false);
  const name = volunteer.name;
  const detail = [volunteer.occupation, volunteer.organisation].filter(Boolean).join(" · ");
  return (
    <li className={styles.card} aria-label={name}>
      <h3 className={styles.cardTitle}>{name}</h3>
      {detail ? <Body1>{detail}</Body1> : null}
      <Caption1 className={styles.muted}>{volunteer.email}</Caption1>
      <div className={styles.badges}>
        {volunteer.industry ? <Badge appearance="outline">{volunteer.industry}</Badge> : null}
        {!volunteer.active ? <Badge color="subtle">{t("advisor.inactive")}</Badge> : null}
        {load?.full && volunteer.active ? <Badge color="danger">{t("advisor.full")}</Badge> : null}
      </div>
      {volunteer.topics.length > 0 ? (
        <Caption1>{t("advisor.topics", { list: formatList(locale, volunteer.topics) })}</Caption1>
      ) : null}
      {volunteer.languages.length > 0 ? (
        <Caption1>
          {t("advisor.languages", { list: formatList(locale, volunteer.languages) })}
        </Caption1>
      ) : null}
      {volunteer.preferredFormat ? (
        <Caption1>{t(`advisor.format.${volunteer.preferredFormat}`)}</Caption1>
      ) : null}
      {load ? (
        <Caption1>
          {load.capacity === null
            ? t("advisor.loadNoCap", { booked: load.booked })
            : t("advisor.loadLine", { booked: load.booked, capacity: load.capacity })}
        </Caption1>
      ) : null}
      {showNotes && volunteer.advisorNotes ? (
        <Caption1 className={styles.muted}>
          {t("advisor.notesLabel", { notes: volunteer.advisorNotes })}
        </Caption1>
      ) : null}
      {canEdit ? (
        confirming ? (
          <div
            className={styles.actions}
            role="group"
            aria-label={t("advisor.confirmRemove", { name })}
          >
            <Body1>{t("advisor.confirmRemove", { name })}</Body1>
            <Button appearance="primary" onClick={onRemove}>
              {t("advisor.confirmRemoveYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("advisor.confirmRemoveNo")}</Button>
          </div>
        ) : (
          <div className={styles.actions}>
            <Button size="small" onClick={onEdit} aria-label={t("advisor.edit", { name })}>
              {t("advisor.edit", { name: "" }).trim()}
            </Button>
            <Button
              size="small"
              onClick={onToggleActive}
              aria-label={t(volunteer.active ? "advisor.deactivate" : "advisor.reactivate", {
                name,
              })}
            >
              {t(volunteer.active ? "advisor.deactivate" : "advisor.reactivate", {
                name: "",
              }).trim()}
            </Button>
            <Button
              size="small"
              onClick={() => setConfirming(true)}
              aria-label={t("advisor.remove", { name })}
            >
              {t("advisor.remove", { name: "" }).trim()}
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

/**
 * The list with its search, filters and actions; `canEdit` and `showNotes` come from the user's
 * role (editors edit; editors and readers see advisors' notes).
 */
export function VolunteerList({
  model,
  canEdit,
  showNotes,
}: {
  model: VolunteersModel;
  canEdit: boolean;
  showNotes: boolean;
}) {
  const t = useT();
  const styles = useAdvisorStyles();
  const [text, setText] = useState("");
  const [industry, setIndustry] = useState("");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [failure, setFailure] = useState<GraphReason | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const industries = useMemo(
    () =>
      [...new Set(model.volunteers.map((v) => v.industry).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [model.volunteers],
  );
  const shown = useMemo(
    () =>
      filterVolunteers(model.volunteers, {
        text,
        industry,
        includeInactive: canEdit && includeInactive,
      }),
    [model.volunteers, text, industry, includeInactive, canEdit],
  );
  const loads = useMemo(() => new Map(model.loads.map((l) => [l.itemId, l])), [model.loads]);

  const toggleActive = async (record: VolunteerRecord) => {
    setFailure(null);
    const outcome = await model.save(record, { ...draftOf(record), active: !record.active });
    if (outcome.kind === "failed") setFailure(outcome.reason);
    // The list now shows the colleague's version; the advisor decides again with it in view.
    if (outcome.kind === "conflict") setFailure({ kind: "conflict" });
  };
  const remove = async (record: VolunteerRecord) => {
    setFailure(await model.remove(record));
  };

  return (
    <div className={styles.view}>
      {canEdit ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => setEditing({ kind: "add" })}>
            {t("advisor.add")}
          </Button>
          <Button onClick={() => setEditing({ kind: "import" })}>{t("advisor.import")}</Button>
          <Button onClick={() => downloadCsv(volunteersToCsv(model.volunteers), "volunteers.csv")}>
            {t("advisor.export")}
          </Button>
        </div>
      ) : null}
      {notice ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ActionFailed failure={failure} />
      {editing?.kind === "import" ? (
        <CsvImport model={model} onClose={() => setEditing(null)} />
      ) : editing ? (
        <VolunteerForm
          key={editing.kind === "edit" ? editing.record.itemId : "new"}
          record={editing.kind === "edit" ? editing.record : null}
          initial={editing.kind === "edit" ? draftOf(editing.record) : EMPTY_VOLUNTEER}
          onSubmit={(record, draft) => (record ? model.save(record, draft) : model.add(draft))}
          onDone={(saved) => {
            setEditing(null);
            setNotice(saved ? t("advisor.form.saved", { name: saved.name }) : null);
          }}
        />
      ) : null}
      <div className={styles.row}>
        <Field label={t("advisor.search")} className={styles.grow}>
          <SearchBox
            value={text}
            placeholder={t("advisor.searchPlaceholder")}
            onChange={(_, data) => setText(data.value)}
          />
        </Field>
        <Field label={t("advisor.industry")}>
          <Select value={industry} onChange={(_, data) => setIndustry(data.value)}>
            <option value="">{t("advisor.allIndustries")}</option>
            {industries.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {canEdit ? (
        <Checkbox
          label={t("advisor.showInactive")}
          checked={includeInactive}
          onChange={(_, data) => setIncludeInactive(data.checked === true)}
        />
      ) : null}
      <Caption1 role="status">{t("advisor.count", { count: shown.length })}</Caption1>
      {shown.length === 0 ? (
        <Body1>{model.volunteers.length === 0 ? t("advisor.emptyList") : t("advisor.empty")}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t("advisor.tab.volunteers")}>
          {shown.map((volunteer) => (
            <VolunteerCard
              key={volunteer.itemId}
              volunteer={volunteer}
              load={loads.get(volunteer.itemId)}
              canEdit={canEdit}
              showNotes={showNotes}
              onEdit={() => setEditing({ kind: "edit", record: volunteer })}
              onToggleActive={() => void toggleActive(volunteer)}
              onRemove={() => void remove(volunteer)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
