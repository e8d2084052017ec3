// The open-question coach, judged against a table of questions students really ask.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/locale";
import { assessQuestion } from "../../src/domain/questionCoach/coach";
import type { QuestionReason } from "../../src/domain/questionCoach/verdict";

type Row = readonly [text: string, kind: "open" | "closed", flags?: readonly QuestionReason[]];

// English questions that invite a story, including polite requests that look like yes/no
// questions but are really "please describe".
const EN_OPEN: readonly Row[] = [
  ["What does a typical day look like for you?", "open"],
  ["How did you get your start in marketing?", "open"],
  ["Could you tell me how you moved from teaching into HR?", "open"],
  ["Can you describe the path that led you to nursing?", "open"],
  ["Would you walk me through a recent project?", "open"],
  ["Could you tell me about the culture on your team?", "open"],
  ["Can you give me an example of a hard decision you made at work?", "open"],
  ["Would you mind sharing how you prepared for your licensing exam?", "open"],
  ["Why did you choose to specialise in tax law?", "open"],
  ["Which skills do you use most in your role?", "open"],
  ["Where do you see the biggest opportunities in renewable energy?", "open"],
  ["What advice would you give a first-year student interested in architecture?", "open"],
  ["Tell me about the biggest change you've seen in journalism.", "open"],
  ["How has artificial intelligence changed your daily work?", "open"],
  ["What do you find most rewarding about social work?", "open"],
  ["In what ways does your team work with the sales department?", "open"],
  ["To what extent does your work involve travel?", "open"],
  ["Who else would you suggest I speak with about public health?", "open"],
  ["Looking back, what would you tell your younger self?", "open"],
  ["As an engineer, what problems do you enjoy solving the most?", "open"],
  ["How do you balance client work with administrative tasks?", "open"],
  ["What surprised you most about working in a hospital?", "open"],
  ["When did you realise you wanted to work in film?", "open"],
  ["How would you describe the work culture at a small agency?", "open"],
  ["What are the most common misconceptions about accounting?", "open"],
  ["Could you explain what a product manager actually does?", "open"],
  ["Can you talk about how you handle stress during tax season?", "open"],
  ["I'd love to hear how you got involved in community development.", "open"],
  ["What kind of person thrives in emergency medicine?", "open"],
  ["How did you decide between law school and a master's in policy?", "open"],
  ["Describe a day when everything went wrong and how you handled it.", "open"],
  ["What does career progression look like in the public service?", "open"],
  ["Which professional associations have helped you the most?", "open"],
  ["How important is networking in the tech industry?", "open"],
  ["What do you wish you had known before becoming a pharmacist?", "open"],
  ["In your experience, what makes a good team lead?", "open"],
  ["How do you stay current with changes in environmental regulations?", "open"],
  ["What would a career change into UX design involve for someone like me?", "open"],
  ["How much of your week is spent on research versus writing?", "open"],
  ["Could you share what a typical career path in actuarial science looks like?", "open"],
  ["Would you describe the hiring process in your field?", "open"],
  ["What do you like most about teaching high school?", "open"],
  ["Whose work in your field do you admire?", "open"],
  ["Why is Python so popular among data analysts?", "open"],
  ["How are decisions made in your department?", "open"],
  // Courtesies and questions asked "in place" are not yes/no questions.
  ["Do you mind if I take notes?", "open"],
  ["You studied where?", "open"],
  ["Would you be willing to share how you negotiated your first salary?", "open"],
  ["Are you able to describe what your team is working on this year?", "open"],
  // Statements of curiosity that invite a story stay open.
  ["I wonder how you chose between medicine and research.", "open"],
  ["I wonder what a typical week looks like for a site engineer.", "open"],
  ["I'd like to know what drew you to urban planning.", "open"],
  ["I'm curious how you balance fieldwork and writing.", "open"],
  ["I'd love to hear why you left consulting.", "open"],
  ["Tell me what surprised you in your first year.", "open"],
];

