// One interview: who it is with, its stage and next step, and a tab per section.
import { Badge, Body1, Button, Spinner, Tab, TabList } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import { useInterviews } from "../../app/interviews/interviewStore";
import { useNavigation } from "../../app/navigation";
import { useServices } from "../../app/services";
import { nextAction } from "../../domain/pipeline";
import { failureText } from "../common/failureText";
import { LazyView } from "../common/LazyView";
import { useInterviewStyles } from "./InterviewView.styles";
import { SECTIONS } from "./sections";

/** The interview route's view: `route.contactId` picks the interview, `route.section` the tab. */
export function InterviewView() {
  const t = useT();
  const styles = useInterviewStyles();
  const { route, go } = useNavigation();
  const { now } = useServices();
  const { status, interviews, reason, reload } = useInterviews();
  const headingId = useId();
  const contactId = route.view === "interview" ? route.contactId : "";
  const wanted = route.view === "interview" ? route.section : undefined;
  const section = SECTIONS.find((s) => s.id === wanted) ?? SECTIONS[0];
  const interview = interviews.find((i) => i.record.contactId === contactId);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = interview !== undefined;
  // Opening an interview (from a card's "Add" or "Open", or the pipeline) removes the control that
  // had focus; keyboard and screen-reader users then start at the interview's name, not at the top.
  useEffect(() => {
    const active = document.activeElement;
    if (shown && (!active || active === document.body)) heading.current?.focus();
  }, [contactId, shown]);
  const back = (
    <div>
      <Button appearance="subtle" onClick={() => go({ view: "pipeline" })}>
        {t("interview.back")}
      </Button>
    </div>
  );

  if (!interview) {
    if (status === "idle" || status === "loading") {
      return <Spinner size="small" label={t("app.loading")} />;
    }
    return (
      <div className={styles.view}>
        {back}
        <Body1 role="alert">
          {status === "error" && reason ? failureText(t, reason) : t("interview.notFound")}
        </Body1>
        {status === "error" ? <Button onClick={reload}>{t("pipeline.reload")}</Button> : null}
      </div>
    );
  }

  const { record } = interview;
  const next = nextAction(record, now());
  const subtitle = [record.jobTitle, record.department, record.organisation]
    .filter((v): v is string => Boolean(v))
    .join(" · ");
  return (
    <article className={styles.view} aria-labelledby={headingId}>
      {back}
      <header className={styles.header}>
        <h2 id={headingId} className={styles.heading} ref={heading} tabIndex={-1}>
          {record.displayName}
        </h2>
        {subtitle ? <Body1 className={styles.muted}>{subtitle}</Body1> : null}
        <div className={styles.row}>
          <Badge appearance="tint" color="brand">
            {t("interview.stage", { stage: t(`interview.stageName.${record.stage}`) })}
          </Badge>
          <Body1>{t("interview.next", { action: t(`interview.nextAction.${next.action}`) })}</Body1>
        </div>
      </header>
      {section ? (
        <>
          <TabList
            aria-label={t("interview.sections")}
            selectedValue={section.id}
            onTabSelect={(_, data) =>
              go({ view: "interview", contactId, section: String(data.value) })
            }
            size="small"
          >
            {SECTIONS.map((s) => (
              <Tab key={s.id} value={s.id}>
                {t(s.label)}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={t(section.label)}>
            <LazyView key={`${contactId}:${section.id}`}>
              <section.Component contactId={contactId} />
            </LazyView>
          </div>
        </>
      ) : null}
    </article>
  );
}

export default InterviewView;
