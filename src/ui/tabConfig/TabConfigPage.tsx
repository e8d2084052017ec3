// The configurable tab's configuration page: the installer picks what the tab shows; Teams saves
// it.
import { Body1, Caption1, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../app/i18n/I18nProvider";
import type { MessageKey } from "../../app/i18n/messages";
import type { TabChoice, TabConfigPort, TabPlace } from "../../hosts/types";
import { useAppStyles } from "../shell/App.styles";

interface Option {
  entityId: string;
  view: string;
  label: MessageKey;
  hint: MessageKey;
  name: MessageKey;
}

const ADVISORS: Option = {
  entityId: "careerCentre",
  view: "advisor",
  label: "tabConfig.advisors",
  hint: "tabConfig.advisorsHint",
  name: "tabConfig.name.advisors",
};
const PREP: Option = {
  entityId: "prepSheet",
  view: "prep",
  label: "tabConfig.prep",
  hint: "tabConfig.prepHint",
  name: "tabConfig.name.prep",
};
const PIPELINE: Option = {
  entityId: "myInterviews",
  view: "pipeline",
  label: "tabConfig.pipeline",
  hint: "tabConfig.pipelineHint",
  name: "tabConfig.name.pipeline",
};

/** What fits where: advisors work in their channel; a meeting's tab and side panel hold the sheet. */
const OPTIONS: Record<TabPlace, readonly Option[]> = {
  channel: [ADVISORS, PIPELINE],
  meeting: [PREP],
  chat: [PIPELINE],
};

export default function TabConfigPage({ port }: { port: TabConfigPort }) {
  const t = useT();
  const styles = useAppStyles();
  const questionId = useId();
  const options = OPTIONS[port.place];
  const [chosen, setChosen] = useState<string | null>(null);
  // Teams asks for the choice when Save is pressed, long after this render: keep the latest.
  const latest = useRef<TabChoice | null>(null);
  const option = options.find((o) => o.entityId === chosen) ?? null;
  latest.current = option
    ? { entityId: option.entityId, view: option.view, suggestedDisplayName: t(option.name) }
    : null;

  useEffect(() => {
    port.onSave(() => latest.current);
  }, [port]);
  useEffect(() => {
    port.setValid(option !== null);
  }, [port, option]);

  return (
    <main className={styles.page}>
      <Subtitle2 as="h1">{t("tabConfig.heading")}</Subtitle2>
      <Body1>{t(`tabConfig.where.${port.place}`)}</Body1>
      <Body1 as="p" id={questionId}>
        {t("tabConfig.question")}
      </Body1>
      <RadioGroup
        aria-labelledby={questionId}
        value={chosen ?? ""}
        onChange={(_, data) => setChosen(data.value)}
      >
        {options.map((o) => (
          <Radio
            key={o.entityId}
            value={o.entityId}
            label={
              <>
                <Body1 block>{t(o.label)}</Body1>
                <Caption1 block>{t(o.hint)}</Caption1>
              </>
            }
          />
        ))}
      </RadioGroup>
      <Caption1 role="status">{t(option ? "tabConfig.ready" : "tabConfig.chooseToSave")}</Caption1>
    </main>
  );
}
