// Strings of the configurable tab's configuration page (Teams' "add a tab" dialog).
import { defineMessages } from "../defineMessages";

export const tabConfigMessages = defineMessages({
  en: {
    "tabConfig.heading": "Add Information Interviews",
    "tabConfig.question": "What should this tab show?",
    "tabConfig.advisors": "Career centre: volunteers and question bank",
    "tabConfig.advisorsHint": "For career advisors: edit the volunteer list and the question bank.",
    "tabConfig.prep": "Prep sheet and timekeeper",
    "tabConfig.prepHint":
      "For the student in this meeting: questions, research summary, timekeeper and takeaways.",
    "tabConfig.pipeline": "My interviews",
    "tabConfig.pipelineHint": "Each member's own interviews, as in the personal app.",
    "tabConfig.chooseToSave": "Choose one, then select Save.",
    "tabConfig.ready": "Ready: select Save to add the tab.",
    "tabConfig.name.advisors": "Career centre",
    "tabConfig.name.prep": "Prep sheet",
    "tabConfig.name.pipeline": "My interviews",
    "tabConfig.where.channel": "You are adding this tab to a channel.",
    "tabConfig.where.meeting": "You are adding this tab to a meeting.",
    "tabConfig.where.chat": "You are adding this tab to a chat.",
  },
  "fr-CA": {
    "tabConfig.heading": "Ajouter Entrevues d'information",
    "tabConfig.question": "Que doit afficher cet onglet?",
    "tabConfig.advisors": "Centre de carrière : bénévoles et banque de questions",
    "tabConfig.advisorsHint":
      "Pour les conseillers : modifier la liste des bénévoles et la banque de questions.",
    "tabConfig.prep": "Fiche de préparation et minuteur",
    "tabConfig.prepHint":
      "Pour l'étudiant de cette réunion : questions, résumé des recherches, minuteur et notes.",
    "tabConfig.pipeline": "Mes entrevues",
    "tabConfig.pipelineHint":
      "Les entrevues de chaque membre, comme dans l'application personnelle.",
    "tabConfig.chooseToSave": "Faites un choix, puis sélectionnez Enregistrer.",
    "tabConfig.ready": "Prêt : sélectionnez Enregistrer pour ajouter l'onglet.",
    "tabConfig.name.advisors": "Centre de carrière",
    "tabConfig.name.prep": "Fiche de préparation",
    "tabConfig.name.pipeline": "Mes entrevues",
    "tabConfig.where.channel": "Vous ajoutez cet onglet à un canal.",
    "tabConfig.where.meeting": "Vous ajoutez cet onglet à une réunion.",
    "tabConfig.where.chat": "Vous ajoutez cet onglet à une conversation.",
  },
});
