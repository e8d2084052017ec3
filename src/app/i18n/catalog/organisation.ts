// Strings of the research step's "organisation at a glance": line, team size, department titles.
import { defineMessages } from "../defineMessages";

export const organisationMessages = defineMessages({
  en: {
    "org.region": "The organisation at a glance",
    "org.hint": "From your organisation's directory, as it is today.",
    "org.loading": "Reading the directory…",
    "org.error": "The directory could not be read. {reason}",
    "org.retry": "Try again",
    "org.department": "Department",
    "org.company": "Organisation",
    "org.notListed": "Not in the directory",
    "org.line.heading": "Reporting line",
    "org.line.label": "Reporting line from {name} to the top",
    "org.line.top":
      "{name} has no manager in the directory: they are at the top, or it is not recorded.",
    "org.line.person": "{name}, {title}",
    "org.team.heading": "Team size",
    "org.team.own_one": "{name} manages {count} person directly.",
    "org.team.own_other": "{name} manages {count} people directly.",
    "org.team.manager_one": "{count} person reports to {manager}, {name}'s manager.",
    "org.team.manager_other":
      "{count} people report to {manager}, {name}'s manager ({name} included).",
    "org.team.unknown": "The directory does not say who {name} works with.",
    "org.titles.heading": "Job titles in {department}",
    "org.titles.label": "Job titles in {department}, most common first",
    "org.titles.noTitle": "No title",
    "org.titles.people_one": "{count} person",
    "org.titles.people_other": "{count} people",
    "org.titles.others": "Other titles ({titles}): {people}",
    "org.titles.total_one": "{count} person works in this department.",
    "org.titles.total_other": "{count} people work in this department.",
    "org.titles.capped": "Titles counted among the first {counted} of {total} people.",
    "org.titles.cappedNoTotal":
      "Titles counted among the first {counted} people: at least {counted} work here.",
    "org.titles.noDepartment":
      "The directory lists no department for {name}, so there are no job titles to compare. Ask about their team in the interview.",
  },
  "fr-CA": {
    "org.region": "L'organisation en un coup d'œil",
    "org.hint": "Tiré de l'annuaire de votre organisation, tel qu'il est aujourd'hui.",
    "org.loading": "Lecture de l'annuaire…",
    "org.error": "Impossible de lire l'annuaire. {reason}",
    "org.retry": "Réessayer",
    "org.department": "Service",
    "org.company": "Organisme",
    "org.notListed": "Absent de l'annuaire",
    "org.line.heading": "Liens hiérarchiques",
    "org.line.label": "Liens hiérarchiques de {name} jusqu'au sommet",
    "org.line.top":
      "{name} n'a pas de gestionnaire dans l'annuaire : cette personne est au sommet, ou ce n'est pas indiqué.",
    "org.line.person": "{name} ({title})",
    "org.team.heading": "Taille de l'équipe",
    "org.team.own_one": "{name} gère directement {count} personne.",
    "org.team.own_other": "{name} gère directement {count} personnes.",
    "org.team.manager_one": "{count} personne relève de {manager}, gestionnaire de {name}.",
    "org.team.manager_other":
      "{count} personnes relèvent de {manager}, gestionnaire de {name} (y compris {name}).",
    "org.team.unknown": "L'annuaire n'indique pas avec qui {name} travaille.",
    "org.titles.heading": "Titres de poste — {department}",
    "org.titles.label": "Titres de poste — {department}, du plus courant au moins courant",
    "org.titles.noTitle": "Sans titre",
    "org.titles.people_one": "{count} personne",
    "org.titles.people_other": "{count} personnes",
    "org.titles.others": "Autres titres ({titles}) : {people}",
    "org.titles.total_one": "{count} personne travaille dans ce service.",
    "org.titles.total_other": "{count} personnes travaillent dans ce service.",
    "org.titles.capped": "Titres comptés parmi les {counted} premières personnes sur {total}.",
    "org.titles.cappedNoTotal":
      "Titres comptés parmi les {counted} premières personnes : au moins {counted} y travaillent.",
    "org.titles.noDepartment":
      "L'annuaire n'indique aucun service pour {name}; il n'y a donc pas de titres à comparer. Posez-lui des questions sur son équipe pendant l'entrevue.",
  },
});
