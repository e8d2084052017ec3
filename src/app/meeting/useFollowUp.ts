// After the conversation: stage "met", referrals into My interviews, the thank-you draft, noticing
// it was sent, and the keep-in-touch note months later (noticed in Sent Items the same way).
import { useCallback, useEffect, useRef, useState } from "react";
import type { GraphReason } from "../../domain/graphReason";
import type { InterviewExtensionFields, KeepInTouchMonths } from "../../domain/interview";
import type { MailDraft } from "../../domain/mail/draft";
import type { Referral, Takeaways } from "../../domain/prepSheet";
import { toIanaZone } from "../../domain/time/zones";
import { useMe } from "../arrange/useMe";
import { useLocale } from "../i18n/I18nProvider";
import { useAddInterview } from "../interviews/interviewStore";
import {
  knownRecord,
  prepareRecordWrite,
  rememberRecord,
  updateInterviewExtension,
} from "../interviews/interviewExtension";
import { failureReason } from "../failure";
import { useInterview, type InterviewHandle } from "../interviews/useInterview";
import { useServices, type AppServices } from "../services";
import {
  composeKeepInTouch,
  composeThankYou,
  findSentFollowUp,
  keepInTouchSentSince,
  recordMet,
  recordThanked,
  recordThankYouDrafted,
  recordKeepInTouchDrafted,
  recordKeepInTouchInterval,
  recordKeepInTouchSent,
  saveThankYou,
  type ThankYouContact,
  type ThankYouSaved,
  type ThankYouWarning,
} from "./thankYou";

/**
 * Saves `mail` as a draft to the contact, with the record's note of it (`mark`) in the draft's own
 * round trip, over the copy this page read; rejects when the draft is not saved. If the record could
 * not ride along, `noted` writes it afterwards: a convenience whose failure must not read as "the
 * draft could not be saved" (the user would make a second one), so it never rejects.
 */
async function draftWithRecord(
  deps: Pick<AppServices, "graph" | "host" | "now"> & Pick<InterviewHandle, "update" | "show">,
  draft: { contactId: string; contact: ThankYouContact; mail: MailDraft },
  mark: (
    record: InterviewExtensionFields,
    draftId: string | null,
    at: Date,
  ) => InterviewExtensionFields,
): Promise<{ saved: ThankYouSaved; noted: () => Promise<void> }> {
  const { graph, host, now, update, show } = deps;
  const { contactId, contact, mail } = draft;
  const raw = knownRecord(graph, contactId);
  const drafted =
    raw === undefined ? null : prepareRecordWrite(raw, (record) => mark(record, null, now()));
  const saved = await saveThankYou(graph, host, contact, mail, {
    record: drafted?.ok ? { contactId, data: drafted.data, exists: drafted.exists } : null,
  });
  if (saved.kind === "draft" && saved.recorded && drafted?.ok) {
    const written = drafted;
    return {
      saved,
      noted: async () => {
        rememberRecord(graph, contactId, written.data);
        show(written.record);
      },
    };
  }
  const draftId = saved.kind === "draft" ? saved.draftId : null;
  return {
    saved,
    noted: () =>
      update((record) => mark(record, draftId, now())).then(
        () => undefined,
        () => undefined, // the note follows with the next change to the record
      ),
  };
}

/**
 * Looks in Sent Items once per view for a message to `email` sent since `since`, while `wanted`:
 * one GET (`findSentMessageTo`), only from the views that show the mail's panel. When one is there,
 * `record` writes when it went out (it rejects when that could not be saved) and the answer turns
 * true. A failed read or write leaves the manual "I sent it" and lets a later change look again.
 */
function useSentItemsCheck(
  look: { wanted: boolean; email: string | null; since: Date | null },
  record: (sentAt: Date) => Promise<void>,
): boolean {
  const { graph, now } = useServices();
  const [detected, setDetected] = useState(false);
  const checkedRef = useRef(false);
  // The latest `record`, without restarting the look when its identity changes.
  const recordRef = useRef(record);
  useEffect(() => {
    recordRef.current = record;
  }, [record]);
  const { wanted, email } = look;
  const since = look.since?.getTime() ?? null;
  useEffect(() => {
    if (!wanted || checkedRef.current || !email || since === null) return;
    checkedRef.current = true;
    findSentFollowUp(graph, email, new Date(since))
      .then(async (sent) => {
        if (!sent) return;
        await recordRef.current(sent.sentAt ?? now());
        setDetected(true);
      })
      .catch(() => {
        checkedRef.current = false;
      });
  }, [wanted, email, since, graph, now]);
  return detected;
}

/** Where the thank-you stands in this view. */
export type ThankYouStatus =
  | { status: "idle" }
  | { status: "drafting" }
  | { status: "drafted"; saved: ThankYouSaved; warnings: ThankYouWarning[] }
  | { status: "error"; reason: GraphReason; warnings: ThankYouWarning[] };

