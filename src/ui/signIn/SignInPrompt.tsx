// The one place that says the user is not signed in, with the Sign in button (and why, when known).
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../app/i18n/I18nProvider";
import { useSignIn } from "../../app/services";
import { useState } from "react";

const useStyles = makeStyles({
  prompt: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexBasis: "100%",
  },
});

/**
 * Shown in the header while a window-based sign-in waits for the user's click; once signed in, and
 * only where the app holds the sign-in (not the host), a quiet Sign out.
 */
export function SignInPrompt() {
  const t = useT();
  const styles = useStyles();
  const { status, signIn, signOut } = useSignIn();
  const [leaving, setLeaving] = useState(false);
  if (status.state === "signed-in") {
    if (!status.canSignOut || !signOut) return null;
    return (
      <Button
        appearance="subtle"
        size="small"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void signOut().finally(() => setLeaving(false));
        }}
      >
        {leaving ? t("signIn.signingOut") : t("signIn.signOut")}
      </Button>
    );
  }
  const why = status.state === "needed" && status.why !== "not-yet" ? status.why : null;
  return (
    <div className={styles.prompt} role="status">
      <Body1>{t("signIn.needed")}</Body1>
      <Button
        appearance="primary"
        size="small"
        disabled={status.state === "signing-in"}
        onClick={() => void signIn()}
      >
        {status.state === "signing-in" ? t("signIn.working") : t("signIn.button")}
      </Button>
      {why ? <Caption1 block>{t(`signIn.why.${why}`)}</Caption1> : null}
    </div>
  );
}
