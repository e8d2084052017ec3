// Calling a contact: a short script in the request mail's spirit, and Teams' call and chat links.
import type { Locale } from "./locale";
import { oneLine, withoutControls } from "./mail/draft";

/** What the call script needs. Notes and research stay out: they are private to the student. */
export interface CallScriptInput {
  locale: Locale;
  /** The student's name (and program, when they gave one). */
  student: { displayName: string; program?: string };
  /** The contact, greeted by given name when known. */
  contact: { displayName: string; givenName?: string };
  /** How long the conversation would take. */
  durationMinutes: number;
  /** Who suggested this contact, when someone did. */
  referredBy?: string;
}

/** What to say, in order, and a shorter message for voicemail. */
export interface CallScript {
  lines: string[];
  voicemail: string;
}

/**
 * The call script: who the student is, why they are calling (exploring careers, not asking for a
 * job), how long it would take, and an easy way for the contact to say "not now". The same
 * points as the request mail, spoken rather than written.
 */
export function callScript(input: CallScriptInput): CallScript {
  return input.locale === "fr-CA" ? french(input) : english(input);
}

function names(input: CallScriptInput) {
  return {
    me: oneLine(input.student.displayName),
    program: oneLine(input.student.program),
    them: oneLine(input.contact.givenName) || oneLine(input.contact.displayName),
    referredBy: oneLine(input.referredBy),
    minutes: Math.max(1, Math.round(input.durationMinutes)),
  };
}

function english(input: CallScriptInput): CallScript {
  const { me, program, them, referredBy, minutes } = names(input);
  const who = `Hello ${them}, my name is ${me}` + (program ? `, a student in ${program}.` : ".");
  const lines = [
    who + (referredBy ? ` ${referredBy} suggested I call you.` : ""),
    "I am exploring career paths and would like to learn how you came to your work. " +
      "I am not looking for a job; I am gathering information to choose my own direction.",
    `Could we talk for about ${minutes} minutes, now or at a time that suits you better?`,
    "If now is not a good time, when would be easier for you?",
    "Thank you for your time.",
  ];
  const voicemail =
    `Hello ${them}, this is ${me}. I am exploring careers and would be grateful for ` +
    `${minutes} minutes of your time to hear about your work; I am not asking for a job. ` +
    "I will follow up by email. Thank you.";
  return { lines, voicemail };
}

function french(input: CallScriptInput): CallScript {
  const { me, program, them, referredBy, minutes } = names(input);
  const who =
    `Bonjour ${them}, je m'appelle ${me}` + (program ? ` et j'étudie en ${program}.` : ".");
  const lines = [
    who + (referredBy ? ` ${referredBy} m'a suggéré de vous appeler.` : ""),
    "J'explore des avenues de carrière et j'aimerais en savoir plus sur votre parcours. " +
      "Je ne cherche pas d'emploi\u00a0: je m'informe pour mieux choisir ma voie.",
    `Auriez-vous environ ${minutes} minutes pour en parler, maintenant ou à un moment qui vous ` +
      "conviendrait mieux?",
    "Si ce n'est pas le bon moment, quand serait-il plus commode pour vous?",
    "Merci de votre temps.",
  ];
  const voicemail =
    `Bonjour ${them}, ici ${me}. J'explore des avenues de carrière et j'aimerais beaucoup ` +
    `vous parler ${minutes} minutes de votre travail; je ne cherche pas d'emploi. ` +
    "Je vous écrirai aussi par courriel. Merci.";
  return { lines, voicemail };
}

/**
 * The address Teams' deep links take, or null when it cannot be one. Teams' `users` parameter
 * is a comma-separated list of sign-in names (msteams-docs
 * `concepts/build-and-test/deep-link-workflow.md`), so an address with a comma, whitespace or a
 * control character would name someone else (or several people): no link rather than a wrong one.
 */
function teamsUser(address: string | null | undefined): string | null {
  const raw = address ?? "";
  if (withoutControls(raw) !== raw) return null;
  const value = raw.trim();
  if (!/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/u.test(value)) return null;
  return value;
}

/**
 * The address as a query value: `encodeURIComponent` leaves `'` (and `!()*`) alone, and a link
 * that ends up in markup (a copied snippet, a mail) must not carry a bare quote.
 */
function queryValue(user: string): string {
  return encodeURIComponent(user).replace(
    /[!'()*]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Teams' link that starts an audio call with `address` (encoded; null for an unusable address). */
export function teamsCallLink(address: string | null | undefined): string | null {
  const user = teamsUser(address);
  return user ? `https://teams.microsoft.com/l/call/0/0?users=${queryValue(user)}` : null;
}

/** Teams' link that opens (or starts) a chat with `address`; null for an unusable address. */
export function teamsChatLink(address: string | null | undefined): string | null {
  const user = teamsUser(address);
  return user ? `https://teams.microsoft.com/l/chat/0/0?users=${queryValue(user)}` : null;
}
