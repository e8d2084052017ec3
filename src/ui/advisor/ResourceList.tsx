// The advisors' resource library: everyone on the advisors' tab reads it; editors add, edit, remove.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useResources } from "../../app/resources/useResources";
import type { GraphReason } from "../../domain/graphReason";
import { EMPTY_RESOURCE, resourceDraftOf, type ResourceRecord } from "../../domain/resources";
import { failureText } from "../common/failureText";
import { formatList } from "../common/formatList";
import { useAdvisorStyles } from "./advisor.styles";
import { ReadFailed } from "./ReadFailed";
import { ResourceForm } from "./ResourceForm";
import { httpsLinkOrNull } from "../../domain/mail/escape";

type Editing = { kind: "add" } | { kind: "edit"; record: ResourceRecord };

function ResourceCard({
  resource,
  canEdit,
  onEdit,
  onRemove,
}: {
  resource: ResourceRecord;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useAdvisorStyles();
  const [confirming, setConfirming] = useState(false);
  const title = resource.title;
  return (
    <li className={styles.card} aria-label={title}>
      <h3 className={styles.cardTitle}>
        {/* Only https links are ever stored or shown (domain/resources.ts). */}
        <Link
          href={httpsLinkOrNull(resource.url) ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
        >
          {title}
        </Link>
      </h3>
      <div className={styles.badges}>
        <Badge appearance="outline">{t(`resources.kind.${resource.kind}`)}</Badge>
        <Badge appearance="tint">{t(`resources.language.${resource.language}`)}</Badge>
      </div>
      {resource.organisation ? (
        <Caption1>
          {t("resources.organisationLine", { organisation: resource.organisation })}
        </Caption1>
      ) : null}
      {resource.industries.length > 0 ? (
        <Caption1>
          {t("resources.industriesLine", { list: formatList(locale, resource.industries) })}
        </Caption1>
      ) : null}
      <Caption1 className={styles.muted}>{resource.url}</Caption1>
      {canEdit ? (
        confirming ? (
          <div
            className={styles.actions}
            role="group"
            aria-label={t("resources.confirmRemove", { title })}
          >
            <Body1>{t("resources.confirmRemove", { title })}</Body1>
            <Button appearance="primary" onClick={onRemove}>
              {t("resources.confirmRemoveYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("resources.confirmRemoveNo")}</Button>
          </div>
        ) : (
          <div className={styles.actions}>
            <Button size="small" onClick={onEdit} aria-label={t("resources.edit", { title })}>
              {t("resources.editShort")}
            </Button>
            <Button
              size="small"
              onClick={() => setConfirming(true)}
              aria-label={t("resources.remove", { title })}
            >
              {t("resources.removeShort")}
            </Button>
          </div>
        )
      ) : null}
    </li>
  );
}

/** The library; `canEdit` comes from the user's role on the centre's site. */
export function ResourceList({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const styles = useAdvisorStyles();
  const model = useResources();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [failure, setFailure] = useState<GraphReason | null>(null);

  if (model.status === "unconfigured") return null;
  if (model.status === "loading") return <Spinner label={t("resources.loading")} />;
  if (model.status === "error" && model.reason) {
    return (
      <ReadFailed failure={model.reason} retryLabel={t("resources.retry")} onRetry={model.reload} />
    );
  }

  const remove = async (record: ResourceRecord) => {
    const reason = await model.remove(record);
    setFailure(reason);
  };

  return (
    <section className={styles.view} aria-label={t("resources.heading")}>
      <Body1>{t("resources.intro")}</Body1>
      {canEdit ? null : <Caption1>{t("resources.readOnly")}</Caption1>}
      {canEdit && !editing ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => setEditing({ kind: "add" })}>
            {t("resources.add")}
          </Button>
        </div>
      ) : null}
      {failure ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t(failure.kind === "conflict" ? "resources.conflict" : "resources.actionFailed")}{" "}
            {failure.kind === "conflict" ? null : failureText(t, failure)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {canEdit && editing ? (
        <ResourceForm
          key={editing.kind === "edit" ? editing.record.itemId : "new"}
          record={editing.kind === "edit" ? editing.record : null}
          initial={editing.kind === "edit" ? resourceDraftOf(editing.record) : EMPTY_RESOURCE}
          onSubmit={(record, draft) => (record ? model.save(record, draft) : model.add(draft))}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {model.resources.length === 0 ? (
        <Body1>{t(canEdit ? "resources.empty" : "resources.emptyReadOnly")}</Body1>
      ) : (
        <ul className={styles.list}>
          {model.resources.map((resource) => (
            <ResourceCard
              key={resource.itemId}
              resource={resource}
              canEdit={canEdit}
              onEdit={() => {
                setFailure(null);
                setEditing({ kind: "edit", record: resource });
              }}
              onRemove={() => void remove(resource)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
