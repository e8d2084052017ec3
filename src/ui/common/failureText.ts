// Words for a failed Graph call, with what to do about it (from the pure GraphReason mapping).
import type { useT } from "../../app/i18n/I18nProvider";
import type { MessageKey } from "../../app/i18n/messages";
import { permissionInPlainWords } from "../../app/i18n/catalog/permissions";
import type { GraphReason } from "../../domain/graphReason";

type Translate = ReturnType<typeof useT>;

/**
 * Which words: `general` for every view, `step` for the questions and arrange steps of an interview
 * (their words speak of changes kept here and of Outlook; kept as they were written).
 */
export type FailureWording = "general" | "step";

type Worded = Exclude<GraphReason["kind"], "consent-required"> | "consentUnknown";

const KEYS: Record<FailureWording, Record<Worded, MessageKey>> = {
  general: {
    offline: "failure.offline",
    consentUnknown: "failure.consentUnknown",
    throttled: "failure.throttled",
    "not-found": "failure.notFound",
    "signed-out": "failure.signedOut",
    conflict: "failure.conflict",
    "too-large": "failure.tooLarge",
    unknown: "failure.unknown",
  },
  step: {
    offline: "failure.step.offline",
    consentUnknown: "failure.step.consentUnknown",
    throttled: "failure.step.throttled",
    "not-found": "failure.step.notFound",
    "signed-out": "failure.step.signedOut",
    conflict: "failure.step.conflict",
    "too-large": "failure.step.tooLarge",
    unknown: "failure.step.unknown",
  },
};

/** The sentence the user reads for a failure. */
export function failureText(
  t: Translate,
  failure: GraphReason,
  wording: FailureWording = "general",
): string {
  const keys = KEYS[wording];
  switch (failure.kind) {
    case "consent-required":
      return failure.permission
        ? t("failure.consent", { permission: permissionInPlainWords(t, failure.permission) })
        : t(keys.consentUnknown);
    case "unknown":
      return t(keys.unknown, { code: failure.code || String(failure.status) });
    default:
      return t(keys[failure.kind]);
  }
}
