// A lazily loaded view or section: a spinner while its chunk loads, a message if the chunk fails.
import { Spinner } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { useT } from "../../app/i18n/I18nProvider";

/** Keeps one failed lazy chunk (dropped network) from blanking the whole page. */
export class ViewBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A failed lazy chunk (dropped network) shows a message instead of blanking the page. */
export function LazyView({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ViewBoundary fallback={<p role="alert">{t("view.failed")}</p>}>
      <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>{children}</Suspense>
    </ViewBoundary>
  );
}
