// A failed Graph call as an error notice, in the user's words, with what to do next.
import { useT } from "../../app/i18n/I18nProvider";
import type { GraphReason } from "../../domain/graphReason";
import { failureText, type FailureWording } from "./failureText";
import { Notice } from "./Notice";

/** An error bar announced to screen readers. */
export function FailureNotice({
  failure,
  wording = "general",
}: {
  failure: GraphReason;
  wording?: FailureWording;
}) {
  const t = useT();
  return <Notice intent="error">{failureText(t, failure, wording)}</Notice>;
}