// English questions a professional could answer with one word.
const EN_CLOSED: readonly Row[] = [
  ["Do you like working in finance?", "closed", ["yes-no"]],
  ["Is the job stressful?", "closed", ["yes-no"]],
  ["Did you study engineering?", "closed", ["yes-no"]],
  ["Do you enjoy your work as a paramedic?", "closed", ["yes-no"]],
  ["Is it hard to find work in graphic design?", "closed", ["yes-no"]],
  ["Are there many opportunities for advancement in retail management?", "closed", ["yes-no"]],
  ["Is there a lot of overtime in public accounting?", "closed", ["yes-no"]],
  ["Do you work weekends?", "closed", ["yes-no"]],
  ["Can you work from home in this role?", "closed", ["yes-no"]],
  ["Would you recommend this career to someone starting out?", "closed", ["yes-no"]],
  ["Should I get a master's degree in data science?", "closed", ["yes-no"]],
  ["Do you think the housing market will recover?", "closed", ["yes-no"]],
  ["Would you say the culture at your firm is collaborative?", "closed", ["yes-no"]],
  ["Is it true that most lawyers work sixty-hour weeks?", "closed", ["yes-no"]],
  ["Could you tell me if the role involves managing people?", "closed", ["yes-no"]],
  ["Do you know if the company offers tuition support?", "closed", ["yes-no"]],
  ["The pay in nursing is good, isn't it?", "closed", ["tag-question", "leading"]],
  ["You must travel a lot for work, right?", "closed", ["tag-question"]],
  ["Social media marketing is a growing field, eh?", "closed", ["tag-question"]],
  ["Do you prefer working in the office or from home?", "closed", ["either-or"]],
  ["Is it better to start at a large firm or a small startup?", "closed", ["either-or"]],
  ["Should I do a co-op or take summer courses?", "closed", ["either-or"]],
  ["Did you always want to be a veterinarian?", "closed", ["yes-no"]],
  ["Have you ever worked abroad?", "closed", ["yes-no"]],
  ["Has the accounting profession changed since automation arrived?", "closed", ["yes-no"]],
  ["Is a degree necessary for a career in web development?", "closed", ["yes-no"]],
  ["Do I need a licence to work as an electrician?", "closed", ["yes-no"]],
  ["Are the hours long in investment banking?", "closed", ["yes-no"]],
  ["Is the work mostly independent or team-based?", "closed", ["either-or"]],
  ["Which do you prefer, research or teaching?", "closed", ["either-or"]],
  ["Do you have any tips for someone preparing for the CPA exam?", "closed", ["yes-no"]],
  ["Do you know anyone else in supply chain I could talk to?", "closed", ["yes-no"]],
  ["Can you recommend any books on user research?", "closed", ["yes-no"]],
  ["Is there anything you wish you had known before starting?", "closed", ["yes-no"]],
  ["Is there anyone else at the hospital I should meet?", "closed", ["yes-no"]],
  ["Don't you think remote work makes collaboration harder?", "closed", ["yes-no", "leading"]],
  ["Isn't it difficult to break into broadcasting?", "closed", ["yes-no", "leading"]],
  ["As a pharmacist, do you interact with patients every day?", "closed", ["yes-no"]],
  ["Are you happy with your decision to leave engineering?", "closed", ["yes-no"]],
  ["Does the company offer mentorship programs?", "closed", ["yes-no"]],
  ["Did the pandemic change the way your clinic operates?", "closed", ["yes-no"]],
  ["Will artificial intelligence replace translators?", "closed", ["yes-no"]],
  ["Was the transition from military to civilian life difficult?", "closed", ["yes-no"]],
  ["Would you change anything about your career path?", "closed", ["yes-no"]],
  ["Can I switch into cybersecurity without a computer science degree?", "closed", ["yes-no"]],
  ["Are you a member of any professional associations?", "closed", ["yes-no"]],
  ["Do you find your work meaningful?", "closed", ["yes-no"]],
  ["Did you do an internship during your studies?", "closed", ["yes-no"]],
  ["Is it common to switch careers in your thirties?", "closed", ["yes-no"]],
  ["Do you use Excel a lot in your job?", "closed", ["yes-no"]],
  ["Is the industry growing?", "closed", ["yes-no"]],
  ["Were you nervous during your first presentation?", "closed", ["yes-no"]],
  ["Do you get to work with clients directly?", "closed", ["yes-no"]],
  ["Is it possible to work part-time as a physiotherapist?", "closed", ["yes-no"]],
  ["do you enjoy managing a team", "closed", ["yes-no"]],
  ["Do you think I should learn to code?", "closed", ["yes-no"]],
  ["Would you do it all again?", "closed", ["yes-no"]],
  ["Do you regret leaving your job in banking?", "closed", ["yes-no"]],
  ["Is the pay competitive in the non-profit sector?", "closed", ["yes-no"]],
  ["Could I shadow you for a day?", "closed", ["yes-no"]],
  ["Are you more of a planner or an improviser?", "closed", ["either-or"]],
  ["Any advice for someone like me?", "closed", ["yes-no"]],
  ["Have you got any tips for networking?", "closed", ["yes-no"]],
  ["Do you ever feel burnt out?", "closed", ["yes-no"]],
  ["Was it hard to find your first job?", "closed", ["yes-no"]],
  ["Is networking important?", "closed", ["yes-no"]],
  ["Did you have to relocate for work?", "closed", ["yes-no"]],
  // Statements that ask for a yes or a no without a question's shape.
  ["I wonder whether you'd take the same degree again", "closed", ["yes-no"]],
  ["Please tell me if travel is expected", "closed", ["yes-no"]],
  ["I'd like to know if you work shifts", "closed", ["yes-no"]],
  ["I would like to know whether the job involves weekends.", "closed", ["yes-no"]],
  ["Let me know if you enjoy managing people.", "closed", ["yes-no"]],
  ["I'm curious whether you like working in a lab.", "closed", ["yes-no"]],
  ["Tell me whether you would choose accounting again.", "closed", ["yes-no"]],
  ["I want to know if the pay is fair in social work.", "closed", ["yes-no"]],
];

