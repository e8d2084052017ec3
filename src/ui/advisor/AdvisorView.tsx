// The advisors' Teams tab: volunteers for all; advisors' notes for advisors; load, outcomes and
// question bank for editors (the role is read from Graph, see graph/sites/roles.ts).
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
} from "@fluentui/react-components";
import { useState } from "react";
import { useVolunteers } from "../../app/advisor/useVolunteers";
import { useT } from "../../app/i18n/I18nProvider";
import { failureText } from "../common/failureText";
import { useAdvisorStyles } from "./advisor.styles";
import { LoadCharts } from "./LoadCharts";
import { QuestionBankEditor } from "./QuestionBankEditor";
import { VolunteerList } from "./VolunteerList";

type Pane = "volunteers" | "load" | "questions";

/** The tab's view (registered as "advisor"). */
export default function AdvisorView() {
  const t = useT();
  const styles = useAdvisorStyles();
  const model = useVolunteers();
  const [pane, setPane] = useState<Pane>("volunteers");
  const canEdit = model.role === "editor";

  if (model.status === "unconfigured") return <Body1>{t("advisor.unconfigured")}</Body1>;
  if (model.status === "loading") return <Spinner label={t("advisor.loading")} />;
  if (model.status === "error" && model.reason) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {failureText(t, model.reason)}{" "}
          <Button size="small" onClick={model.reload}>
            {t("advisor.retry")}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const current: Pane = canEdit ? pane : "volunteers";
  return (
    <section className={styles.view} aria-label={t("advisor.heading")}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t("advisor.heading")}
      </Subtitle1>
      {model.role === "reader" ? <Body1>{t("advisor.readerOnly")}</Body1> : null}
      {model.role === "student" ? <Body1>{t("advisor.readOnly")}</Body1> : null}
      {canEdit ? (
        <TabList
          aria-label={t("advisor.tabs")}
          selectedValue={current}
          onTabSelect={(_, data) => setPane(data.value as Pane)}
          size="small"
          className={styles.tabs}
        >
          <Tab value="volunteers">{t("advisor.tab.volunteers")}</Tab>
          <Tab value="load">{t("advisor.tab.load")}</Tab>
          <Tab value="questions">{t("advisor.tab.questions")}</Tab>
        </TabList>
      ) : null}
      {current === "volunteers" ? (
        <VolunteerList model={model} canEdit={canEdit} showNotes={model.role !== "student"} />
      ) : null}
      {current === "load" ? (
        <LoadCharts
          volunteers={model.volunteers}
          loads={model.loads}
          funnel={model.funnel}
          timeZone={model.timeZone}
        />
      ) : null}
      {current === "questions" ? <QuestionBankEditor /> : null}
    </section>
  );
}
