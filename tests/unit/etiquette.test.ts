// The etiquette guard on request and thank-you drafts: no job asks, no resumes.
import { describe, expect, it } from "vitest";
import { checkEtiquette, type EtiquetteCode } from "../../src/domain/etiquette";
import type { Locale } from "../../src/domain/locale";

type Case = readonly [locale: Locale, text: string, code: EtiquetteCode, phrase: string];

// Each draft sentence, the warning it must raise, and the phrase the editor underlines.
const FLAGGED: readonly Case[] = [
  ["en", "Would you consider me for an opening on your team?", "asks-for-job", "consider me"],
  ["en", "I was wondering if you could hire me this summer.", "asks-for-job", "hire me"],
  [
    "en",
    "I am currently looking for a full-time position in data analytics.",
    "asks-for-job",
    "I am currently looking for a full-time position",
  ],
  ["en", "Are you hiring at the moment?", "asks-for-job", "Are you hiring"],
  [
    "en",
    "Is your analytics team hiring right now?",
    "asks-for-job",
    "Is your analytics team hiring",
  ],
  [
    "en",
    "Do you have any internships available for students?",
    "asks-for-job",
    "Do you have any internships available",
  ],
  [
    "en",
    "Could you help me get a co-op placement?",
    "asks-for-job",
    "help me get a co-op placement",
  ],
  ["en", "I'd like to apply to your department next spring.", "asks-for-job", "I'd like to apply"],
  [
    "en",
    "Could you refer me for the analyst role?",
    "asks-for-job",
    "refer me for the analyst role",
  ],
  [
    "en",
    "If you could put in a good word for me, I'd be grateful.",
    "asks-for-job",
    "put in a good word for me",
  ],
  ["en", "I have attached my resume for your review.", "asks-to-pass-resume", "attached my resume"],
  ["en", "Please find my CV attached.", "asks-to-pass-resume", "my CV attached"],
  [
    "en",
    "Could you pass my résumé along to your manager?",
    "asks-to-pass-resume",
    "pass my résumé",
  ],
  [
    "en",
    "I'd be happy to send you my curriculum vitae.",
    "asks-to-pass-resume",
    "send you my curriculum vitae",
  ],
  [
    "en",
    "Could I apply for the summer internship you mentioned?",
    "asks-for-job",
    "apply for the summer internship",
  ],
  [
    "fr-CA",
    "Je suis à la recherche d'un stage pour l'été.",
    "asks-for-job",
    "Je suis à la recherche d'un stage",
  ],
  ["fr-CA", "Pourriez-vous m'embaucher dans votre équipe ?", "asks-for-job", "m'embaucher"],
  [
    "fr-CA",
    "Avez-vous des postes disponibles en ce moment ?",
    "asks-for-job",
    "Avez-vous des postes disponibles",
  ],
  ["fr-CA", "Est-ce que votre équipe recrute ?", "asks-for-job", "équipe recrute"],
  ["fr-CA", "J'aimerais postuler à un poste chez vous.", "asks-for-job", "postuler à un poste"],
  [
    "fr-CA",
    "Pourriez-vous me recommander pour ce poste ?",
    "asks-for-job",
    "me recommander pour ce poste",
  ],
  ["fr-CA", "Vous trouverez ci-joint mon CV.", "asks-to-pass-resume", "ci-joint mon CV"],
  [
    "fr-CA",
    "Je peux vous faire parvenir mon curriculum vitæ.",
    "asks-to-pass-resume",
    "faire parvenir mon curriculum vitæ",
  ],
  ["fr-CA", "Mon CV est en pièce jointe.", "asks-to-pass-resume", "CV est en pièce jointe"],
];

// Courteous drafts that mention jobs or resumes without asking for anything.
const CLEAN: readonly (readonly [Locale, string])[] = [
  ["en", "I'm not looking for a job; I'd simply like to learn about your work."],
  ["en", "How did you get your first job in this field?"],
  ["en", "What does a typical day look like in your position?"],
  ["en", "Thank you for sharing how you moved from teaching into HR."],
  ["en", "Your advice on building experience through volunteer roles was very helpful."],
  ["en", "I won't send my resume; this is only about learning from you."],
  ["en", "Are there many jobs in this field for people with a science degree?"],
  ["en", "Thank you for taking the time to talk about your role as a project manager."],
  ["en", "You mentioned that your team takes co-op students; I'll read up on the program."],
  ["en", "I'll keep your advice in mind as I plan my job search."],
  [
    "fr-CA",
    "Je ne cherche pas d'emploi : j'aimerais seulement en apprendre davantage sur votre métier.",
  ],
  ["fr-CA", "Comment avez-vous obtenu votre premier emploi ?"],
  ["fr-CA", "Merci de m'avoir expliqué votre parcours en santé publique."],
  ["fr-CA", "Je ne vais pas vous envoyer mon CV, rassurez-vous."],
  ["fr-CA", "Quelles compétences sont utiles dans votre poste ?"],
  ["fr-CA", "Merci d'avoir pris le temps de me parler de votre poste et de votre équipe."],
];

describe("checkEtiquette", () => {
  it.each(FLAGGED)("%s: %j raises %s", (locale, text, code, phrase) => {
    const warnings = checkEtiquette(text, locale);
    expect(warnings.map((w) => w.code)).toContain(code);
    const warning = warnings.find((w) => w.code === code)!;
    expect(text.slice(warning.start, warning.end).toLowerCase()).toContain(phrase.toLowerCase());
  });

  it.each(CLEAN)("%s: %j passes", (locale, text) => {
    expect(checkEtiquette(text, locale)).toEqual([]);
  });

  it("points at each problem in a whole request mail, in order", () => {
    const draft = [
      "Dear Ms. Chen,",
      "",
      "I'm a third-year commerce student exploring careers in health-care finance. Would you have",
      "20 minutes for a short conversation about your work? I am also looking for an internship",
      "this summer, and I have attached my resume in case it helps.",
      "",
      "Thank you for considering it,",
      "Sam",
    ].join("\n");
    const warnings = checkEtiquette(draft, "en");
    expect(warnings.map((w) => w.code)).toEqual(["asks-for-job", "asks-to-pass-resume"]);
    expect(draft.slice(warnings[0]!.start, warnings[0]!.end)).toBe(
      "I am also looking for an internship",
    );
    expect(draft.slice(warnings[1]!.start, warnings[1]!.end)).toBe("attached my resume");
  });

  it("reads both languages in a bilingual draft", () => {
    const draft = "Merci pour votre temps. I have attached my CV.";
    expect(checkEtiquette(draft, "fr-CA").map((w) => w.code)).toEqual(["asks-to-pass-resume"]);
  });

  it("returns nothing for an empty draft", () => {
    expect(checkEtiquette("", "en")).toEqual([]);
  });
});