// Asks that do not belong in an information interview, whatever the grammar.
const EN_ASKS: readonly Row[] = [
  ["Could you hire me for the summer?", "closed", ["asks-for-job"]],
  ["Are there any internships available at your company?", "closed", ["asks-for-job"]],
  ["Can I send you my resume after our chat?", "closed", ["asks-to-pass-resume"]],
  ["Would you pass my CV on to your manager?", "closed", ["asks-to-pass-resume"]],
  ["How can I apply for a position on your team?", "open", ["asks-for-job"]],
  [
    "What would it take for you to refer me for the opening on your team?",
    "open",
    ["asks-for-job"],
  ],
  ["Is your team hiring right now?", "closed", ["asks-for-job"]],
  ["Could you put in a good word for me with HR?", "closed", ["asks-for-job"]],
  ["Where should I submit my résumé?", "open", ["asks-to-pass-resume"]],
  ["What is the best way to get you my resume?", "open", []],
];

const FR_OPEN: readonly Row[] = [
  ["Comment êtes-vous arrivée dans le domaine des ressources humaines ?", "open"],
  ["Qu'est-ce qui vous plaît le plus dans votre travail d'ingénieure ?", "open"],
  ["À quoi ressemble une journée typique pour vous ?", "open"],
  ["Pourriez-vous me décrire votre parcours ?", "open"],
  ["Pouvez-vous m'expliquer ce que fait un actuaire au quotidien ?", "open"],
  ["Pourriez-vous me dire comment vous avez choisi votre spécialité ?", "open"],
  ["Quelles compétences sont les plus importantes dans votre poste ?", "open"],
  ["Pourquoi avez-vous choisi de travailler dans le secteur public ?", "open"],
  ["Quels conseils donneriez-vous à une étudiante en droit ?", "open"],
  ["Comment voyez-vous l'avenir de l'industrie du jeu vidéo ?", "open"],
  ["Selon vous, qu'est-ce qui distingue un bon gestionnaire ?", "open"],
  ["Qui d'autre me suggéreriez-vous de rencontrer ?", "open"],
  ["Quels ont été les moments marquants de votre carrière ?", "open"],
  ["Dans quelle mesure votre formation vous a-t-elle aidé ?", "open"],
  ["Parlez-moi d'un projet dont vous êtes particulièrement fière.", "open"],
  ["Décrivez-moi une semaine chargée dans votre équipe.", "open"],
  ["Quelle place occupe la technologie dans votre travail ?", "open"],
  ["Comment gérez-vous le stress pendant les périodes de pointe ?", "open"],
  ["Qu'auriez-vous aimé savoir avant de devenir pharmacien ?", "open"],
  ["De quelle façon votre rôle a-t-il évolué depuis vos débuts ?", "open"],
  ["Avec qui collaborez-vous le plus souvent ?", "open"],
  ["Où voyez-vous les plus grandes occasions de croissance dans ce domaine ?", "open"],
  ["Combien de temps consacrez-vous à la recherche chaque semaine ?", "open"],
  ["En quoi consiste votre travail de coordonnatrice ?", "open"],
  ["Pourriez-vous me raconter comment vous avez trouvé votre premier emploi ?", "open"],
  ["Quand avez-vous su que vous vouliez enseigner ?", "open"],
  ["Quels sont les plus grands défis de votre métier ?", "open"],
  ["Est-ce que vous pourriez me décrire une journée type ?", "open"],
  ["Sur quels projets travaillez-vous en ce moment ?", "open"],
  ["J'aimerais savoir comment vous êtes passé du journalisme aux communications.", "open"],
  ["Que faites-vous pour rester à jour dans votre domaine ?", "open"],
  ["Comment se déroule l'intégration d'une nouvelle personne dans votre équipe ?", "open"],
  ["Quelles qualités faut-il pour réussir en soins infirmiers ?", "open"],
  ["Pouvez-vous me donner un exemple de problème que vous avez résolu récemment ?", "open"],
  ["Lequel de vos emplois précédents vous a le plus appris ?", "open"],
  ["Vous avez étudié où ?", "open"],
  ["C'est comment, travailler en CHSLD ?", "open"],
  ["Est-ce que ça vous dérange si je prends des notes ?", "open"],
  ["Seriez-vous prête à me parler de votre parcours en génie civil ?", "open"],
  ["Accepteriez-vous de m'expliquer comment fonctionne votre équipe ?", "open"],
  ["Tu aimes ta job ?", "closed", ["yes-no"]],
  // Les énoncés de curiosité qui appellent un récit restent ouverts.
  ["Je me demande comment vous avez choisi entre la médecine et la recherche.", "open"],
  ["Je me demande pourquoi vous avez quitté le consultatif.", "open"],
  ["J'aimerais savoir comment se passe une semaine sur un chantier.", "open"],
  ["Dites-moi ce qui vous a surpris la première année.", "open"],
];

