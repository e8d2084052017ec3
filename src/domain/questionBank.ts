// The built-in question bank by theme, and how the career centre's own list is merged into it.
//
// Every question is open (the coach's tests check it) and written for an information interview:
// curious about the work, never asking for a job. Placeholders in braces are filled from the
// research by tailoring.ts; each is placed where both a real value and the generic phrase read
// naturally ("in {industry}" → "in health care" or "in your field").

import type { Locale } from "./locale";

/** The bank's themes, in the order the question editor shows them. */
export type QuestionTheme = "path" | "day" | "skills" | "outlook" | "advice" | "referrals";

/** Themes in display order: the path into the role first, who else to talk to last. */
export const QUESTION_THEMES: readonly QuestionTheme[] = [
  "path",
  "day",
  "skills",
  "outlook",
  "advice",
  "referrals",
];

/** A question's wording in both product languages. */
export type QuestionText = Record<Locale, string>;

/** One question of the bank. */
export interface BankQuestion {
  /** Stable id ("path-01"); chosen questions and advisor edits refer to it. */
  id: string;
  theme: QuestionTheme;
  text: QuestionText;
}

/** A question as the career centre's list holds it (advisors may write English only). */
export interface AdvisorQuestion {
  id: string;
  theme: QuestionTheme;
  text: { en: string; "fr-CA"?: string };
  sortOrder?: number;
  retired?: boolean;
}

/** A question of the merged bank, with where it came from. */
export interface MergedBankQuestion extends BankQuestion {
  source: "built-in" | "advisor";
  /** True when the advisor gave no French wording and the English one stands in for it. */
  frenchMissing?: boolean;
}

function q(id: string, theme: QuestionTheme, en: string, fr: string): BankQuestion {
  return { id, theme, text: { en, "fr-CA": fr } };
}

