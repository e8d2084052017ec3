// The product name and who is signed in, at the top of every surface.
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useServices } from "../../app/services";
import { useT } from "../../app/i18n/I18nProvider";
import { useAppStyles } from "./App.styles";

export function PageHeader() {
  const { user } = useServices();
  const t = useT();
  const styles = useAppStyles();
  return (
    <header className={styles.header}>
      <Subtitle2 as="h1">{t("app.name")}</Subtitle2>
      {user ? (
        <Caption1>
          {t("persona.signedInAs", { name: user.displayName ?? user.userPrincipalName })}
        </Caption1>
      ) : null}
    </header>
  );
}