const FR_CLOSED: readonly Row[] = [
  ["Aimez-vous travailler en finance ?", "closed", ["yes-no"]],
  ["Est-ce que le travail est stressant ?", "closed", ["yes-no"]],
  ["Avez-vous étudié en génie ?", "closed", ["yes-no"]],
  ["Est-ce que vous aimez votre travail d'infirmière ?", "closed", ["yes-no"]],
  ["Vous aimez votre emploi ?", "closed", ["yes-no"]],
  ["Préférez-vous travailler seul ou en équipe ?", "closed", ["either-or"]],
  ["Le salaire est bon, n'est-ce pas ?", "closed", ["tag-question", "leading"]],
  ["C'est un milieu compétitif, hein ?", "closed", ["tag-question"]],
  ["Pensez-vous que le secteur minier va croître ?", "closed", ["yes-no"]],
  ["Pourriez-vous me dire si le poste exige des déplacements ?", "closed", ["yes-no"]],
  ["Y a-t-il des possibilités d'avancement dans votre organisation ?", "closed", ["yes-no"]],
  ["Est-ce qu'il y a beaucoup de déplacements dans ce métier ?", "closed", ["yes-no"]],
  ["Est-il difficile de percer dans le domaine du cinéma ?", "closed", ["yes-no"]],
  ["Est-ce difficile de trouver du travail en design graphique ?", "closed", ["yes-no"]],
  ["Faut-il une maîtrise pour travailler en recherche ?", "closed", ["yes-no"]],
  ["Devrais-je faire une maîtrise ou travailler d'abord ?", "closed", ["either-or"]],
  ["Le travail est-il stressant en période d'impôts ?", "closed", ["yes-no"]],
  ["Connaissez-vous quelqu'un d'autre à qui je pourrais parler ?", "closed", ["yes-no"]],
  ["Pourriez-vous me recommander quelqu'un d'autre à qui parler ?", "closed", ["yes-no"]],
  ["Recommanderiez-vous ce domaine à une étudiante ?", "closed", ["yes-no"]],
  ["Êtes-vous satisfait de votre choix de carrière ?", "closed", ["yes-no"]],
  ["Travaillez-vous souvent la fin de semaine ?", "closed", ["yes-no"]],
  ["Est-ce que ça vous plaît, la gestion de projet ?", "closed", ["yes-no"]],
  ["Avez-vous toujours voulu être enseignante ?", "closed", ["yes-no"]],
  ["Est-ce vrai que la plupart des comptables commencent en audit ?", "closed", ["yes-no"]],
  [
    "Ne pensez-vous pas que le télétravail nuit à la collaboration ?",
    "closed",
    ["yes-no", "leading"],
  ],
  ["Pourriez-vous me recommander des livres sur la recherche utilisateur ?", "closed", ["yes-no"]],
  ["Est-ce que j'ai besoin d'un permis pour travailler comme électricien ?", "closed", ["yes-no"]],
  ["Est-il important de parler anglais dans votre domaine ?", "closed", ["yes-no"]],
  [
    "Croyez-vous que l'intelligence artificielle va remplacer les traducteurs ?",
    "closed",
    ["yes-no"],
  ],
  ["Savez-vous si l'entreprise offre du mentorat ?", "closed", ["yes-no"]],
  ["Est-ce que vous travaillez avec des clients directement ?", "closed", ["yes-no"]],
  ["Avez-vous déjà travaillé à l'étranger ?", "closed", ["yes-no"]],
  ["Est-ce que le milieu est compétitif ou plutôt collaboratif ?", "closed", ["either-or"]],
  ["Le domaine évolue rapidement, non ?", "closed", ["tag-question"]],
  ["Vous faites beaucoup d'heures supplémentaires ?", "closed", ["yes-no"]],
  [
    "Est-ce que c'est mieux de commencer dans une grande firme ou dans une petite ?",
    "closed",
    ["either-or"],
  ],
  ["Peut-on travailler à temps partiel comme physiothérapeute ?", "closed", ["yes-no"]],
  ["Diriez-vous que la culture de votre équipe est collaborative ?", "closed", ["yes-no"]],
  ["Est-ce que les horaires sont longs en pharmacie ?", "closed", ["yes-no"]],
  ["Le salaire est-il intéressant ?", "closed", ["yes-no"]],
  // Des énoncés qui demandent un oui ou un non sans en avoir la forme.
  ["Je voudrais savoir si vous travaillez de nuit", "closed", ["yes-no"]],
  ["J'aimerais savoir si vous aimez travailler en laboratoire.", "closed", ["yes-no"]],
  ["Dites-moi si les déplacements sont fréquents.", "closed", ["yes-no"]],
  ["Je me demande si vous referiez le même parcours.", "closed", ["yes-no"]],
  ["Je suis curieuse de savoir si le salaire est intéressant.", "closed", ["yes-no"]],
  // Les questions négatives qui attendent un « non » (ou un « oui ») mènent la réponse.
  ["Ce n'est pas trop stressant ?", "closed", ["yes-no", "leading"]],
  ["Vous ne trouvez pas ça difficile ?", "closed", ["yes-no", "leading"]],
  ["N'est-ce pas un métier exigeant ?", "closed", ["yes-no", "leading"]],
  ["Ce n'est pas un milieu difficile pour les jeunes ?", "closed", ["yes-no", "leading"]],
];

