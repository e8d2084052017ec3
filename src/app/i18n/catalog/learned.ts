// Strings of "What I've learned": the takeaways of every interview by theme, and their export.
import { defineMessages } from "../defineMessages";

export const learnedMessages = defineMessages({
  en: {
    "learned.heading": "What I've learned",
    "learned.intro":
      "What the people you talked to told you, gathered by theme: a reality check on the work, and their tips on education, skills and experience.",
    "learned.private": "Only you see this. It is read from your own calendar and sent nowhere.",
    "learned.loading": "Gathering your takeaways…",
    "learned.empty":
      "Nothing here yet. During or after a conversation, write what you heard under each question on its prep sheet; your answers and notes gather here by theme.",
    "learned.openInterviews": "Go to My interviews",
    "learned.retry": "Try again",
    "learned.count_one": "{count} conversation so far",
    "learned.count_other": "{count} conversations so far",
    "learned.answers_one": "{count} answer",
    "learned.answers_other": "{count} answers",
    "learned.theme.other": "My own questions",
    "learned.notes": "General notes",
    "learned.questionRemoved": "A question since taken off the prep sheet",
    "learned.export": "Export as Markdown",
    "learned.exported": "Saved as {file} in your downloads.",
    "learned.exportFailed":
      "The file could not be saved. Check that this browser allows downloads, then try again.",
  },
  "fr-CA": {
    "learned.heading": "Ce que j'ai appris",
    "learned.intro":
      "Ce que vous ont confié les personnes rencontrées, regroupé par thème : un regard réaliste sur le métier et leurs conseils sur la formation, les compétences et l'expérience.",
    "learned.private":
      "Vous seul voyez ceci. Tout est lu dans votre propre calendrier et rien n'est envoyé ailleurs.",
    "learned.loading": "Nous rassemblons ce que vous avez retenu…",
    "learned.empty":
      "Rien ici pour l'instant. Pendant ou après une rencontre, notez ce que vous avez entendu sous chaque question de la fiche de préparation; vos réponses et vos notes se regrouperont ici par thème.",
    "learned.openInterviews": "Aller à Mes entrevues",
    "learned.retry": "Réessayer",
    "learned.count_one": "{count} rencontre jusqu'ici",
    "learned.count_other": "{count} rencontres jusqu'ici",
    "learned.answers_one": "{count} réponse",
    "learned.answers_other": "{count} réponses",
    "learned.theme.other": "Mes propres questions",
    "learned.notes": "Notes générales",
    "learned.questionRemoved": "Une question retirée depuis de la fiche",
    "learned.export": "Exporter en Markdown",
    "learned.exported": "Enregistré sous {file} dans vos téléchargements.",
    "learned.exportFailed":
      "Le fichier n'a pas pu être enregistré. Vérifiez que ce navigateur permet les téléchargements, puis réessayez.",
  },
});
