// Short, courteous messages for when a booked conversation has to be cancelled or moved.
import type { Locale } from "../locale";
import { formatDayInZone, formatInZone } from "../time/zones";
import type { MailContact, MailDraft, MailStudent, Paragraph } from "./draft";
import { composeDraft, greeting, oneLine, para, signOff } from "./draft";

/** What a cancel or reschedule message needs. */
export interface ChangeMailInput {
  locale: Locale;
  student: MailStudent;
  contact: MailContact;
  /** When the booked conversation was to start. */
  meetingStart: Date;
  /** The zone to write times in (the contact's, since they read it). */
  zone: string;
}

/** Cancelling: apologise, thank, and (unless told not to) offer to find another time later. */
export function draftCancelMail(
  input: ChangeMailInput & { offerAnotherTime?: boolean },
): MailDraft {
  const fr = input.locale === "fr-CA";
  const when = formatInZone(input.meetingStart, input.zone, input.locale);
  const day = formatDayInZone(input.meetingStart, input.zone, input.locale);
  const offer = input.offerAnotherTime ?? true;
  const paragraphs: Paragraph[] = [
    para(greeting(input.locale, input.contact)),
    para(
      fr
        ? `Je dois malheureusement annuler notre conversation prévue le ${when}. Toutes mes excuses.`
        : `I am sorry, but I need to cancel our conversation planned for ${when}.`,
    ),
  ];
  if (offer) {
    paragraphs.push(
      para(
        fr
          ? "Si cela vous convient toujours, il me ferait plaisir de trouver un autre moment plus tard."
          : "If it still suits you, I would be glad to find another time later on.",
      ),
    );
  }
  paragraphs.push(
    para(
      fr
        ? "Merci de votre compréhension, et merci encore de m'avoir accordé de votre temps."
        : "Thank you for your understanding, and for having made time for me.",
    ),
    signOff(input.locale, input.student),
  );
  const subject = fr
    ? `Annulation de notre conversation du ${day}`
    : `Cancelling our conversation on ${day}`;
  return composeDraft(subject, paragraphs);
}

/** Moving: apologise, propose new times (already formatted for the contact), stay flexible. */
export function draftRescheduleMail(
  input: ChangeMailInput & { proposedSlots?: readonly string[] },
): MailDraft {
  const fr = input.locale === "fr-CA";
  const when = formatInZone(input.meetingStart, input.zone, input.locale);
  const day = formatDayInZone(input.meetingStart, input.zone, input.locale);
  const slots = (input.proposedSlots ?? []).map(oneLine).filter(Boolean);
  const paragraphs: Paragraph[] = [
    para(greeting(input.locale, input.contact)),
    para(
      fr
        ? `Un imprévu m'oblige à déplacer notre conversation prévue le ${when}. Toutes mes excuses pour ce changement.`
        : `Something has come up, and I need to move our conversation planned for ${when}. I apologise for the change.`,
    ),
  ];
  if (slots.length > 0) {
    paragraphs.push(
      para(
        fr ? "L'un de ces moments vous conviendrait-il?" : "Would one of these times work for you?",
      ),
      { bullets: slots },
      para(
        fr
          ? "Sinon, je m'adapterai volontiers à votre horaire."
          : "If none of them suits you, I am glad to fit around your schedule.",
      ),
    );
  } else {
    paragraphs.push(
      para(
        fr
          ? "Quel moment vous conviendrait? Je m'adapterai volontiers à votre horaire."
          : "What time would suit you? I am glad to fit around your schedule.",
      ),
    );
  }
  paragraphs.push(
    para(fr ? "Merci de votre compréhension." : "Thank you for your understanding."),
    signOff(input.locale, input.student),
  );
  const subject = fr
    ? `Pourrions-nous déplacer notre conversation du ${day}?`
    : `Could we move our conversation on ${day}?`;
  return composeDraft(subject, paragraphs);
}
