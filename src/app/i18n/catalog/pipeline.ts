// Strings of the pipeline view ("My interviews"): the list, sorting, and empty and error states.
// The keep-in-touch next action's wording lives here too (its key reads like its siblings in the
// interview catalogue, so every view that names a next action finds it).
import { defineMessages } from "../defineMessages";

export const pipelineMessages = defineMessages({
  en: {
    "pipeline.heading": "My interviews",
    "pipeline.loading": "Loading your interviews…",
    "pipeline.empty": "No one yet. Find someone to talk to and add them to your interviews.",
    "pipeline.findSomeone": "Find someone",
    "pipeline.sortLabel": "Sort by",
    "pipeline.sort.urgency": "What needs doing",
    "pipeline.sort.name": "Name",
    "pipeline.sort.stage": "Stage",
    "pipeline.count_one": "{count} interview",
    "pipeline.count_other": "{count} interviews",
    "pipeline.listLabel": "Interviews",
    "pipeline.overdue": "Overdue",
    "pipeline.due": "by {date}",
    "pipeline.reload": "Reload",
    "pipeline.showMore": "Show {count} more ({left} not shown)",
    "pipeline.droppedUnsent_one":
      "{count} change kept on this device was not sent: its contact or meeting no longer exists.",
    "pipeline.droppedUnsent_other":
      "{count} changes kept on this device were not sent: their contacts or meetings no longer exist.",
    "interview.nextAction.keep-in-touch": "Keep in touch: tell them what came of their advice",
    "pipeline.called": "Called {date}",
  },
  "fr-CA": {
    "pipeline.heading": "Mes entrevues",
    "pipeline.loading": "Chargement de vos entrevues…",
    "pipeline.empty":
      "Personne pour l'instant. Trouvez une personne à rencontrer et ajoutez-la à vos entrevues.",
    "pipeline.findSomeone": "Trouver quelqu'un",
    "pipeline.sortLabel": "Trier par",
    "pipeline.sort.urgency": "Ce qui presse",
    "pipeline.sort.name": "Nom",
    "pipeline.sort.stage": "Étape",
    "pipeline.count_one": "{count} entrevue",
    "pipeline.count_other": "{count} entrevues",
    "pipeline.listLabel": "Entrevues",
    "pipeline.overdue": "En retard",
    "pipeline.due": "d'ici le {date}",
    "pipeline.reload": "Recharger",
    "pipeline.showMore": "Afficher {count} de plus ({left} non affichées)",
    "pipeline.droppedUnsent_one":
      "{count} modification gardée sur cet appareil n'a pas été envoyée : son contact ou sa réunion n'existe plus.",
    "pipeline.droppedUnsent_other":
      "{count} modifications gardées sur cet appareil n'ont pas été envoyées : leurs contacts ou réunions n'existent plus.",
    "interview.nextAction.keep-in-touch":
      "Donner des nouvelles : dites-lui ce que ses conseils ont donné",
    "pipeline.called": "Appel fait le {date}",
  },
});
