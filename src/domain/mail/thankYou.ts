// The thank-you mail, drafted from the takeaways: one or two concrete things learned, sent within a
// day.
import { DateTime } from "luxon";
import type { Locale } from "../locale";
import type { Takeaways } from "../prepSheet";
import { formatDayInZone, zoneOrFallback } from "../time/zones";
import type { MailContact, MailDraft, MailStudent, Paragraph } from "./draft";
import {
  addressee,
  closeBidi,
  composeDraft,
  greeting,
  listNames,
  oneLine,
  para,
  signOff,
} from "./draft";

/** What the thank-you needs. Research notes are not an input: only what was learned together. */
export interface ThankYouInput {
  locale: Locale;
  student: MailStudent;
  contact: MailContact;
  takeaways: Takeaways;
  /** When the conversation started. */
  meetingDate: Date;
  /** The zone to speak of the day in (the student's). */
  zone: string;
  /** When drafting; lets the mail say "today" or "yesterday" rather than a date. */
  now?: Date;
}

/** Longest a quoted takeaway gets before it is shortened, so the mail stays short. */
const MAX_TAKEAWAY_CHARS = 180;

/**
 * The most specific takeaway lines, in the order they were written. A line is more specific when
 * it is longer and names things (numbers, proper nouns); empty and one-word lines are skipped.
 */
export function pickTakeaways(takeaways: Takeaways, max = 2): string[] {
  const lines = [takeaways.notes, ...Object.values(takeaways.answers)]
    .flatMap((text) => (text ?? "").split(/\r?\n/))
    .map(cleanLine)
    .filter((line) => line.length > 0);
  const seen = new Set<string>();
  const unique = lines.filter((line) => {
    const key = line.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const substantial = unique.filter((line) => line.split(" ").length >= 3);
  const pool = substantial.length > 0 ? substantial : unique;
  const ranked = pool
    .map((line, index) => ({ line, index, score: specificity(line) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  // Shortening may cut off the end of a bidi override the line opened: close it again.
  return ranked.map((r) => closeBidi(shorten(r.line, MAX_TAKEAWAY_CHARS)));
}

function cleanLine(line: string): string {
  return oneLine(line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, ""));
}

function specificity(line: string): number {
  const words = line.split(" ");
  const numbers = /\d/.test(line) ? 4 : 0;
  // Capitalised words after the first are usually names of things: tools, firms, courses.
  const names = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length * 2;
  return Math.min(words.length, 40) + numbers + names;
}

function shorten(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Drafts the thank-you for the user to review and send. */
export function draftThankYou(input: ThankYouInput): MailDraft {
  const fr = input.locale === "fr-CA";
  const when = whenWeMet(input);
  const picks = pickTakeaways(input.takeaways);
  const referrals = input.takeaways.referrals.map((r) => oneLine(r.name)).filter(Boolean);

  const paragraphs: Paragraph[] = [para(greeting(input.locale, input.contact))];
  if (fr) {
    paragraphs.push(
      para(
        `Merci d'avoir pris le temps de discuter avec moi ${when}. Vos conseils m'ont été précieux.`,
      ),
    );
    if (picks.length > 0) {
      paragraphs.push(
        para(
          picks.length > 1
            ? "Deux choses que je retiens de notre conversation\u00a0:"
            : "Ce que je retiens surtout de notre conversation\u00a0:",
        ),
        { bullets: picks },
      );
    }
    if (referrals.length > 0) {
      paragraphs.push(
        para(
          `Merci aussi de m'avoir suggéré de parler à ${listNames("fr-CA", referrals)}; ` +
            `je vais communiquer avec ${referrals.length > 1 ? "eux" : "cette personne"} ` +
            `en mentionnant votre nom, si vous le permettez.`,
        ),
      );
    }
    paragraphs.push(
      para("Je vous tiendrai au courant de la suite de mes démarches."),
      signOff("fr-CA", input.student, "Encore merci,"),
    );
  } else {
    paragraphs.push(
      para(`Thank you for taking the time to talk with me ${when}. I learned a great deal.`),
    );
    if (picks.length > 0) {
      paragraphs.push(
        para(
          picks.length > 1
            ? "Two things I am taking away from our conversation:"
            : "What I am taking away from our conversation:",
        ),
        { bullets: picks },
      );
    }
    if (referrals.length > 0) {
      paragraphs.push(
        para(
          `Thank you as well for suggesting I speak with ${listNames("en", referrals)}. ` +
            `I will get in touch and, if you don't mind, mention that you sent me.`,
        ),
      );
    }
    paragraphs.push(
      para("I will let you know how my exploration goes."),
      signOff("en", input.student, "With thanks,"),
    );
  }
  const subject = fr
    ? `Merci pour votre temps, ${addressee(input.contact)}`
    : `Thank you for your time, ${addressee(input.contact)}`;
  return composeDraft(subject, paragraphs);
}

/** "today" / "yesterday" / "on Tuesday, December 1" — in the student's zone. */
function whenWeMet(input: ThankYouInput): string {
  const fr = input.locale === "fr-CA";
  const zone = zoneOrFallback(input.zone);
  if (input.now) {
    const met = DateTime.fromJSDate(input.meetingDate, { zone }).startOf("day");
    const today = DateTime.fromJSDate(input.now, { zone }).startOf("day");
    const daysAgo = Math.round(today.diff(met, "days").days);
    if (daysAgo === 0) return fr ? "aujourd'hui" : "today";
    if (daysAgo === 1) return fr ? "hier" : "yesterday";
  }
  const day = formatDayInZone(input.meetingDate, zone, input.locale);
  return fr ? `le ${day}` : `on ${day}`;
}
