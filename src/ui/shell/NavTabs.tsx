// The navigation tab list, in its own chunk: Fluent's tabs and tabster are a sixth of first render.
import { Tab, TabList } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useAppStyles } from "./App.styles";
import type { ViewDef } from "./views";

export interface NavTabsProps {
  tabs: readonly ViewDef[];
  /** The tab to mark selected; null while a view that is not a tab (one interview) shows. */
  selected: string | null;
  onSelect: (view: string) => void;
}

export default function NavTabs({ tabs, selected, onSelect }: NavTabsProps) {
  const t = useT();
  const styles = useAppStyles();
  return (
    <TabList
      aria-label={t("nav.label")}
      className={styles.tabs}
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(String(data.value))}
      size="small"
    >
      {tabs.map((v) => (
        <Tab key={v.id} value={v.id}>
          {t(v.label)}
        </Tab>
      ))}
    </TabList>
  );
}
