// The calendar invitation's body: thanks, purpose, a three-point agenda and the time kept.
// It takes no notes and no questions, so private preparation can never leak into it.
import type { Locale } from "../locale";
import type { MailContact, MailStudent, Paragraph } from "./draft";
import { addressee, composeDraft, oneLine, para } from "./draft";

/** Where the conversation happens. Teams adds its own join link to the invitation. */
export type JoinInfo = { format: "teams" } | { format: "in-person"; location?: string };

/** What the invitation needs. Deliberately nothing private: no notes, no questions. */
export interface InvitationInput {
  locale: Locale;
  student: MailStudent;
  contact: MailContact;
  durationMinutes: number;
  joinInfo?: JoinInfo;
}

/** The invitation's subject and body (HTML and text), as attendees will see them. */
export interface InvitationBody {
  subject: string;
  htmlBody: string;
  textBody: string;
}

/** Builds a short, respectful invitation body. */
export function buildInvitationBody(input: InvitationInput): InvitationBody {
  const fr = input.locale === "fr-CA";
  const student = oneLine(input.student.displayName);
  const contactName = oneLine(input.contact.displayName);
  const minutes = input.durationMinutes;
  const paragraphs: Paragraph[] = fr
    ? [
        para(`Merci, ${addressee(input.contact)}, de prendre le temps de discuter avec moi.`),
        para(
          "Objet\u00a0: une entrevue d'information. Je souhaite mieux connaître votre travail " +
            "et votre parcours; il ne s'agit pas d'une demande d'emploi.",
        ),
        para(`Déroulement (${minutes} minutes)\u00a0:`),
        {
          bullets: [
            "Votre parcours jusqu'à votre poste actuel",
            "À quoi ressemble une journée type",
            "Vos conseils, et les personnes à qui je pourrais aussi parler",
          ],
        },
        para(`Je m'engage à respecter les ${minutes} minutes prévues.`),
      ]
    : [
        para(`Thank you, ${addressee(input.contact)}, for making time to talk with me.`),
        para(
          "Purpose: an information interview. I would like to learn about your work and your " +
            "career path; I am not asking for a job.",
        ),
        para(`Agenda (${minutes} minutes):`),
        {
          bullets: [
            "Your path into your current role",
            "What a typical day looks like",
            "Your advice, and who else I might talk to",
          ],
        },
        para(`I will keep to the ${minutes} minutes we agreed on.`),
      ];
  const where = joinLine(input.locale, input.joinInfo);
  if (where) paragraphs.push(para(where));
  paragraphs.push(para(`— ${student}`));
  const subject = fr
    ? `Entrevue d'information\u00a0: ${contactName} et ${student}`
    : `Information interview: ${contactName} and ${student}`;
  return composeDraft(subject, paragraphs);
}

function joinLine(locale: Locale, join: JoinInfo | undefined): string {
  if (!join) return "";
  const fr = locale === "fr-CA";
  if (join.format === "teams") {
    return fr
      ? "Nous nous rencontrerons sur Microsoft Teams; le lien pour vous joindre figure dans cette invitation."
      : "We will meet on Microsoft Teams; the join link is in this invitation.";
  }
  const place = oneLine(join.location);
  if (!place) return fr ? "Nous nous rencontrerons en personne." : "We will meet in person.";
  return fr ? `Lieu\u00a0: ${place}` : `Place: ${place}`;
}