/** What adding a referral did. */
export type ReferralOutcome =
  { ok: true; name: string } | { ok: false; name: string; reason: GraphReason | null };

/** The follow-up actions of one interview. */
export interface FollowUp {
  interview: InterviewHandle;
  thankYou: ThankYouStatus;
  /** Drafts the thank-you from `takeaways`; the guard's warnings come back with it. */
  draftThankYou(takeaways: Takeaways): Promise<void>;
  /** "I sent it": stage thanked, now. */
  markSent(): Promise<void>;
  /** Stage "met" (once the user has taken notes). */
  markMet(): Promise<void>;
  /** Adds a referral to My interviews, remembering who suggested them. */
  addReferral(referral: Referral): Promise<ReferralOutcome>;
  /** True once Sent Items showed the thank-you (this session). */
  sentDetected: boolean;
}

/** Tries to record stage "met" before leaving it to the next visit. */
const MET_ATTEMPTS = 3;

function userZone(): string {
  return toIanaZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC") ?? "UTC";
}

/**
 * Follow-up of the interview with `contactId`, whose meeting started at `meetingStart`. With
 * `detectSent`, Sent Items is checked once when the record has loaded: a message to the contact
 * since the meeting moves the stage to "thanked".
 */
export function useFollowUp(
  contactId: string,
  meetingStart: Date | null,
  options: { detectSent?: boolean } = {},
): FollowUp {
  const { graph, host, now } = useServices();
  const locale = useLocale();
  const me = useMe();
  const interview = useInterview(contactId);
  const addInterview = useAddInterview();
  const [thankYou, setThankYou] = useState<ThankYouStatus>({ status: "idle" });
  const draftingRef = useRef(false);
  const { update, show } = interview;
  const ready = interview.state.status === "ready" ? interview.state : null;

  const contact = ready
    ? {
        displayName: ready.contact.displayName,
        email: ready.contact.email ?? "",
        ...(ready.contact.givenName ? { givenName: ready.contact.givenName } : {}),
      }
    : null;

  const draft = useCallback(
    async (takeaways: Takeaways) => {
      // One draft per press: a second press before the first answer must not make a second draft.
      if (!contact || draftingRef.current) return;
      draftingRef.current = true;
      setThankYou({ status: "drafting" });
      const { mail, warnings } = composeThankYou({
        locale,
        student: { displayName: me?.displayName ?? "" },
        contact,
        takeaways,
        meetingDate: meetingStart ?? now(),
        zone: userZone(),
        now: now(),
      });
      let result: Awaited<ReturnType<typeof draftWithRecord>>;
      try {
        result = await draftWithRecord(
          { graph, host, now, update, show },
          { contactId, contact, mail },
          recordThankYouDrafted,
        );
      } catch (error) {
        setThankYou({ status: "error", reason: failureReason(error, "Mail.ReadWrite"), warnings });
        draftingRef.current = false;
        return;
      }
      setThankYou({ status: "drafted", saved: result.saved, warnings });
      draftingRef.current = false;
      await result.noted();
    },
    // The contact's fields are what matter, not the object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      contact?.email,
      contact?.displayName,
      contactId,
      locale,
      me,
      meetingStart,
      now,
      graph,
      host,
      update,
      show,
    ],
  );

  const markSent = useCallback(async () => {
    await update((record) => recordThanked(record, now()));
  }, [update, now]);

  const markMet = useCallback(async () => {
    // Called without waiting (a saved sheet means the meeting happened): a failure must not become
    // an unhandled rejection. The stage is a convenience, so a few spaced tries, then let it be.
    for (let attempt = 0; attempt < MET_ATTEMPTS; attempt += 1) {
      try {
        await update((record) => recordMet(record, now()));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2000 * 2 ** attempt));
      }
    }
  }, [update, now]);

  const referredBy = ready?.contact.displayName ?? "";
  const addReferral = useCallback(
    async (referral: Referral): Promise<ReferralOutcome> => {
      const added = await addInterview({
        displayName: referral.name,
        email: referral.email ?? null,
        source: "referral",
        howWeMet: referral.note ?? (referredBy ? `Referred by ${referredBy}` : null),
      });
      if (!added.ok) {
        return {
          ok: false,
          name: referral.name,
          reason: added.reason === "failed" ? added.failure : null,
        };
      }
      if (referredBy && added.created) {
        try {
          await updateInterviewExtension(graph, added.interview.record.contactId, (record) => ({
            ...record,
            referredBy,
          }));
        } catch {
          // The person is in My interviews; only the "referred by" note is missing.
        }
      }
      return { ok: true, name: referral.name };
    },
    [addInterview, graph, referredBy],
  );

  // Sent Items, once per view: did the thank-you go out since the meeting?
  const email = ready?.contact.email ?? null;
  const stage = ready?.record.stage ?? null;
  const draftedAt = ready?.record.thankYou?.draftedAt ?? null;
  const sentDetected = useSentItemsCheck(
    {
      wanted: Boolean(options.detectSent) && (stage === "met" || stage === "booked"),
      email,
      since: meetingStart ?? (draftedAt ? new Date(draftedAt) : null),
    },
    useCallback(
      async (sentAt: Date) => {
        await update((record) => recordThanked(record, sentAt));
      },
      [update],
    ),
  );

  return {
    interview,
    thankYou,
    draftThankYou: draft,
    markSent,
    markMet,
    addReferral,
    sentDetected,
  };
}

