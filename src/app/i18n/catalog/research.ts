// Strings of the research step: the notes box, its save status and the conflict choice.
import { defineMessages } from "../defineMessages";

export const researchMessages = defineMessages({
  en: {
    "research.notesLabel": "Research notes",
    "research.hint": "Tick a checklist line by writing [x]. Your notes save as you type.",
    "research.status.loading": "Loading…",
    "research.status.saved": "Saved",
    "research.status.pending": "Not saved yet",
    "research.status.saving": "Saving…",
    "research.status.offline": "Offline — kept on this device",
    "research.status.conflict": "Changed elsewhere — choose a version",
    "research.status.error": "Not saved — kept on this device. {reason}",
    "research.saveNow": "Save now",
    "research.checklist": "{done} of {total} checklist items done",
    "research.conflict.heading": "These notes changed somewhere else",
    "research.conflict.body":
      "Your notes were changed in Outlook or on another device while you typed. Nothing was overwritten: choose the version to keep.",
    "research.conflict.mine": "Your version",
    "research.conflict.theirs": "The other version",
    "research.conflict.keepMine": "Keep your version",
    "research.conflict.keepTheirs": "Keep the other version",
  },
  "fr-CA": {
    "research.notesLabel": "Notes de recherche",
    "research.hint":
      "Cochez une ligne de la liste en écrivant [x]. Vos notes s'enregistrent au fil de la frappe.",
    "research.status.loading": "Chargement…",
    "research.status.saved": "Enregistré",
    "research.status.pending": "Pas encore enregistré",
    "research.status.saving": "Enregistrement…",
    "research.status.offline": "Hors ligne — conservé sur cet appareil",
    "research.status.conflict": "Modifié ailleurs — choisissez une version",
    "research.status.error": "Non enregistré — conservé sur cet appareil. {reason}",
    "research.saveNow": "Enregistrer maintenant",
    "research.checklist": "{done} élément(s) sur {total} de la liste faits",
    "research.conflict.heading": "Ces notes ont été modifiées ailleurs",
    "research.conflict.body":
      "Vos notes ont été modifiées dans Outlook ou sur un autre appareil pendant que vous tapiez. Rien n'a été écrasé : choisissez la version à garder.",
    "research.conflict.mine": "Votre version",
    "research.conflict.theirs": "L'autre version",
    "research.conflict.keepMine": "Garder votre version",
    "research.conflict.keepTheirs": "Garder l'autre version",
  },
});
