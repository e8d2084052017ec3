// The frame every surface shares: header, host notice, the surface's own lines, then its views.
import type { ReactNode } from "react";
import type { Surface } from "../../hosts/types";
import { useAppStyles } from "./App.styles";
import { HostProblemNotice } from "./HostProblemNotice";
import { PageHeader } from "./PageHeader";
import { ViewNav } from "./ViewNav";

/** A surface's page: `children` go between the host notice and the views' navigation. */
export function ShellPage({ surface, children }: { surface: Surface; children: ReactNode }) {
  const styles = useAppStyles();
  return (
    <main className={styles.page}>
      <PageHeader />
      <HostProblemNotice />
      {children}
      <ViewNav surface={surface} />
    </main>
  );
}
