// Strings of a failed Graph call and what to do about it: general words, and the interview steps'.
import { defineMessages } from "../defineMessages";

export const failureMessages = defineMessages({
  en: {
    "failure.offline": "You're offline. Check your connection; nothing you typed is lost.",
    "failure.consent":
      "You do not have permission for this ({permission}). Ask your administrator to consent to it.",
    "failure.consentUnknown": "You do not have permission for this. Ask your administrator.",
    "failure.throttled": "Microsoft 365 is busy. Wait a moment, then try again.",
    "failure.notFound": "This could not be found. It may have been deleted.",
    "failure.signedOut": "You are signed out. Reload the page to sign in again.",
    "failure.conflict": "Someone changed this at the same time. Reload to see the latest.",
    "failure.tooLarge": "This is too large to save. Shorten it, then try again.",
    "failure.unknown": "Something went wrong ({code}). Try again in a moment.",
    "failure.step.offline":
      "You seem to be offline. Your changes are kept here; try again when you are back online.",
    "failure.step.consentUnknown": "You do not have permission for this. Ask your administrator.",
    "failure.step.throttled": "Microsoft 365 is busy. Wait a moment, then try again.",
    "failure.step.notFound": "This item no longer exists. It may have been deleted in Outlook.",
    "failure.step.conflict": "This was changed somewhere else. Reload to see the latest version.",
    "failure.step.signedOut": "You have been signed out. Sign in again, then try again.",
    "failure.step.tooLarge": "This is too large to save. Shorten it and try again.",
    "failure.step.unknown":
      "Something went wrong ({code}). Try again; if it keeps happening, reload.",
  },
  "fr-CA": {
    "failure.offline":
      "Vous êtes hors ligne. Vérifiez votre connexion; rien de ce que vous avez tapé n'est perdu.",
    "failure.consent":
      "Vous n'avez pas l'autorisation requise ({permission}). Demandez à votre administrateur d'y consentir.",
    "failure.consentUnknown":
      "Vous n'avez pas l'autorisation requise. Demandez à votre administrateur.",
    "failure.throttled": "Microsoft 365 est occupé. Attendez un instant, puis réessayez.",
    "failure.notFound": "Introuvable. L'élément a peut-être été supprimé.",
    "failure.signedOut": "Vous êtes déconnecté·e. Rechargez la page pour vous reconnecter.",
    "failure.conflict":
      "Quelqu'un a modifié cet élément en même temps. Rechargez pour voir la dernière version.",
    "failure.tooLarge":
      "C'est trop volumineux pour être enregistré. Raccourcissez, puis réessayez.",
    "failure.unknown": "Une erreur s'est produite ({code}). Réessayez dans un instant.",
    "failure.step.offline":
      "Vous semblez hors ligne. Vos modifications sont conservées ici; réessayez une fois la connexion rétablie.",
    "failure.step.consentUnknown":
      "Vous n'avez pas l'autorisation requise. Adressez-vous à votre administrateur.",
    "failure.step.throttled": "Microsoft 365 est occupé. Patientez un instant, puis réessayez.",
    "failure.step.notFound": "Cet élément n'existe plus. Il a peut-être été supprimé dans Outlook.",
    "failure.step.conflict":
      "Cet élément a été modifié ailleurs. Rechargez pour voir la version la plus récente.",
    "failure.step.signedOut": "Vous avez été déconnecté·e. Reconnectez-vous, puis réessayez.",
    "failure.step.tooLarge":
      "C'est trop volumineux pour être enregistré. Raccourcissez, puis réessayez.",
    "failure.step.unknown":
      "Une erreur s'est produite ({code}). Réessayez; si le problème persiste, rechargez la page.",
  },
});