const FR_ASKS: readonly Row[] = [
  ["Pourriez-vous m'embaucher pour l'été ?", "closed", ["asks-for-job"]],
  ["Y a-t-il des postes disponibles dans votre équipe ?", "closed", ["asks-for-job"]],
  ["Puis-je vous envoyer mon CV après notre rencontre ?", "closed", ["asks-to-pass-resume"]],
  [
    "Pourriez-vous transmettre mon curriculum vitæ à votre gestionnaire ?",
    "closed",
    ["asks-to-pass-resume"],
  ],
  ["Comment puis-je postuler à un poste dans votre service ?", "open", ["asks-for-job"]],
  ["Est-ce que votre équipe embauche en ce moment ?", "closed", ["asks-for-job"]],
  ["Je cherche un stage, avez-vous des suggestions ?", "closed", ["asks-for-job"]],
];

const TABLE: readonly (readonly [Locale, Row])[] = [
  ...EN_OPEN.map((row) => ["en", row] as const),
  ...EN_CLOSED.map((row) => ["en", row] as const),
  ...EN_ASKS.map((row) => ["en", row] as const),
  ...FR_OPEN.map((row) => ["fr-CA", row] as const),
  ...FR_CLOSED.map((row) => ["fr-CA", row] as const),
  ...FR_ASKS.map((row) => ["fr-CA", row] as const),
];

