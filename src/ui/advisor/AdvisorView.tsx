// The advisors' Teams tab: volunteers and the resource library for all; advisors' notes for
// advisors; load, outcomes and question bank for editors (the role is read from Graph, see graph/sites/roles.ts).
import { Body1, Spinner, Subtitle1, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { useVolunteers } from "../../app/advisor/useVolunteers";
import { useT } from "../../app/i18n/I18nProvider";
import { useServices } from "../../app/services";
import { useAdvisorStyles } from "./advisor.styles";
import { LearningTotals } from "./LearningTotals";
import { LoadCharts } from "./LoadCharts";
import { QuestionBankEditor } from "./QuestionBankEditor";
import { ReadFailed } from "./ReadFailed";
import { ResourceList } from "./ResourceList";
import { VolunteerList } from "./VolunteerList";

type Pane = "volunteers" | "load" | "questions" | "resources";

/** The tab's view (registered as "advisor"). */
export default function AdvisorView() {
  const t = useT();
  const styles = useAdvisorStyles();
  const model = useVolunteers();
  const [pane, setPane] = useState<Pane>("volunteers");
  const canEdit = model.role === "editor";
  // The resource library is read by every role here (editors edit it), when the deployment has it.
  const hasResources = Boolean(useServices().config.sharePoint?.lists.resources);

  if (model.status === "unconfigured") return <Body1>{t("advisor.unconfigured")}</Body1>;
  if (model.status === "loading") return <Spinner label={t("advisor.loading")} />;
  if (model.status === "error" && model.reason) {
    return (
      <ReadFailed failure={model.reason} retryLabel={t("advisor.retry")} onRetry={model.reload} />
    );
  }

  const current: Pane = canEdit || (hasResources && pane === "resources") ? pane : "volunteers";
  return (
    <section className={styles.view} aria-label={t("advisor.heading")}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t("advisor.heading")}
      </Subtitle1>
      {model.role === "reader" ? <Body1>{t("advisor.readerOnly")}</Body1> : null}
      {model.role === "student" ? <Body1>{t("advisor.readOnly")}</Body1> : null}
      {canEdit || hasResources ? (
        <TabList
          // Readers and students get the lists they may read, never the editors' tools.
          aria-label={t(canEdit ? "advisor.tabs" : "resources.readerTabs")}
          selectedValue={current}
          onTabSelect={(_, data) => setPane(data.value as Pane)}
          size="small"
          className={styles.tabs}
        >
          <Tab value="volunteers">{t("advisor.tab.volunteers")}</Tab>
          {canEdit ? <Tab value="load">{t("advisor.tab.load")}</Tab> : null}
          {canEdit ? <Tab value="questions">{t("advisor.tab.questions")}</Tab> : null}
          {hasResources ? <Tab value="resources">{t("resources.heading")}</Tab> : null}
        </TabList>
      ) : null}
      {current === "volunteers" ? (
        <VolunteerList model={model} canEdit={canEdit} showNotes={model.role !== "student"} />
      ) : null}
      {current === "load" ? (
        <>
          <LoadCharts
            volunteers={model.volunteers}
            loads={model.loads}
            funnel={model.funnel}
            timeZone={model.timeZone}
          />
          <LearningTotals />
        </>
      ) : null}
      {current === "questions" ? <QuestionBankEditor /> : null}
      {current === "resources" ? <ResourceList canEdit={canEdit} /> : null}
    </section>
  );
}
