// The research step's read-only "organisation at a glance" for a directory contact.
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useLocale, useT } from "../../app/i18n/I18nProvider";
import { useDirectoryContact } from "../../app/research/useDirectoryContact";
import { useOrganisationGlance } from "../../app/research/useOrganisationGlance";
import { shownTitles, type OrganisationGlance } from "../../domain/organisation";
import { FailureNotice } from "../common/FailureNotice";
import type { SectionProps } from "../common/sectionProps";

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: "0",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: "0",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: "0" },
  list: {
    margin: "0",
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  titleRow: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Shown only for a contact from the directory; a contact added by hand has nothing to look up. */
export function OrganisationAtAGlance({ contactId }: SectionProps) {
  const contact = useDirectoryContact(contactId);
  if (!contact) return null;
  return <GlanceRegion directoryId={contact.directoryId} departmentHint={contact.department} />;
}

function GlanceRegion({
  directoryId,
  departmentHint,
}: {
  directoryId: string;
  departmentHint: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const glance = useOrganisationGlance(directoryId, locale, departmentHint);
  return (
    <section
      className={styles.region}
      aria-labelledby={headingId}
      aria-busy={glance.status === "loading"}
    >
      <Subtitle2 as="h3" id={headingId}>
        {t("org.region")}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t("org.hint")}</Caption1>
      {glance.status === "loading" ? (
        <Body1 role="status">{t("org.loading")}</Body1>
      ) : glance.status === "error" ? (
        <div className={styles.row}>
          <FailureNotice failure={glance.reason} />
          <Button size="small" onClick={glance.retry}>
            {t("org.retry")}
          </Button>
        </div>
      ) : (
        <GlanceBody glance={glance.glance} />
      )}
    </section>
  );
}

function GlanceBody({ glance }: { glance: OrganisationGlance }) {
  const t = useT();
  const styles = useStyles();
  const name = glance.displayName;
  const { team, titles } = glance;
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("org.department")}</dt>
        <dd className={styles.detail}>{glance.department ?? t("org.notListed")}</dd>
        <dt className={styles.term}>{t("org.company")}</dt>
        <dd className={styles.detail}>{glance.companyName ?? t("org.notListed")}</dd>
      </dl>

      <Subtitle2 as="h4">{t("org.line.heading")}</Subtitle2>
      {glance.chain.length === 0 ? (
        <Body1>{t("org.line.top", { name })}</Body1>
      ) : (
        <ol className={styles.list} aria-label={t("org.line.label", { name })}>
          {glance.chain.map((person) => (
            <li key={person.id}>
              {person.jobTitle
                ? t("org.line.person", { name: person.displayName, title: person.jobTitle })
                : person.displayName}
            </li>
          ))}
        </ol>
      )}

      <Subtitle2 as="h4">{t("org.team.heading")}</Subtitle2>
      <Body1>
        {team.kind === "own"
          ? t("org.team.own", { name, count: team.count })
          : team.kind === "manager"
            ? t("org.team.manager", { name, manager: team.managerName, count: team.count })
            : t("org.team.unknown", { name })}
      </Body1>

      {titles && glance.department ? (
        <DepartmentTitlesList department={glance.department} titles={titles} />
      ) : (
        <Body1>{t("org.titles.noDepartment", { name })}</Body1>
      )}
    </>
  );
}

function DepartmentTitlesList({
  department,
  titles,
}: {
  department: string;
  titles: NonNullable<OrganisationGlance["titles"]>;
}) {
  const t = useT();
  const styles = useStyles();
  const { shown, otherTitles, otherPeople } = shownTitles(titles.titles);
  return (
    <>
      <Subtitle2 as="h4">{t("org.titles.heading", { department })}</Subtitle2>
      {titles.total !== null ? (
        <Body1>{t("org.titles.total", { count: titles.total })}</Body1>
      ) : null}
      <ul className={styles.list} aria-label={t("org.titles.label", { department })}>
        {shown.map((entry) => (
          <li key={entry.title ?? ""} className={styles.titleRow}>
            <span>{entry.title ?? t("org.titles.noTitle")}</span>
            <span>{t("org.titles.people", { count: entry.count })}</span>
          </li>
        ))}
        {otherTitles > 0 ? (
          <li className={styles.titleRow}>
            {t("org.titles.others", {
              titles: otherTitles,
              people: t("org.titles.people", { count: otherPeople }),
            })}
          </li>
        ) : null}
      </ul>
      {titles.capped ? (
        <Caption1 className={styles.muted}>
          {titles.total !== null
            ? t("org.titles.capped", { counted: titles.counted, total: titles.total })
            : t("org.titles.cappedNoTotal", { counted: titles.counted })}
        </Caption1>
      ) : null}
    </>
  );
}

export default OrganisationAtAGlance;