// Words that carry no topic: function words, auxiliaries, pronouns, question words, and the
// preference verbs a rewrite is expected to rephrase.
const STOP = new Set(
  (
    "a an the and or but if of to in on at for from with by as than then into about over " +
    "is are was were be been being am do does did have has had can could would will should shall may might must " +
    "i me my you your we our us they them their he him his she her it its this that these those there here " +
    "what which who whom whose when where why how whether not no yes so very more most much many some any each every " +
    "isn't don't didn't doesn't aren't wasn't right eh also ever always really just still lot lots " +
    "like love enjoy prefer think say tell know get true " +
    "le la les l un une des du de d au aux et ou mais si que qu qui quoi quel quelle quels quelles " +
    "ce cet cette ces c ça cela est sont était être avez avoir a ont ai fait faire " +
    "je j me m vous votre vos nous notre nos il elle ils elles on y se s en dans sur pour par avec " +
    "pas ne n non hein est-ce n'est-ce vrai aimez aimer plaît pensez croyez diriez savez dire pourriez pouvez " +
    "beaucoup souvent déjà toujours plutôt directement " +
    // The wrappers of an indirect yes/no question, which the rewrite replaces.
    "wonder wondering curious please voudrais aimerais savoir dites curieuse curieux demande trop"
  ).split(" "),
);

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/gu, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** A crude stem so "studies" matches "study", "hiring" "hire" and "étudié" "études". */
const stemOf = (word: string) =>
  word
    .replace(/(?:ies|ied)$/u, "y")
    .replace(/(?:ing|ed|es|s|ée|é|er)$/u, "")
    .replace(/e$/u, "")
    .slice(0, 4);

/** Share of the original's topic words that survive in the rewrite. */
function topicKept(original: string, rewrite: string): number {
  const words = contentWords(original);
  if (words.length === 0) return 1;
  const kept = new Set(contentWords(rewrite).map(stemOf));
  return words.filter((w) => kept.has(stemOf(w))).length / words.length;
}

