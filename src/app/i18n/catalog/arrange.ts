// Strings of step 4, arranging the interview: the request mail, free times, booking, moving and
// cancelling.
import { defineMessages } from "../defineMessages";

export const arrangeMessages = defineMessages({
  en: {
    "section.arrange": "Arrange",
    "arrange.heading": "Arrange the interview",
    "arrange.loading": "Loading this interview…",
    "arrange.noEmail":
      "This contact has no email address yet. Add one in Outlook People, then come back to write to them.",
    "arrange.settingsHeading": "How you would like to meet",
    "arrange.length": "Length",
    "arrange.lengthOption": "{minutes} minutes",
    "arrange.format": "Where",
    "arrange.formatTeams": "On Microsoft Teams",
    "arrange.formatInPerson": "In person",
    "arrange.place": "Place",
    "arrange.placeHint": "A café, their office, the library…",
    "arrange.consent": "Let the career centre see my name when I book one of its volunteers",
    "arrange.requestHeading": "Ask for a conversation",
    "arrange.requestIntro":
      "Read the message over and make it yours. Nothing is sent: you send it yourself.",
    "arrange.subject": "Subject",
    "arrange.message": "Message",
    "arrange.draftRequest": "Draft request",
    "arrange.drafting": "Saving the draft…",
    "arrange.draftSaved": "Saved in your Drafts folder. Open it in Outlook to send it.",
    "arrange.draftOpenLink": "Open the draft",
    "arrange.composeOpened": "The message is open in Outlook. Review it and send it when ready.",
    "arrange.timesHeading": "Find a time",
    "arrange.findTimes": "Find times",
    "arrange.searchLonger": "Look four weeks ahead",
    "arrange.finding": "Reading both calendars…",
    "arrange.slotsLegend": "Times that suit you both",
    "arrange.slotsLegendOwn": "Times you are free",
    "arrange.slotYou": "You: {time}",
    "arrange.slotThem": "{name}: {time}",
    "arrange.slotTentative": "clashes with a tentative meeting",
    "arrange.noSlots":
      "No shared free time in the next {days} days. Try a shorter length or look further ahead.",
    "arrange.noWorkingOverlap":
      "Your working hours and theirs never overlap in this period. Propose times by mail instead.",
    "arrange.windowTooShort": "The search window is too short. Look further ahead.",
    "arrange.unreadable":
      "Their calendar cannot be read (they may be outside your organisation, or it is private). These are your own free times: propose a few by mail.",
    "arrange.proposeTimes": "Put these times in the request",
    "arrange.proposed": "The times are in the message above.",
    "arrange.book": "Book interview",
    "arrange.booking": "Booking…",
    "arrange.booked": "Booked for {time}. The invitation is on its way to {name}.",
    "arrange.bookHint": "Choose a time first.",
    "arrange.tooLarge":
      "The prep sheet is too large to attach to the meeting. Shorten your research notes or remove some questions.",
    "arrange.meetingsHeading": "Booked conversations",
    "arrange.noMeetings": "Nothing booked yet.",
    "arrange.meetingAt": "{time}",
    "arrange.moveTo": "Move to the chosen time",
    "arrange.moveHint": "Find times and choose one to move this conversation.",
    "arrange.moved": "Moved. {name} gets Outlook's update; your prep sheet stays with the meeting.",
    "arrange.cancel": "Cancel…",
    "arrange.cancelMessage": "Message to {name}",
    "arrange.cancelConfirm": "Cancel the conversation",
    "arrange.cancelKeep": "Keep it",
    "arrange.cancelled": "Cancelled. {name} has been told.",
    "arrange.callHeading": "Or call them",
    "arrange.callIntro":
      "Some people would rather take a short call than answer an email. Here is what to say; keep it brief.",
    "arrange.callScriptLabel": "What to say",
    "arrange.callVoicemail": "If you reach voicemail: {message}",
    "arrange.callOnTeams": "Call on Teams",
    "arrange.chatOnTeams": "Chat on Teams",
    "arrange.markCalled": "I called",
    "arrange.callRecording": "Noting the call…",
    "arrange.calledAt": "Called {when}. That counts as your request: next, book a time together.",
    "arrange.teamsAsking": "Asking Teams…",
    "arrange.teamsCallStarted":
      "Teams is starting your call with {name}. If Teams asks you to confirm, do it there.",
    "arrange.teamsCallRefused":
      "Teams did not start the call. Try the link below, or call {name} from the Teams app.",
    "arrange.teamsCallUnsupported":
      "This version of Teams cannot start a call for an app. Use the link below, or call {name} from the Teams app.",
    "arrange.teamsCallLink": "Open the call in Teams",
    "arrange.teamsChatStarted": "Teams opened your chat with {name}.",
    "arrange.teamsChatRefused":
      "Teams did not open the chat. Try the link below, or find {name} in Teams' Chat.",
    "arrange.teamsChatUnsupported":
      "This version of Teams cannot open a chat for an app. Use the link below, or find {name} in Teams' Chat.",
    "arrange.teamsChatLink": "Open the chat in Teams",
  },
  "fr-CA": {
    "section.arrange": "Organiser",
    "arrange.heading": "Organiser l'entrevue",
    "arrange.loading": "Chargement de cette entrevue…",
    "arrange.noEmail":
      "Cette personne n'a pas encore d'adresse courriel. Ajoutez-en une dans Contacts Outlook, puis revenez lui écrire.",
    "arrange.settingsHeading": "Comment vous souhaitez vous rencontrer",
    "arrange.length": "Durée",
    "arrange.lengthOption": "{minutes} min",
    "arrange.format": "Où",
    "arrange.formatTeams": "Sur Microsoft Teams",
    "arrange.formatInPerson": "En personne",
    "arrange.place": "Lieu",
    "arrange.placeHint": "Un café, son bureau, la bibliothèque…",
    "arrange.consent":
      "Permettre au centre de carrière de voir mon nom quand je réserve l'un de ses bénévoles",
    "arrange.requestHeading": "Demander une conversation",
    "arrange.requestIntro":
      "Relisez le message et adaptez-le. Rien n'est envoyé : c'est vous qui l'envoyez.",
    "arrange.subject": "Objet",
    "arrange.message": "Message",
    "arrange.draftRequest": "Préparer la demande",
    "arrange.drafting": "Enregistrement du brouillon…",
    "arrange.draftSaved": "Enregistré dans vos brouillons. Ouvrez-le dans Outlook pour l'envoyer.",
    "arrange.draftOpenLink": "Ouvrir le brouillon",
    "arrange.composeOpened":
      "Le message est ouvert dans Outlook. Relisez-le et envoyez-le quand vous serez prêt·e.",
    "arrange.timesHeading": "Trouver un moment",
    "arrange.findTimes": "Trouver des moments",
    "arrange.searchLonger": "Chercher sur quatre semaines",
    "arrange.finding": "Lecture des deux calendriers…",
    "arrange.slotsLegend": "Moments qui vous conviennent à tous les deux",
    "arrange.slotsLegendOwn": "Moments où vous êtes libre",
    "arrange.slotYou": "Vous : {time}",
    "arrange.slotThem": "{name} : {time}",
    "arrange.slotTentative": "chevauche une réunion provisoire",
    "arrange.noSlots":
      "Aucun moment libre commun dans les {days} prochains jours. Essayez une durée plus courte ou cherchez plus loin.",
    "arrange.noWorkingOverlap":
      "Vos heures de travail et les siennes ne se chevauchent jamais pendant cette période. Proposez plutôt des moments par courriel.",
    "arrange.windowTooShort": "La période de recherche est trop courte. Cherchez plus loin.",
    "arrange.unreadable":
      "Son calendrier ne peut pas être lu (la personne est peut-être à l'extérieur de votre organisation, ou son calendrier est privé). Voici vos propres moments libres : proposez-en quelques-uns par courriel.",
    "arrange.proposeTimes": "Ajouter ces moments à la demande",
    "arrange.proposed": "Les moments figurent dans le message ci-dessus.",
    "arrange.book": "Réserver l'entrevue",
    "arrange.booking": "Réservation…",
    "arrange.booked": "Réservée pour le {time}. L'invitation est envoyée à {name}.",
    "arrange.bookHint": "Choisissez d'abord un moment.",
    "arrange.tooLarge":
      "La fiche de préparation est trop volumineuse pour être jointe à la réunion. Raccourcissez vos notes de recherche ou retirez quelques questions.",
    "arrange.meetingsHeading": "Conversations réservées",
    "arrange.noMeetings": "Rien de réservé pour l'instant.",
    "arrange.meetingAt": "{time}",
    "arrange.moveTo": "Déplacer au moment choisi",
    "arrange.moveHint": "Trouvez des moments et choisissez-en un pour déplacer cette conversation.",
    "arrange.moved":
      "Déplacée. {name} reçoit la mise à jour d'Outlook; votre fiche de préparation suit la réunion.",
    "arrange.cancel": "Annuler…",
    "arrange.cancelMessage": "Message à {name}",
    "arrange.cancelConfirm": "Annuler la conversation",
    "arrange.cancelKeep": "La garder",
    "arrange.cancelled": "Annulée. {name} a été avisé·e.",
    "arrange.callHeading": "Ou appelez la personne",
    "arrange.callIntro":
      "Certaines personnes préfèrent un court appel à un courriel. Voici quoi dire; allez droit au but.",
    "arrange.callScriptLabel": "Quoi dire",
    "arrange.callVoicemail": "Si vous tombez sur la boîte vocale : {message}",
    "arrange.callOnTeams": "Appeler sur Teams",
    "arrange.chatOnTeams": "Clavarder sur Teams",
    "arrange.markCalled": "J'ai appelé",
    "arrange.callRecording": "Enregistrement de l'appel…",
    "arrange.calledAt":
      "Appel fait le {when}. Il compte comme votre demande : fixez maintenant un moment ensemble.",
    "arrange.teamsAsking": "Demande envoyée à Teams…",
    "arrange.teamsCallStarted":
      "Teams lance votre appel avec {name}. Si Teams vous demande de confirmer, faites-le dans Teams.",
    "arrange.teamsCallRefused":
      "Teams n'a pas lancé l'appel. Essayez le lien ci-dessous ou appelez {name} à partir de l'application Teams.",
    "arrange.teamsCallUnsupported":
      "Cette version de Teams ne peut pas lancer d'appel pour une application. Utilisez le lien ci-dessous ou appelez {name} à partir de l'application Teams.",
    "arrange.teamsCallLink": "Ouvrir l'appel dans Teams",
    "arrange.teamsChatStarted": "Teams a ouvert votre conversation avec {name}.",
    "arrange.teamsChatRefused":
      "Teams n'a pas ouvert la conversation. Essayez le lien ci-dessous ou cherchez {name} dans la section Conversation de Teams.",
    "arrange.teamsChatUnsupported":
      "Cette version de Teams ne peut pas ouvrir de conversation pour une application. Utilisez le lien ci-dessous ou cherchez {name} dans la section Conversation de Teams.",
    "arrange.teamsChatLink": "Ouvrir la conversation dans Teams",
  },
});