/** The questions every installation starts with: ten per theme, English and Canadian French. */
export const BUILT_IN_QUESTIONS: readonly BankQuestion[] = [
  // The path into the role.
  q(
    "path-01",
    "path",
    "How did you first become interested in {industry}?",
    "Qu'est-ce qui a d'abord éveillé votre intérêt pour le travail en {industry} ?",
  ),
  q(
    "path-02",
    "path",
    "What steps brought you to where you are now as a {role}?",
    "Quelles étapes vous ont mené là où vous êtes aujourd'hui comme {role} ?",
  ),
  q(
    "path-03",
    "path",
    "What drew you to {department}?",
    "Qu'est-ce qui vous a attiré vers l'équipe {department} ?",
  ),
  q(
    "path-04",
    "path",
    "How did your first job after your studies shape where you are today?",
    "Comment votre premier emploi après vos études a-t-il façonné votre parcours ?",
  ),
  q(
    "path-05",
    "path",
    "Looking back, what turning points stand out in your career?",
    "Avec le recul, quels moments décisifs ressortent de votre carrière ?",
  ),
  q(
    "path-06",
    "path",
    "What other roles did you hold before this one, and what did each teach you?",
    "Quels autres rôles avez-vous occupés avant celui-ci, et que vous a appris chacun d'eux ?",
  ),
  q(
    "path-07",
    "path",
    "How did you realise that this kind of work suited you?",
    "Comment avez-vous compris que ce genre de travail vous convenait ?",
  ),
  q(
    "path-08",
    "path",
    "What surprised you most when you joined {organisation}?",
    "Qu'est-ce qui vous a le plus surpris à votre arrivée chez {organisation} ?",
  ),
  q(
    "path-09",
    "path",
    "If you were starting out again today, what route into {industry} would you take?",
    "Si vous recommenciez aujourd'hui, quel chemin prendriez-vous pour travailler en {industry} ?",
  ),
  q(
    "path-10",
    "path",
    "Which experiences outside work helped you most on your way here?",
    "Quelles expériences en dehors du travail vous ont le plus aidé à arriver ici ?",
  ),

  // A typical day.
  q(
    "day-01",
    "day",
    "What does a typical week look like for you in {department}?",
    "À quoi ressemble une semaine typique pour vous au sein de l'équipe {department} ?",
  ),
  q(
    "day-02",
    "day",
    "How is your time usually split between meetings, focused work and other tasks?",
    "Comment votre temps se partage-t-il habituellement entre les réunions, le travail de concentration et les autres tâches ?",
  ),
  q(
    "day-03",
    "day",
    "Which tasks take up most of your day as a {role}?",
    "Quelles tâches occupent la plus grande partie de votre journée comme {role} ?",
  ),
  q(
    "day-04",
    "day",
    "What part of your work do you look forward to most?",
    "Quelle partie de votre travail attendez-vous avec le plus d'impatience ?",
  ),
  q(
    "day-05",
    "day",
    "What kinds of problems land on your desk, and how do you tackle them?",
    "Quels genres de problèmes aboutissent sur votre bureau, et comment les abordez-vous ?",
  ),
  q(
    "day-06",
    "day",
    "Who do you work with most closely, inside and outside {organisation}?",
    "Avec qui travaillez-vous le plus étroitement, à l'intérieur comme à l'extérieur de {organisation} ?",
  ),
  q(
    "day-07",
    "day",
    "How has remote or hybrid work changed the way your team operates?",
    "Comment le télétravail ou le travail hybride a-t-il changé la façon dont votre équipe fonctionne ?",
  ),
  q(
    "day-08",
    "day",
    "What does a demanding day look like, compared with a quiet one?",
    "À quoi ressemble une journée chargée, comparée à une journée tranquille ?",
  ),
  q(
    "day-09",
    "day",
    "Could you walk me through a project you worked on recently?",
    "Pourriez-vous me décrire un projet sur lequel vous avez travaillé récemment ?",
  ),
  q(
    "day-10",
    "day",
    "What tools or software do you rely on every day?",
    "Sur quels outils ou logiciels comptez-vous au quotidien ?",
  ),

  // Skills and education.
  q(
    "skills-01",
    "skills",
    "Which skills matter most for success as a {role}?",
    "Quelles compétences comptent le plus pour réussir comme {role} ?",
  ),
  q(
    "skills-02",
    "skills",
    "How well did your education prepare you for this work?",
    "Dans quelle mesure vos études vous ont-elles préparé à ce travail ?",
  ),
  q(
    "skills-03",
    "skills",
    "What training or certifications are valued in {industry}?",
    "Quelles formations ou certifications sont valorisées en {industry} ?",
  ),
  q(
    "skills-04",
    "skills",
    "What do you wish you had learned before starting out?",
    "Qu'auriez-vous aimé apprendre avant vos débuts ?",
  ),
  q(
    "skills-05",
    "skills",
    "How do you keep your skills current?",
    "Comment gardez-vous vos compétences à jour ?",
  ),
  q(
    "skills-06",
    "skills",
    "Which courses or experiences would you suggest to someone preparing for this field?",
    "Quels cours ou quelles expériences suggéreriez-vous à quelqu'un qui se prépare à ce domaine ?",
  ),
  q(
    "skills-07",
    "skills",
    "What personal qualities help people thrive in {department}?",
    "Quelles qualités personnelles aident les gens à s'épanouir au sein de l'équipe {department} ?",
  ),
  q(
    "skills-08",
    "skills",
    "How much does hands-on experience count compared with formal credentials?",
    "Quelle place l'expérience pratique occupe-t-elle par rapport aux diplômes ?",
  ),
  q(
    "skills-09",
    "skills",
    "What skills are you working on developing right now?",
    "Quelles compétences cherchez-vous à développer en ce moment ?",
  ),
  q(
    "skills-10",
    "skills",
    "Which volunteer work, projects or part-time roles could help a student build relevant experience?",
    "Quel bénévolat, quels projets ou quels emplois à temps partiel pourraient aider un étudiant à acquérir une expérience pertinente ?",
  ),

  // The industry's outlook.
  q(
    "outlook-01",
    "outlook",
    "How do you see {industry} changing over the next five years?",
    "Comment voyez-vous le travail en {industry} évoluer au cours des cinq prochaines années ?",
  ),
  q(
    "outlook-02",
    "outlook",
    "What trends are shaping the work of {department} right now?",
    "Quelles tendances transforment en ce moment le travail de l'équipe {department} ?",
  ),
  q(
    "outlook-03",
    "outlook",
    "Where do you see the most growth in this field?",
    "Où voyez-vous le plus de croissance dans ce domaine ?",
  ),
  q(
    "outlook-04",
    "outlook",
    "How is technology changing the way people in your role work?",
    "Comment la technologie change-t-elle la façon de travailler dans votre rôle ?",
  ),
  q(
    "outlook-05",
    "outlook",
    "What challenges is {organisation} facing at the moment?",
    "Quels défis {organisation} doit-elle relever en ce moment ?",
  ),
  q(
    "outlook-06",
    "outlook",
    "What kinds of roles do you expect to grow in demand?",
    "Quels types de rôles seront, selon vous, de plus en plus recherchés ?",
  ),
  q(
    "outlook-07",
    "outlook",
    "How does {department} fit into the bigger picture at {organisation}?",
    "Comment l'équipe {department} s'inscrit-elle dans l'ensemble de {organisation} ?",
  ),
  q(
    "outlook-08",
    "outlook",
    "What news or changes in {industry} should a newcomer keep an eye on?",
    "Quelles nouvelles ou quels changements en {industry} un nouvel arrivant devrait-il surveiller ?",
  ),
  q(
    "outlook-09",
    "outlook",
    "How does the work of {department} connect with {managerDepartment}?",
    "Comment le travail de l'équipe {department} s'articule-t-il avec la direction {managerDepartment} ?",
  ),
  q(
    "outlook-10",
    "outlook",
    "What do you think will set successful people in this field apart in the future?",
    "Selon vous, qu'est-ce qui distinguera les personnes qui réussissent dans ce domaine à l'avenir ?",
  ),

  // Advice.
  q(
    "advice-01",
    "advice",
    "What advice would you give someone who wants to work in {industry}?",
    "Quels conseils donneriez-vous à quelqu'un qui veut travailler en {industry} ?",
  ),
  q(
    "advice-02",
    "advice",
    "What do you wish someone had told you when you were starting out?",
    "Qu'auriez-vous aimé qu'on vous dise à vos débuts ?",
  ),
  q(
    "advice-03",
    "advice",
    "Which mistakes do newcomers to this field often make?",
    "Quelles erreurs les nouveaux venus dans ce domaine font-ils souvent ?",
  ),
  q(
    "advice-04",
    "advice",
    "How would you suggest I build experience while still in school?",
    "Comment me suggéreriez-vous d'acquérir de l'expérience pendant mes études ?",
  ),
  q(
    "advice-05",
    "advice",
    "What helps a newcomer stand out in {department}?",
    "Qu'est-ce qui aide une nouvelle personne à se démarquer au sein de l'équipe {department} ?",
  ),
  q(
    "advice-06",
    "advice",
    "What professional associations, events or publications would you recommend?",
    "Quelles associations professionnelles, quels événements ou quelles publications me recommanderiez-vous ?",
  ),
  q(
    "advice-07",
    "advice",
    "How can I tell whether this career is a good fit for me?",
    "Comment savoir si cette carrière me convient ?",
  ),
  q(
    "advice-08",
    "advice",
    "What would you do differently if you were starting your career today?",
    "Que feriez-vous différemment si vous commenciez votre carrière aujourd'hui ?",
  ),
  q(
    "advice-09",
    "advice",
    "How do you keep a healthy balance between work and the rest of your life?",
    "Comment maintenez-vous un bon équilibre entre le travail et le reste de votre vie ?",
  ),
  q(
    "advice-10",
    "advice",
    "Based on what I've shared about my background, where do you think I should focus next?",
    "D'après ce que je vous ai dit de mon parcours, sur quoi devrais-je me concentrer ensuite ?",
  ),

  // Who else to talk to.
  q(
    "referrals-01",
    "referrals",
    "Who else would you suggest I talk to about this field?",
    "À qui d'autre me suggéreriez-vous de parler de ce domaine ?",
  ),
  q(
    "referrals-02",
    "referrals",
    "Which colleagues in {department} might be open to a short conversation?",
    "Quels collègues de l'équipe {department} seraient peut-être ouverts à une courte conversation ?",
  ),
  q(
    "referrals-03",
    "referrals",
    "Who in {managerDepartment} could give me a wider view of the work?",
    "Qui, à la direction {managerDepartment}, pourrait me donner une vue plus large du travail ?",
  ),
  q(
    "referrals-04",
    "referrals",
    "What groups or networks would be worth joining to meet people in {industry}?",
    "Quels groupes ou réseaux vaudrait-il la peine de joindre pour rencontrer des gens en {industry} ?",
  ),
  q(
    "referrals-05",
    "referrals",
    "How would you suggest I reach out to the people you mentioned?",
    "Comment me suggéreriez-vous de contacter les personnes que vous avez mentionnées ?",
  ),
  q(
    "referrals-06",
    "referrals",
    "What would be the best way to mention your name when I contact them?",
    "Quelle serait la meilleure façon de mentionner votre nom quand je communiquerai avec elles ?",
  ),
  q(
    "referrals-07",
    "referrals",
    "Which events or meetups do people in {industry} tend to attend?",
    "À quels événements ou rencontres les gens en {industry} assistent-ils habituellement ?",
  ),
  q(
    "referrals-08",
    "referrals",
    "Who outside {organisation} would offer a different perspective on this work?",
    "Qui, en dehors de {organisation}, pourrait m'offrir un autre point de vue sur ce travail ?",
  ),
  q(
    "referrals-09",
    "referrals",
    "What other roles should I learn about to understand this field better?",
    "Sur quels autres rôles devrais-je me renseigner pour mieux comprendre ce domaine ?",
  ),
  q(
    "referrals-10",
    "referrals",
    "How can I stay in touch with you as my plans take shape?",
    "Comment puis-je garder contact avec vous à mesure que mes projets se précisent ?",
  ),
];