describe("the coach's question table", () => {
  it("holds at least 150 questions in both languages and both kinds", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    for (const locale of ["en", "fr-CA"] as const) {
      for (const kind of ["open", "closed"] as const) {
        const rows = TABLE.filter(([l, [, k]]) => l === locale && k === kind);
        expect(rows.length, `${locale} ${kind}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it.each(TABLE)("%s: %j", (locale, [text, kind, flags]) => {
    const verdict = assessQuestion(text, locale);
    expect(verdict.kind).toBe(kind);
    for (const flag of flags ?? []) expect(verdict.reasons).toContain(flag);
    if (kind === "open" && !flags?.length) expect(verdict.reasons).toEqual([]);
    if (flags && flags.length === 0) {
      expect(verdict.reasons).not.toContain("asks-for-job");
      expect(verdict.reasons).not.toContain("asks-to-pass-resume");
    }
    if (kind === "open") {
      expect(verdict.suggestion).toBeUndefined();
      return;
    }
    // A closed question gets a rewrite that is itself open and stays on the same topic.
    const suggestion = verdict.suggestion ?? "";
    expect(suggestion, "a rewrite is proposed").not.toBe("");
    expect(assessQuestion(suggestion, locale).kind, suggestion).toBe("open");
    expect(topicKept(text, suggestion), suggestion).toBeGreaterThanOrEqual(0.6);
    expect(suggestion.endsWith("?"), suggestion).toBe(true);
    if (locale === "fr-CA") expect(suggestion).toMatch(/[\s\u00a0\u202f]\?$/u);
  });
});

describe("rewrites read like the coach's examples", () => {
  it.each([
    ["Do you like working in finance?", "What do you enjoy most about working in finance?"],
    ["Is the job stressful?", "What parts of the job are the most stressful?"],
    [
      "Did you study engineering?",
      "How did your studies in engineering prepare you for your current role?",
    ],
    ["Is it hard to get into this field?", "What makes it hard to get into this field?"],
    ["Are the hours long?", "How long are the hours?"],
    [
      "Do you have any advice for someone starting out?",
      "What advice do you have for someone starting out?",
    ],
    ["Is there anyone else I should talk to?", "Who else should I talk to?"],
    ["Do you travel for work?", "What can you tell me about travelling for work?"],
  ])("%j → %j", (question, rewrite) => {
    expect(assessQuestion(question, "en").suggestion).toBe(rewrite);
  });

  it.each([
    ["Aimez-vous votre travail ?", "Qu'est-ce que vous aimez le plus dans votre travail\u00a0?"],
    [
      "Est-ce que le travail est stressant ?",
      "Quels aspects du travail sont les plus stressants\u00a0?",
    ],
    [
      "Y a-t-il des possibilités d'avancement ?",
      "Que pouvez-vous me dire sur les possibilités d'avancement\u00a0?",
    ],
    [
      "Pensez-vous que le secteur va croître ?",
      "Que pensez-vous de l'idée que le secteur va croître\u00a0?",
    ],
  ])("%j → %j", (question, rewrite) => {
    expect(assessQuestion(question, "fr-CA").suggestion).toBe(rewrite);
  });
});

describe("whole entries", () => {
  it("keeps an opening statement and rewrites only the closed question after it", () => {
    const verdict = assessQuestion(
      "I'm in my second year of biology. Do you like working in a lab?",
      "en",
    );
    expect(verdict.kind).toBe("closed");
    expect(verdict.suggestion).toBe(
      "I'm in my second year of biology. What do you enjoy most about working in a lab?",
    );
    expect(verdict.reasons).not.toContain("multiple-questions");
  });

  it("flags two questions in one entry and rewrites the closed one", () => {
    const verdict = assessQuestion("What do you do? Do you like it?", "en");
    expect(verdict.reasons).toEqual(["yes-no", "multiple-questions"]);
    expect(verdict.suggestion).toBe("What do you do? What do you enjoy most about it?");
  });

  it("marks two open questions as multiple but still open", () => {
    const verdict = assessQuestion("How did you start? What came next?", "en");
    expect(verdict).toEqual({ kind: "open", reasons: ["multiple-questions"] });
  });

  it("calls very short entries too short without calling them closed", () => {
    expect(assessQuestion("Why?", "en")).toEqual({ kind: "open", reasons: ["too-short"] });
    expect(assessQuestion("Salaire ?", "fr-CA")).toEqual({ kind: "open", reasons: ["too-short"] });
  });

  it("says nothing about an empty entry", () => {
    expect(assessQuestion("   ", "en")).toEqual({ kind: "open", reasons: [] });
  });

  it("judges a question typed without its question mark", () => {
    expect(assessQuestion("is the commute long", "en").kind).toBe("closed");
    expect(assessQuestion("what is the commute like", "en").kind).toBe("open");
  });

  it("accepts typographic apostrophes and French spacing", () => {
    expect(assessQuestion("Don’t you think the market is saturated?", "en").reasons).toContain(
      "leading",
    );
    expect(assessQuestion("Qu’est-ce qui vous motive\u202f?", "fr-CA").kind).toBe("open");
    expect(assessQuestion("Est-ce qu’il y a des stages d’été\u00a0?", "fr-CA").kind).toBe("closed");
  });

  it("keeps a list bullet or number in front of the rewrite", () => {
    expect(assessQuestion("- Do you like your job?", "en").suggestion).toBe(
      "- What do you enjoy most about your job?",
    );
    expect(assessQuestion("2) Is the job stressful?", "en").suggestion).toBe(
      "2) What parts of the job are the most stressful?",
    );
  });

  it("flags a half-typed closed question without proposing a broken rewrite", () => {
    // The coach runs on every keystroke: "Should I?" is closed, but there is no topic yet.
    expect(assessQuestion("Should I?", "en")).toEqual({
      kind: "closed",
      reasons: ["yes-no", "too-short"],
    });
    expect(assessQuestion("Are there any?", "en").suggestion).toBeUndefined();
    expect(assessQuestion("Y a-t-il des ?", "fr-CA").suggestion).toBeUndefined();
  });

  it("keeps the user's capitals for names in a rewrite", () => {
    expect(assessQuestion("Do you use Python at Shopify?", "en").suggestion).toBe(
      "What can you tell me about using Python at Shopify?",
    );
  });
});
