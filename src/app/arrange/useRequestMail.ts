// The request mail: suggested from the interview and preferences, edited by the user, then drafted.
import { useCallback, useMemo, useRef, useState } from "react";
import type { InterviewExtensionFields } from "../../domain/interview";
import { draftRequestMail } from "../../domain/mail/requestMail";
import type { Slot } from "../../domain/slots";
import { formatInZone } from "../../domain/time/zones";
import { useLocale } from "../i18n/I18nProvider";
import {
  advanceExtensionStage,
  knownRecord,
  prepareRecordWrite,
  rememberRecord,
} from "../interviews/interviewExtension";
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
  show: InterviewHandle["show"],
  settings: ArrangeSettings,
  studentName: string,
  contactZone: string,
): RequestMailModel {
  const { graph, host, now } = useServices();
  const locale = useLocale();
  const [edits, setEdits] = useState<MailReview | null>(null);
  const [proposed, setProposed] = useState<string[]>([]);
  const [request, run] = useAction<RequestMailOutcome>("Mail.ReadWrite");
  /** The mail this view has already drafted (its record write may still be owed). */
  const deliveredRef = useRef<{ key: string; outcome: RequestMailOutcome } | null>(null);

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
    const contactId = ready.contact.id;
    const requested = (record: InterviewExtensionFields) => ({
      ...advanceExtensionStage(record, { type: "request-drafted" }, now()),
      updatedAt: now().toISOString(),
    });
    await run(async () => {
      // A press after a failure that came after the draft was made only records it: the same
      // mail is never drafted twice.
      const key = `${mail.subject}\u0000${mail.text}`;
      const earlier = deliveredRef.current?.key === key ? deliveredRef.current.outcome : null;
      if (earlier) {
        await update(requested);
        return { status: "done", result: earlier };
      }
      const raw = knownRecord(graph, contactId);
      const prepared = raw === undefined ? null : prepareRecordWrite(raw, requested);
      const { recorded, ...outcome } = await deliverRequestMail(
        graph,
        host,
        { to, subject: mail.subject, text: mail.text },
        {
          record: prepared?.ok ? { contactId, data: prepared.data, exists: prepared.exists } : null,
        },
      );
      deliveredRef.current = { key, outcome };
      if (recorded && prepared?.ok) {
        rememberRecord(graph, contactId, prepared.data);
        show(prepared.record);
      } else {
        await update(requested);
      }
      return { status: "done", result: outcome };
    });
  }, [ready, mail, graph, host, update, show, now, run]);

  return { mail, editMail, proposeSlots, draftRequest, request };
}
