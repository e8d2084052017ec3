// The request mail: suggested from the interview and preferences, edited by the user, then drafted.
import { useCallback, useMemo, useState } from "react";
import { draftRequestMail } from "../../domain/mail/requestMail";
import type { Slot } from "../../domain/slots";
import { formatInZone } from "../../domain/time/zones";
import { useLocale } from "../i18n/I18nProvider";
import { advanceExtensionStage } from "../interviews/interviewExtension";
import type { InterviewHandle } from "../interviews/useInterview";
import { useServices } from "../services";
import { useAction, type Action } from "./action";
import { mailContact } from "./mailContact";
import type { ReadyInterview } from "./readyInterview";
import { deliverRequestMail, type RequestMailOutcome } from "./requestMail";
import type { ArrangeSettings } from "./settings";

/** The request mail as the user reviews it. */
export interface MailReview {
  subject: string;
  text: string;
  /** The user changed it: a new suggestion no longer replaces it. */
  edited: boolean;
}

/** The mail under review and what became of its draft. */
export interface RequestMailModel {
  mail: MailReview | null;
  editMail(changes: Partial<Pick<MailReview, "subject" | "text">>): void;
  /** Puts the given slots into the request as proposed times (for an unreadable calendar). */
  proposeSlots(slots: readonly Slot[]): void;
  draftRequest(): Promise<void>;
  request: Action<RequestMailOutcome>;
}

/** The request to `ready`'s contact from `studentName`; proposed times are written in `contactZone`. */
export function useRequestMail(
  ready: ReadyInterview | null,
  update: InterviewHandle["update"],
  settings: ArrangeSettings,
  studentName: string,
  contactZone: string,
): RequestMailModel {
  const { graph, host, now } = useServices();
  const locale = useLocale();
  const [edits, setEdits] = useState<MailReview | null>(null);
  const [proposed, setProposed] = useState<string[]>([]);
  const [request, run] = useAction<RequestMailOutcome>("Mail.ReadWrite");

  const suggested = useMemo(() => {
    if (!ready) return null;
    const draft = draftRequestMail({
      locale,
      student: { displayName: studentName },
      contact: mailContact(ready.contact),
      durationMinutes: settings.durationMinutes,
      formats: [settings.format],
      proposedSlots: proposed,
      ...(ready.record.referredBy ? { referredBy: ready.record.referredBy } : {}),
    });
    return { subject: draft.subject, text: draft.textBody.trimEnd(), edited: false };
  }, [ready, locale, studentName, settings.durationMinutes, settings.format, proposed]);
  const mail = edits?.edited ? edits : suggested;

  const editMail = useCallback(
    (changes: Partial<Pick<MailReview, "subject" | "text">>) => {
      setEdits((current) => {
        const base = current?.edited ? current : suggested;
        if (!base) return current;
        return { ...base, ...changes, edited: true };
      });
    },
    [suggested],
  );

  const proposeSlots = useCallback(
    (slots: readonly Slot[]) => {
      setProposed(slots.map((s) => formatInZone(s.start, contactZone, locale)));
      setEdits(null);
    },
    [contactZone, locale],
  );

  const draftRequest = useCallback(async () => {
    if (!ready || !mail || !ready.contact.email) return;
    const to = { displayName: ready.contact.displayName, emailAddress: ready.contact.email };
    await run(async () => {
      const outcome = await deliverRequestMail(graph, host, {
        to,
        subject: mail.subject,
        text: mail.text,
      });
      await update((record) => ({
        ...advanceExtensionStage(record, { type: "request-drafted" }, now()),
        updatedAt: now().toISOString(),
      }));
      return { status: "done", result: outcome };
    });
  }, [ready, mail, graph, host, update, now, run]);

  return { mail, editMail, proposeSlots, draftRequest, request };
}
