// The research step's "Resources for this organisation" region: the career centre's resources that
// fit this contact, each opening in a new tab, with the student's private "read" marks.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { resourcesListId } from "../../app/resources/resourceLibrary";
import { useContactResources } from "../../app/resources/useContactResources";
import { useServices } from "../../app/services";
import { failureText } from "../common/failureText";
import { plainList } from "../common/layout.styles";
import { httpsLinkOrNull } from "../../domain/mail/escape";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: "0" },
  heading: { margin: "0" },
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Nothing when the deployment has no resource library (and nothing is read for it then). */
export function ResourcesForOrganisation({ contactId }: { contactId: string }) {
  const { config } = useServices();
  return resourcesListId(config.sharePoint) ? <Suggestions contactId={contactId} /> : null;
}

/** The region, in every state. */
function Suggestions({ contactId }: { contactId: string }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const model = useContactResources(contactId);
  if (model.status === "unconfigured") return null;

  const readCount = model.suggestions.filter((s) => model.read.has(s.resource.itemId)).length;
  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t("resources.forContact.heading")}
      </Subtitle2>
      {model.status === "loading" ? (
        <Spinner size="tiny" label={t("resources.forContact.loading")} />
      ) : null}
      {model.status === "error" ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("resources.forContact.error", {
              reason: model.reason ? failureText(t, model.reason) : "",
            })}{" "}
            <Button size="small" onClick={model.reload}>
              {t("resources.retry")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {model.status === "ready" && model.suggestions.length === 0 ? (
        <Body1>{t("resources.forContact.none")}</Body1>
      ) : null}
      {model.status === "ready" && model.suggestions.length > 0 ? (
        <>
          <Caption1 className={styles.muted}>{t("resources.forContact.intro")}</Caption1>
          <Caption1 role="status">
            {t("resources.forContact.readCount", {
              read: readCount,
              total: model.suggestions.length,
            })}
          </Caption1>
          <ul className={styles.list}>
            {model.suggestions.map(({ resource, fit }) => (
              <li key={resource.itemId} className={styles.item}>
                <Link
                  href={httpsLinkOrNull(resource.url) ?? undefined}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {resource.title}{" "}
                  <span className={styles.muted}>{t("resources.forContact.opensNewTab")}</span>
                </Link>
                <div className={styles.badges}>
                  <Badge appearance="outline">{t(`resources.forContact.fit.${fit}`)}</Badge>
                  <Badge appearance="tint">{t(`resources.kind.${resource.kind}`)}</Badge>
                  <Badge appearance="tint">{t(`resources.language.${resource.language}`)}</Badge>
                </div>
                <Checkbox
                  label={t("resources.forContact.markRead", { title: resource.title })}
                  checked={model.read.has(resource.itemId)}
                  disabled={model.saving !== null}
                  onChange={(_, data) => void model.setRead(resource, data.checked === true)}
                />
              </li>
            ))}
          </ul>
          {model.saveFailure ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                {t("resources.forContact.saveFailed", {
                  reason: failureText(t, model.saveFailure),
                })}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
