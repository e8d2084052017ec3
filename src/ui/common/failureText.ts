// Words for a failed Graph call, with what to do about it (from the pure GraphReason mapping).
import type { useT } from "../../app/i18n/I18nProvider";
import { permissionInPlainWords } from "../../app/i18n/catalog/permissions";
import type { GraphReason } from "../../domain/graphReason";

type Translate = ReturnType<typeof useT>;

/** The sentence the user reads for a failure reason. */
export function reasonText(t: Translate, reason: GraphReason): string {
  switch (reason.kind) {
    case "offline":
      return t("find.reason.offline");
    case "consent-required":
      return reason.permission
        ? t("find.reason.consent", { permission: permissionInPlainWords(t, reason.permission) })
        : t("find.reason.consentUnknown");
    case "throttled":
      return t("find.reason.throttled");
    case "not-found":
      return t("find.reason.notFound");
    case "signed-out":
      return t("find.reason.signedOut");
    case "conflict":
      return t("find.reason.conflict");
    case "too-large":
      return t("find.reason.tooLarge");
    case "unknown":
      return t("find.reason.unknown", { code: reason.code || String(reason.status) });
  }
}
