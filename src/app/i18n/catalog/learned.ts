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
    "learned.privateShared":
      "Only you see your words. Your career centre receives only the counts shown at the end of this page.",
    "learned.share.heading": "Share counts with your career centre",
    "learned.share.why":
      "Your career centre sees how many takeaways students note on each theme, so it knows what students are learning about. Only numbers leave your calendar: never your words, whom you talked to, or when.",
    "learned.share.switch": "Share my counts with the career centre",
    "learned.share.off":
      "Not shared. Turning this on adds one row of numbers to the career centre's list; turning it off removes it.",
    "learned.share.on":
      "Shared, last updated {when} (each time you open this view). The career centre has these numbers and nothing else:",
    "learned.share.onUnknown": "Shared. The career centre has these numbers and nothing else:",
    "learned.share.conversations": "Conversations",
    "learned.share.table": "What the career centre has",
    "learned.share.theme": "Theme",
    "learned.share.count": "Answers",
    "learned.share.checking": "Checking what you share…",
    "learned.share.saving": "Saving your choice…",
    "learned.share.failed": "Your choice could not be saved, and nothing changed. {reason}",
    "learned.share.retry": "Try again",
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
    "learned.privateShared":
      "Vous seul voyez vos mots. Votre centre de carrière ne reçoit que les chiffres affichés au bas de cette page.",
    "learned.share.heading": "Partager des chiffres avec votre centre de carrière",
    "learned.share.why":
      "Votre centre de carrière voit combien de points retenus les étudiants notent pour chaque thème, afin de savoir sur quoi portent leurs apprentissages. Seuls des chiffres quittent votre calendrier : jamais vos mots, ni les personnes rencontrées, ni les dates.",
    "learned.share.switch": "Partager mes chiffres avec le centre de carrière",
    "learned.share.off":
      "Rien n'est partagé. En activant cette option, vous ajoutez une ligne de chiffres à la liste du centre de carrière; en la désactivant, vous la retirez.",
    "learned.share.on":
      "Partagé, mis à jour le {when} (chaque fois que vous ouvrez cette vue). Le centre de carrière a ces chiffres, et rien d'autre :",
    "learned.share.onUnknown": "Partagé. Le centre de carrière a ces chiffres, et rien d'autre :",
    "learned.share.conversations": "Rencontres",
    "learned.share.table": "Ce que le centre de carrière a",
    "learned.share.theme": "Thème",
    "learned.share.count": "Réponses",
    "learned.share.checking": "Vérification de ce que vous partagez…",
    "learned.share.saving": "Enregistrement de votre choix…",
    "learned.share.failed": "Votre choix n'a pas pu être enregistré, et rien n'a changé. {reason}",
    "learned.share.retry": "Réessayer",
  },
});
