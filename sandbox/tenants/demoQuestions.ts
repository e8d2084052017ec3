// The career centre's question bank for the demo, in English and French, by theme.

/** A theme of the question bank (the six kinds of question an information interview asks). */
export type QuestionTheme = "path" | "day" | "skills" | "outlook" | "advice" | "referrals";

/** One question as the Questions list holds it. */
export interface BankQuestion {
  theme: QuestionTheme;
  en: string;
  fr: string;
  /** Closed questions an advisor took out of use; kept to show the coach's point. */
  retired?: boolean;
  /** Added later by an advisor rather than seeded from the centre's handout. */
  addedByAdvisor?: boolean;
}

/** The bank, in the order advisors sort it within each theme. */
export const QUESTION_BANK: readonly BankQuestion[] = [
  {
    theme: "path",
    en: "How did you find your way into this line of work?",
    fr: "Comment êtes-vous arrivé·e dans ce domaine?",
  },
  {
    theme: "path",
    en: "What did your first job in this field look like, and how did you land it?",
    fr: "À quoi ressemblait votre premier emploi dans ce domaine, et comment l'avez-vous obtenu?",
  },
  {
    theme: "path",
    en: "Looking back, which decisions shaped your career the most?",
    fr: "Avec le recul, quelles décisions ont le plus façonné votre parcours?",
  },
  {
    theme: "path",
    en: "What drew you to {organisation}?",
    fr: "Qu'est-ce qui vous a attiré·e vers {organisation}?",
  },
  {
    theme: "path",
    en: "What surprised you most in your first year?",
    fr: "Qu'est-ce qui vous a le plus surpris·e pendant votre première année?",
    addedByAdvisor: true,
  },
  {
    theme: "day",
    en: "Can you walk me through a typical day or week?",
    fr: "Pouvez-vous me décrire une journée ou une semaine typique?",
  },
  {
    theme: "day",
    en: "Which parts of your work take up most of your time?",
    fr: "Quelles tâches occupent la plus grande partie de votre temps?",
  },
  {
    theme: "day",
    en: "What do you enjoy most about the work, and what do you find hardest?",
    fr: "Qu'est-ce qui vous plaît le plus dans votre travail, et qu'est-ce qui vous semble le plus difficile?",
  },
  {
    theme: "day",
    en: "Who do you work with most closely, inside and outside your team?",
    fr: "Avec qui travaillez-vous le plus étroitement, dans votre équipe et à l'extérieur?",
  },
  {
    theme: "day",
    en: "How has remote or hybrid work changed the way your team operates?",
    fr: "Comment le travail à distance ou hybride a-t-il changé le fonctionnement de votre équipe?",
    addedByAdvisor: true,
  },
  { theme: "day", en: "Do you like your job?", fr: "Aimez-vous votre travail?", retired: true },
  {
    theme: "skills",
    en: "Which skills matter most for doing this job well?",
    fr: "Quelles compétences comptent le plus pour bien faire ce travail?",
  },
  {
    theme: "skills",
    en: "How much did your education matter compared with what you learned on the job?",
    fr: "Quelle place a eue votre formation par rapport à ce que vous avez appris en poste?",
  },
  {
    theme: "skills",
    en: "Which courses, certifications or experiences would you recommend to a student today?",
    fr: "Quels cours, certifications ou expériences recommanderiez-vous à un·e étudiant·e aujourd'hui?",
  },
  {
    theme: "skills",
    en: "How do people in your role keep their skills current?",
    fr: "Comment les personnes qui occupent votre poste gardent-elles leurs compétences à jour?",
  },
  {
    theme: "skills",
    en: "What part does language, English or French, play in your workplace?",
    fr: "Quel rôle joue la langue, le français ou l'anglais, dans votre milieu de travail?",
    addedByAdvisor: true,
  },
  {
    theme: "outlook",
    en: "How do you see this field changing over the next five years?",
    fr: "Comment voyez-vous ce domaine évoluer au cours des cinq prochaines années?",
  },
  {
    theme: "outlook",
    en: "What challenges is your industry facing right now?",
    fr: "À quels défis votre secteur fait-il face en ce moment?",
  },
  {
    theme: "outlook",
    en: "Where do people in this role usually go next in their careers?",
    fr: "Vers quels postes les personnes dans ce rôle évoluent-elles habituellement?",
  },
  {
    theme: "outlook",
    en: "How does hiring usually happen in this field?",
    fr: "Comment l'embauche se fait-elle habituellement dans ce domaine?",
  },
  {
    theme: "outlook",
    en: "Is this a good career?",
    fr: "Est-ce une bonne carrière?",
    retired: true,
  },
  {
    theme: "advice",
    en: "What do you wish you had known when you were starting out?",
    fr: "Qu'auriez-vous aimé savoir à vos débuts?",
  },
  {
    theme: "advice",
    en: "If you were in my place, how would you prepare for this career?",
    fr: "Si vous étiez à ma place, comment vous prépareriez-vous à cette carrière?",
  },
  {
    theme: "advice",
    en: "What kind of experience makes a student stand out to you?",
    fr: "Quel genre d'expérience fait qu'un·e étudiant·e se démarque à vos yeux?",
  },
  {
    theme: "advice",
    en: "What do people most often get wrong about this work?",
    fr: "Quelles idées fausses entend-on le plus souvent sur ce travail?",
  },
  {
    theme: "advice",
    en: "What does a good first ninety days look like for a new graduate on your team?",
    fr: "À quoi ressemblent de bons premiers quatre-vingt-dix jours pour une personne nouvellement diplômée dans votre équipe?",
    addedByAdvisor: true,
  },
  {
    theme: "referrals",
    en: "Who else would you suggest I talk to about this field?",
    fr: "À qui d'autre me suggéreriez-vous de parler de ce domaine?",
  },
  {
    theme: "referrals",
    en: "Which professional associations, events or publications would you recommend?",
    fr: "Quelles associations professionnelles, quels événements ou quelles publications me recommanderiez-vous?",
  },
  {
    theme: "referrals",
    en: "How would you like me to stay in touch after today?",
    fr: "Comment aimeriez-vous que je reste en contact avec vous après aujourd'hui?",
  },
  {
    theme: "referrals",
    en: "How did you build your network when you were new to the field?",
    fr: "Comment avez-vous bâti votre réseau à vos débuts dans le domaine?",
    addedByAdvisor: true,
  },
];
