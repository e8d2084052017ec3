// The frame every surface shares: header, host notice, the surface's own lines, then its views.
import type { ReactNode } from "react";
import { useSignIn } from "../../app/services";
import type { Surface } from "../../hosts/types";
import { useAppStyles } from "./App.styles";
import { HostProblemNotice } from "./HostProblemNotice";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

/**
 * A surface's page: `lead` (static lines) and `children` go between the host notice and the views'
 * navigation. Until a window-based sign-in has been done, the header alone says so, with its Sign
 * in button: every feature view and `children` read Graph, and would each add their own "signed
 * out" or "could not be read" failure, so they mount once the user has signed in.
 */
export function ShellPage({
  surface,
  lead,
  children,
}: {
  surface: Surface;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useAppStyles();
  const signedIn = useSignIn().status.state === "signed-in";
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblemNotice />
      {lead}
      {signedIn ? (
        <>
          {children}
          <ViewNav surface={surface} />
        </>
      ) : null}
    </main>
  );
}
