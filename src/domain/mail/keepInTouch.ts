// The keep-in-touch note, months after the thank-you: what the contact's advice led to, drafted
// from the takeaways for the user to finish and send.
import type { Locale } from "../locale";
import type { Takeaways } from "../prepSheet";
import { formatDayInZone, zoneOrFallback } from "../time/zones";
import type { MailContact, MailDraft, MailStudent, Paragraph } from "./draft";
import { addressee, composeDraft, greeting, listNames, oneLine, para, signOff } from "./draft";
import { pickTakeaways } from "./thankYou";

/** What the note needs. Research notes stay out: only what was learned together. */
export interface KeepInTouchInput {
  locale: Locale;
  student: MailStudent;
  contact: MailContact;
  takeaways: Takeaways;
  /** When the conversation took place, if known. */
  meetingDate?: Date;
  /** The zone to speak of that day in (the student's). */
  zone: string;
  /** What the student did since, in their words; without it the draft leaves a marked gap. */
  news?: string;
}

/**
 * Drafts the note: a reminder of the conversation, the advice that stuck (the most specific
 * takeaways), what came of it, thanks for any introductions, and an open door. The product
 * never sends it: the user fills in their news and sends it themselves.
 */
export function draftKeepInTouch(input: KeepInTouchInput): MailDraft {
  const fr = input.locale === "fr-CA";
  const picks = pickTakeaways(input.takeaways);
  const referrals = input.takeaways.referrals.map((r) => oneLine(r.name)).filter(Boolean);
  const news = (input.news ?? "").trim();
  const day = input.meetingDate
    ? formatDayInZone(input.meetingDate, zoneOrFallback(input.zone), input.locale)
    : null;

  const paragraphs: Paragraph[] = [para(greeting(input.locale, input.contact))];
  if (fr) {
    paragraphs.push(
      para(
        (day
          ? `Le ${day}, vous avez pris le temps de me parler de votre travail.`
          : "Il y a quelques mois, vous avez pris le temps de me parler de votre travail.") +
          " Je voulais vous donner des nouvelles.",
      ),
    );
    if (picks.length > 0) {
      paragraphs.push(para("Vos conseils me sont restés en tête\u00a0:"), { bullets: picks });
    }
    paragraphs.push(
      para(
        news ||
          "[Ce que j'ai fait depuis grâce à vos conseils\u00a0: un cours, une démarche, une rencontre…]",
      ),
    );
    if (referrals.length > 0) {
      paragraphs.push(
        para(`Merci encore de m'avoir suggéré de parler à ${listNames("fr-CA", referrals)}.`),
      );
    }
    paragraphs.push(
      para(
        "J'espère que tout va bien de votre côté; j'aurais grand plaisir à avoir de vos nouvelles.",
      ),
      signOff("fr-CA", input.student, "Au plaisir,"),
    );
  } else {
    paragraphs.push(
      para(
        (day
          ? `On ${day}, you took the time to tell me about your work.`
          : "A few months ago, you took the time to tell me about your work.") +
          " I wanted to let you know what came of it.",
      ),
    );
    if (picks.length > 0) {
      paragraphs.push(para("Your advice stayed with me:"), { bullets: picks });
    }
    paragraphs.push(
      para(news || "[What I have done since, thanks to your advice: a course, a step, a contact…]"),
    );
    if (referrals.length > 0) {
      paragraphs.push(
        para(`Thank you again for putting me in touch with ${listNames("en", referrals)}.`),
      );
    }
    paragraphs.push(
      para("I hope all is well with you, and I would be glad to hear how things are going."),
      signOff("en", input.student, "All the best,"),
    );
  }
  const subject = fr
    ? `Des nouvelles depuis notre conversation, ${addressee(input.contact)}`
    : `An update since our conversation, ${addressee(input.contact)}`;
  return composeDraft(subject, paragraphs);
}
