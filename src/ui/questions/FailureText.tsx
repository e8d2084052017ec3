// A failed Graph call explained in the user's words, with what to do next (shared by steps 3 and 4).
import { Notice } from "./Notice";
import { useT } from "../../app/i18n/I18nProvider";
import { permissionInPlainWords } from "../../app/i18n/catalog/permissions";
import type { GraphReason } from "../../domain/graphReason";

/** The sentence for a reason. */
export function useFailureText(): (reason: GraphReason) => string {
  const t = useT();
  return (reason) => {
    switch (reason.kind) {
      case "offline":
        return t("failure.offline");
      case "consent-required":
        return reason.permission
          ? t("failure.consent", { permission: permissionInPlainWords(t, reason.permission) })
          : t("failure.consentUnknown");
      case "throttled":
        return t("failure.throttled");
      case "not-found":
        return t("failure.notFound");
      case "conflict":
        return t("failure.conflict");
      case "signed-out":
        return t("failure.signedOut");
      case "too-large":
        return t("failure.tooLarge");
      case "unknown":
        return t("failure.unknown", { code: reason.code || String(reason.status) });
    }
  };
}

/** An error bar announced to screen readers. */
export function FailureText({ reason }: { reason: GraphReason }) {
  const text = useFailureText();
  return <Notice intent="error">{text(reason)}</Notice>;
}
