// Shown instead of the app when the deployment's config.json is missing or wrong: says what to fix.
import { Body1, FluentProvider, Subtitle1, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, useT } from "../../app/i18n/I18nProvider";
import type { Locale } from "../../domain/locale";
import { useAppStyles } from "./App.styles";

function Explanation({ problems }: { problems: string[] }) {
  const t = useT();
  const styles = useAppStyles();
  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">{t("config.missingTitle")}</Subtitle1>
      <Body1 role="alert">{t("config.missingBody", { problems: problems.join("; ") })}</Body1>
    </main>
  );
}

export function ConfigMissing({ problems, locale }: { problems: string[]; locale: Locale }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <Explanation problems={problems} />
      </I18nProvider>
    </FluentProvider>
  );
}
