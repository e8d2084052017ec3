// Strings of the app shell: title, navigation, host problems, loading and errors.
import { defineMessages } from "../defineMessages";

export const shellMessages = defineMessages({
  en: {
    "app.name": "Information Interviews",
    "app.loading": "Loading…",
    "app.tagline": "Learn what a career is really like, one conversation at a time.",
    "app.taglineAdvisors":
      "For the career centre: the volunteers students may ask, the question bank and each volunteer's load.",
    "nav.label": "Sections",
    "nav.find": "Find",
    "nav.pipeline": "My interviews",
    "nav.questions": "Questions",
    "nav.advisor": "Volunteers",
    "nav.prep": "Prep sheet",
    "nav.learned": "What I've learned",
    // The search box ships with the first paint (FindView), before feature strings load.
    "find.heading": "Find someone to talk to",
    "find.searchLabel": "Search people",
    "find.searchPlaceholder": "Name or email",
    "find.filters": "Filters",
    "find.filter.department": "Department",
    "find.filter.jobTitle": "Job title",
    "find.filter.companyName": "Company",
    "find.filter.officeLocation": "Office",
    "find.filter.clear": "Clear filters",
    "find.back": "Back to results",
    "find.addByHand": "Add someone by hand",
    "host.officeUnavailable":
      "Outlook's add-in scripts could not load, so this pane cannot see the open message. Check your connection, then close and reopen the pane.",
    "host.teamsUnavailable":
      "Teams did not answer, so this page runs on its own. If you opened it outside Teams, open it from the Information Interviews app in Teams instead.",
    "persona.signedInAs": "Signed in as {name}",
    "item.peopleHeading": "People in this message",
    "item.meetingHeading": "People in this meeting",
    "item.none": "Select a message or a meeting to see the people in it.",
    "item.unreadable": "This item could not be read. Select it again, or reopen the pane.",
    "view.failed": "This part of the page could not load. Reload to try again.",
    "sidePanel.heading": "Prep sheet",
    "sidePanel.noMeeting":
      "Open this panel inside an information interview meeting to see its prep sheet.",
    "signIn.cannotStart": "Sign-in cannot start here. Close this window and try again.",
    "signIn.otherApp":
      "This sign-in window was not opened by Information Interviews in Teams, so it hands nothing back. Close it, and sign in from the app in Outlook or in your browser if it keeps happening.",
    "signIn.limited":
      "Your organisation has not allowed this app to read full directory profiles, so departments, titles and reporting lines may be missing. Ask your administrator to consent to User.Read.All.",
    "config.missingTitle": "Information Interviews is not set up yet",
    "config.missingBody":
      "Your administrator needs to finish the set-up: {problems}. See the deployment guide that came with the add-in.",
    "signIn.needed": "You are not signed in.",
    "signIn.button": "Sign in",
    "signIn.working": "Signing in…",
    "signIn.signOut": "Sign out",
    "signIn.signingOut": "Signing out…",
    "signIn.why.cancelled": "The sign-in window was closed before you finished.",
    "signIn.why.blocked":
      "The sign-in window could not open. Allow pop-up windows for this app, then select Sign in again.",
    "signIn.why.consent":
      "Your organisation has not yet approved this app's permissions. Ask your administrator to grant consent.",
    "signIn.why.failed": "Signing in did not work. Try again.",
  },
  "fr-CA": {
    "app.name": "Entrevues d'information",
    "app.loading": "Chargement…",
    "app.tagline": "Découvrez une carrière de l'intérieur, une conversation à la fois.",
    "app.taglineAdvisors":
      "Pour le centre de carrière : les bénévoles que les étudiants peuvent solliciter, la banque de questions et la charge de chaque bénévole.",
    "nav.label": "Sections",
    "nav.find": "Trouver",
    "nav.pipeline": "Mes entrevues",
    "nav.questions": "Questions",
    "nav.advisor": "Bénévoles",
    "nav.prep": "Fiche de préparation",
    "nav.learned": "Ce que j'ai appris",
    // The search box ships with the first paint (FindView), before feature strings load.
    "find.heading": "Trouver une personne à rencontrer",
    "find.searchLabel": "Rechercher des personnes",
    "find.searchPlaceholder": "Nom ou courriel",
    "find.filters": "Filtres",
    "find.filter.department": "Service",
    "find.filter.jobTitle": "Poste",
    "find.filter.companyName": "Entreprise",
    "find.filter.officeLocation": "Bureau",
    "find.filter.clear": "Effacer les filtres",
    "find.back": "Retour aux résultats",
    "find.addByHand": "Ajouter une personne à la main",
    "host.officeUnavailable":
      "Les scripts du complément Outlook n'ont pas pu se charger : ce volet ne voit donc pas le message ouvert. Vérifiez votre connexion, puis fermez et rouvrez le volet.",
    "host.teamsUnavailable":
      "Teams n'a pas répondu : cette page fonctionne donc seule. Si vous l'avez ouverte hors de Teams, ouvrez plutôt l'application Entrevues d'information dans Teams.",
    "persona.signedInAs": "Connecté·e en tant que {name}",
    "item.peopleHeading": "Personnes dans ce message",
    "item.meetingHeading": "Personnes dans cette réunion",
    "item.none": "Sélectionnez un message ou une réunion pour voir les personnes concernées.",
    "item.unreadable":
      "Impossible de lire cet élément. Sélectionnez-le de nouveau ou rouvrez le volet.",
    "view.failed": "Cette partie de la page n'a pas pu se charger. Rechargez pour réessayer.",
    "sidePanel.heading": "Fiche de préparation",
    "sidePanel.noMeeting":
      "Ouvrez ce panneau dans une réunion d'entrevue d'information pour voir sa fiche de préparation.",
    "signIn.cannotStart":
      "La connexion ne peut pas commencer ici. Fermez cette fenêtre et réessayez.",
    "signIn.otherApp":
      "Cette fenêtre de connexion n'a pas été ouverte par Entrevues d'information dans Teams : elle ne transmet donc rien. Fermez-la et, si cela se reproduit, connectez-vous depuis l'application dans Outlook ou dans votre navigateur.",
    "signIn.limited":
      "Votre organisation n'a pas autorisé cette application à lire les profils complets de l'annuaire : les services, titres et liens hiérarchiques peuvent manquer. Demandez à votre administrateur de consentir à User.Read.All.",
    "config.missingTitle": "Entrevues d'information n'est pas encore configuré",
    "config.missingBody":
      "Votre administrateur doit terminer la configuration : {problems}. Consultez le guide de déploiement fourni avec le complément.",
    "signIn.needed": "Vous n'êtes pas connecté·e.",
    "signIn.button": "Se connecter",
    "signIn.working": "Connexion…",
    "signIn.signOut": "Se déconnecter",
    "signIn.signingOut": "Déconnexion…",
    "signIn.why.cancelled": "La fenêtre de connexion a été fermée avant la fin.",
    "signIn.why.blocked":
      "La fenêtre de connexion n'a pas pu s'ouvrir. Autorisez les fenêtres contextuelles pour cette application, puis sélectionnez Se connecter de nouveau.",
    "signIn.why.consent":
      "Votre organisation n'a pas encore approuvé les autorisations de cette application. Demandez à votre administrateur d'y consentir.",
    "signIn.why.failed": "La connexion n'a pas fonctionné. Réessayez.",
  },
});
