// Strings of finding contacts: search box, filters, results, states, adding someone by hand.
import { defineMessages } from "../defineMessages";

export const findMessages = defineMessages({
  en: {
    "find.searching": "Searching…",
    "find.resultsLabel": "People found",
    "find.suggestedLabel": "Suggested people",
    "find.suggestedHint":
      "People you work with and career centre volunteers. Type a name to search the directory.",
    "find.count_one": "{count} person found",
    "find.count_other": "{count} people found",
    "find.empty":
      "No one matches “{text}”. Check the spelling, try fewer words, or add the person by hand.",
    "find.emptySuggestions":
      "No suggestions yet. Type a name or an email address to search the directory.",
    "find.volunteer": "Career centre volunteer",
    "find.atCapacity": "Fully booked this month",
    "find.relevant": "You work with them",
    "find.limited":
      "Only names and addresses can be shown: department, job title and filters need the User.Read.All permission. Ask your administrator to consent to it.",
    "find.relevanceMissing": "People you work with could not be read, so they are not suggested.",
    "find.volunteersMissing":
      "The career centre's volunteer list could not be read; the directory is shown alone.",
    "find.offline": "You're offline. The search runs again when your connection is back.",
    "find.retry": "Try again",
    "find.manual.heading": "Add someone outside the directory",
    "find.manual.name": "Name",
    "find.manual.email": "Email",
    "find.manual.organisation": "Organisation",
    "find.manual.howWeMet": "How we met",
    "find.manual.cancel": "Cancel",
    "find.manual.nameRequired": "Enter a name.",
    "find.manual.emailInvalid": "Enter a valid email address, or leave it empty.",
  },
  "fr-CA": {
    "find.searching": "Recherche en cours…",
    "find.resultsLabel": "Personnes trouvées",
    "find.suggestedLabel": "Personnes suggérées",
    "find.suggestedHint":
      "Des personnes avec qui vous travaillez et des bénévoles du centre de carrière. Tapez un nom pour chercher dans l'annuaire.",
    "find.count_one": "{count} personne trouvée",
    "find.count_other": "{count} personnes trouvées",
    "find.empty":
      "Personne ne correspond à « {text} ». Vérifiez l'orthographe, essayez moins de mots ou ajoutez la personne à la main.",
    "find.emptySuggestions":
      "Aucune suggestion pour l'instant. Tapez un nom ou un courriel pour chercher dans l'annuaire.",
    "find.volunteer": "Bénévole du centre de carrière",
    "find.atCapacity": "Complet ce mois-ci",
    "find.relevant": "Vous travaillez ensemble",
    "find.limited":
      "Seuls les noms et les adresses peuvent être affichés : le service, le poste et les filtres exigent l'autorisation User.Read.All. Demandez à votre administrateur d'y consentir.",
    "find.relevanceMissing":
      "Impossible de lire les personnes avec qui vous travaillez : elles ne sont donc pas suggérées.",
    "find.volunteersMissing":
      "Impossible de lire la liste des bénévoles du centre de carrière; seul l'annuaire est affiché.",
    "find.offline": "Vous êtes hors ligne. La recherche reprendra au retour de la connexion.",
    "find.retry": "Réessayer",
    "find.manual.heading": "Ajouter une personne hors de l'annuaire",
    "find.manual.name": "Nom",
    "find.manual.email": "Courriel",
    "find.manual.organisation": "Organisation",
    "find.manual.howWeMet": "Comment on s'est connus",
    "find.manual.cancel": "Annuler",
    "find.manual.nameRequired": "Entrez un nom.",
    "find.manual.emailInvalid": "Entrez une adresse courriel valide ou laissez le champ vide.",
  },
});