/** True for the six theme names; the career centre's list is free text and may hold anything. */
export function isQuestionTheme(value: unknown): value is QuestionTheme {
  return typeof value === "string" && (QUESTION_THEMES as readonly string[]).includes(value);
}

// Built-in questions sit at 10, 20, 30… within their theme, so an advisor can slot a question
// between two of them (sortOrder 15) or before the first (5).
const BUILT_IN_STEP = 10;

/**
 * Merges the career centre's list into the built-in bank.
 *
 * - An advisor item with a new id is added; one with a built-in id replaces that question's
 *   wording, theme or place.
 * - A retired item removes the question with its id (built-in or advisor).
 * - Items with an unknown theme or blank English text are ignored (the list is edited by hand).
 * - Missing French falls back to the English wording, marked `frenchMissing`.
 * - The result is ordered by theme (QUESTION_THEMES), then sortOrder; items without a sortOrder
 *   come after the numbered ones of their theme, in list order.
 */
export function mergeBank(
  builtIn: readonly BankQuestion[],
  advisorItems: readonly AdvisorQuestion[],
): MergedBankQuestion[] {
  interface Ranked {
    question: MergedBankQuestion;
    sortOrder: number;
    arrival: number;
  }
  const byId = new Map<string, Ranked>();
  const perTheme = new Map<QuestionTheme, number>();
  let arrival = 0;
  for (const question of builtIn) {
    const index = (perTheme.get(question.theme) ?? 0) + 1;
    perTheme.set(question.theme, index);
    byId.set(question.id, {
      question: { ...question, text: { ...question.text }, source: "built-in" },
      sortOrder: index * BUILT_IN_STEP,
      arrival: arrival++,
    });
  }
  for (const item of advisorItems) {
    if (item.retired) {
      byId.delete(item.id);
      continue;
    }
    const en = item.text.en.trim();
    if (!isQuestionTheme(item.theme) || en.length === 0) continue;
    const fr = item.text["fr-CA"]?.trim() ?? "";
    const question: MergedBankQuestion = {
      id: item.id,
      theme: item.theme,
      text: { en, "fr-CA": fr || en },
      source: "advisor",
    };
    if (!fr) question.frenchMissing = true;
    const previous = byId.get(item.id);
    byId.set(item.id, {
      question,
      sortOrder:
        item.sortOrder ??
        (previous && previous.question.theme === item.theme
          ? previous.sortOrder
          : Number.POSITIVE_INFINITY),
      arrival: arrival++,
    });
  }
  return [...byId.values()]
    .sort(
      (a, b) =>
        QUESTION_THEMES.indexOf(a.question.theme) - QUESTION_THEMES.indexOf(b.question.theme) ||
        a.sortOrder - b.sortOrder ||
        a.arrival - b.arrival,
    )
    .map((ranked) => ranked.question);
}

/** The wording of a bank question in the user's language. */
export function questionText(question: BankQuestion, locale: Locale): string {
  return question.text[locale];
}
