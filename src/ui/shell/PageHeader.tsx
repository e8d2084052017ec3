// The product name and who is signed in, at the top of every surface.
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useMe } from "../../app/arrange/useMe";
import { useT } from "../../app/i18n/I18nProvider";
import { SignInPrompt } from "../signIn/SignInPrompt";
import { useAppStyles } from "./App.styles";

/**
 * The signed-in person by name: the page knows only their address at first (the sandbox persona,
 * or a host that gives no name), so the name comes from Graph's /me once it answers.
 */
export function PageHeader() {
  const me = useMe();
  const t = useT();
  const styles = useAppStyles();
  return (
    <header className={styles.header}>
      <Subtitle2 as="h1">{t("app.name")}</Subtitle2>
      {me ? <Caption1>{t("persona.signedInAs", { name: me.displayName })}</Caption1> : null}
      <SignInPrompt />
    </header>
  );
}
