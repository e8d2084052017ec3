// The first message to a contact: a courteous request for a short conversation, never for a job.
import type { Locale } from "../locale";
import type { MeetingFormat } from "../prepSheet";
import type { MailContact, MailDraft, MailStudent, Paragraph } from "./draft";
import { composeDraft, greeting, oneLine, para, signOff } from "./draft";

export type { MeetingFormat };

/** What the request mail needs to know. Notes and research never go in: they are private. */
export interface RequestMailInput {
  locale: Locale;
  student: MailStudent;
  contact: MailContact;
  durationMinutes: number;
  formats: readonly MeetingFormat[];
  /** Times already formatted for the contact ("Tuesday, December 1, 10:30 a.m. EST"). */
  proposedSlots?: readonly string[];
  /** Who suggested this contact, when someone did. */
  referredBy?: string;
}

/**
 * Drafts the request: who the student is, that they are exploring careers (and not asking for a
 * job), a short conversation at the contact's convenience, in person or on Teams. The user
 * reviews and sends it.
 */
export function draftRequestMail(input: RequestMailInput): MailDraft {
  return input.locale === "fr-CA" ? french(input) : english(input);
}

function english(input: RequestMailInput): MailDraft {
  const name = oneLine(input.student.displayName);
  const program = oneLine(input.student.program);
  const referredBy = oneLine(input.referredBy);
  const minutes = input.durationMinutes;
  const intro =
    `My name is ${name}` +
    (program ? `, and I am a student in ${program}.` : ".") +
    (referredBy ? ` ${referredBy} suggested I get in touch with you.` : "");
  const how = formatsEnglish(input.formats);
  const slots = (input.proposedSlots ?? []).map(oneLine).filter(Boolean);
  const paragraphs: Paragraph[] = [
    para(greeting("en", input.contact)),
    para(
      `${intro} I am exploring possible career paths, and I would be grateful to hear about ` +
        `your work and how you came to it. I am not looking for a job: I am gathering ` +
        `information so I can make better choices about my own direction.`,
    ),
    para(
      `Would you have ${minutes} minutes for a short conversation in the coming weeks, at ` +
        `whatever time suits you best?` +
        (how ? ` We could meet ${how}.` : ""),
    ),
  ];
  if (slots.length > 0) {
    paragraphs.push(
      para("Here are a few times that could work, though I am glad to fit around your schedule:"),
      { bullets: slots },
    );
  } else {
    paragraphs.push(para("My schedule is flexible, and I am glad to fit around yours."));
  }
  paragraphs.push(para("Thank you for considering it."), signOff("en", input.student));
  return composeDraft(`Could I ask you about your work? (${minutes} minutes)`, paragraphs);
}

function french(input: RequestMailInput): MailDraft {
  const name = oneLine(input.student.displayName);
  const program = oneLine(input.student.program);
  const referredBy = oneLine(input.referredBy);
  const minutes = input.durationMinutes;
  const intro =
    `Je m'appelle ${name}` +
    (program ? ` et je suis aux études en ${program}.` : ".") +
    (referredBy ? ` ${referredBy} m'a suggéré de communiquer avec vous.` : "");
  const how = formatsFrench(input.formats);
  const slots = (input.proposedSlots ?? []).map(oneLine).filter(Boolean);
  const paragraphs: Paragraph[] = [
    para(greeting("fr-CA", input.contact)),
    para(
      `${intro} J'explore différentes avenues de carrière et j'aimerais beaucoup en apprendre ` +
        `davantage sur votre travail et votre parcours. Je précise que je ne cherche pas ` +
        `d'emploi\u00a0: je recueille de l'information pour mieux orienter mes choix.`,
    ),
    para(
      `Auriez-vous ${minutes} minutes à m'accorder pour une courte conversation au cours des ` +
        `prochaines semaines, au moment qui vous conviendra le mieux?` +
        (how ? ` Nous pourrions nous rencontrer ${how}.` : ""),
    ),
  ];
  if (slots.length > 0) {
    paragraphs.push(
      para(
        "Voici quelques moments possibles, mais je m'adapterai volontiers à votre horaire\u00a0:",
      ),
      { bullets: slots },
    );
  } else {
    paragraphs.push(para("Mon horaire est flexible et je m'adapterai volontiers au vôtre."));
  }
  paragraphs.push(
    para("Je vous remercie de considérer ma demande."),
    signOff("fr-CA", input.student),
  );
  return composeDraft(
    `Une conversation de ${minutes} minutes au sujet de votre travail?`,
    paragraphs,
  );
}

function formatsEnglish(formats: readonly MeetingFormat[]): string {
  const teams = formats.includes("teams");
  const inPerson = formats.includes("in-person");
  if (teams && inPerson) return "in person or on Microsoft Teams, whichever you prefer";
  if (inPerson) return "in person";
  if (teams) return "on Microsoft Teams";
  return "";
}

function formatsFrench(formats: readonly MeetingFormat[]): string {
  const teams = formats.includes("teams");
  const inPerson = formats.includes("in-person");
  if (teams && inPerson) return "en personne ou sur Microsoft Teams, selon votre préférence";
  if (inPerson) return "en personne";
  if (teams) return "sur Microsoft Teams";
  return "";
}