/** The keep-in-touch note of one interview, months after the thank-you. */
export interface KeepInTouch {
  status: ThankYouStatus;
  /** Drafts the note from `takeaways`, through the thank-you's draft code and recovery. */
  draft(takeaways: Takeaways): Promise<void>;
  /** "I sent it": the pipeline's work for this contact is then done. */
  markSent(): Promise<void>;
  /** The reminder's interval in months; 0 turns it off. */
  setInterval(months: KeepInTouchMonths): Promise<void>;
  /** Why the last interval or "sent" change could not be saved, if it could not. */
  saveFailure: GraphReason | null;
  /** True once Sent Items showed the note went out (this session). */
  sentDetected: boolean;
}

/** The keep-in-touch note for the interview `followUp` holds, whose meeting began `meetingStart`. */
export function useKeepInTouch(followUp: FollowUp, meetingStart: Date | null): KeepInTouch {
  const { graph, host, now } = useServices();
  const locale = useLocale();
  const me = useMe();
  const { update, show, state } = followUp.interview;
  const [status, setStatus] = useState<ThankYouStatus>({ status: "idle" });
  const [saveFailure, setSaveFailure] = useState<GraphReason | null>(null);
  const draftingRef = useRef(false);
  const ready = state.status === "ready" ? state : null;
  const contactId = ready?.contact.id ?? null;
  const email = ready?.contact.email ?? "";
  const displayName = ready?.contact.displayName ?? "";
  const givenName = ready?.contact.givenName ?? null;

  const draft = useCallback(
    async (takeaways: Takeaways) => {
      if (!contactId || draftingRef.current) return;
      draftingRef.current = true;
      setStatus({ status: "drafting" });
      const contact = { displayName, email, ...(givenName ? { givenName } : {}) };
      const { mail, warnings } = composeKeepInTouch({
        locale,
        student: { displayName: me?.displayName ?? "" },
        contact,
        takeaways,
        meetingDate: meetingStart,
        zone: userZone(),
      });
      let result: Awaited<ReturnType<typeof draftWithRecord>>;
      try {
        result = await draftWithRecord(
          { graph, host, now, update, show },
          { contactId, contact, mail },
          recordKeepInTouchDrafted,
        );
      } catch (error) {
        setStatus({ status: "error", reason: failureReason(error, "Mail.ReadWrite"), warnings });
        draftingRef.current = false;
        return;
      }
      setStatus({ status: "drafted", saved: result.saved, warnings });
      draftingRef.current = false;
      await result.noted();
    },
    [
      contactId,
      displayName,
      email,
      givenName,
      locale,
      me,
      meetingStart,
      graph,
      host,
      now,
      update,
      show,
    ],
  );

  const save = useCallback(
    async (change: Parameters<typeof update>[0]) => {
      setSaveFailure(null);
      try {
        const result = await update(change);
        if (!result.ok) setSaveFailure({ kind: "too-large" });
      } catch (error) {
        setSaveFailure(failureReason(error, "Contacts.ReadWrite"));
      }
    },
    [update],
  );
  const markSent = useCallback(
    () => save((record) => recordKeepInTouchSent(record, now())),
    [save, now],
  );

  // Sent Items, once per view, for a note drafted before this view opened: a message to the
  // contact since the draft was made is the note going out. One drafted in this view is not sent
  // yet, so it is not looked for (the next visit does).
  const sentDetected = useSentItemsCheck(
    {
      wanted: status.status === "idle",
      email: email || null,
      since: ready ? keepInTouchSentSince(ready.record) : null,
    },
    useCallback(
      async (sentAt: Date) => {
        const result = await update((record) => recordKeepInTouchSent(record, sentAt));
        if (!result.ok) throw new Error("The record is too large to note the update as sent.");
      },
      [update],
    ),
  );
  const setInterval = useCallback(
    (months: KeepInTouchMonths) =>
      save((record) => recordKeepInTouchInterval(record, months, now())),
    [save, now],
  );
  return { status, draft, markSent, setInterval, saveFailure, sentDetected };
}
