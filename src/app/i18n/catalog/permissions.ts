// What each delegated Graph permission lets the app do, in plain words, for "ask your
// administrator".
import { defineMessages } from "../defineMessages";

export const permissionMessages = defineMessages({
  en: {
    "permission.User.Read": "User.Read: sign you in and read your own profile",
    "permission.User.ReadBasic.All":
      "User.ReadBasic.All: read names and email addresses in your organisation's directory",
    "permission.User.Read.All":
      "User.Read.All: read full profiles in your organisation's directory (department, job title, manager)",
    "permission.People.Read": "People.Read: see the people you work with most",
    "permission.Contacts.ReadWrite":
      "Contacts.ReadWrite: read and update your contacts, where your interviews are kept",
    "permission.Calendars.ReadWrite":
      "Calendars.ReadWrite: read and update your calendar, to find times and book interviews",
    "permission.Mail.ReadWrite":
      "Mail.ReadWrite: save drafts in your mailbox for you to review and send",
    "permission.MailboxSettings.Read":
      "MailboxSettings.Read: read your time zone and working hours",
    "permission.Sites.Read.All": "Sites.Read.All: read the career centre's lists in SharePoint",
    "permission.Sites.ReadWrite.All":
      "Sites.ReadWrite.All: update the career centre's lists in SharePoint",
    "permission.Sites.Selected":
      "Sites.Selected: the career centre's SharePoint site, once your administrator has granted it to the app",
  },
  "fr-CA": {
    "permission.User.Read": "User.Read : vous connecter et lire votre propre profil",
    "permission.User.ReadBasic.All":
      "User.ReadBasic.All : lire les noms et les adresses courriel de l'annuaire de votre organisation",
    "permission.User.Read.All":
      "User.Read.All : lire les profils complets de l'annuaire de votre organisation (service, poste, gestionnaire)",
    "permission.People.Read": "People.Read : voir les personnes avec qui vous travaillez le plus",
    "permission.Contacts.ReadWrite":
      "Contacts.ReadWrite : lire et modifier vos contacts, où vos entrevues sont conservées",
    "permission.Calendars.ReadWrite":
      "Calendars.ReadWrite : lire et modifier votre calendrier, pour trouver des moments et planifier des entrevues",
    "permission.Mail.ReadWrite":
      "Mail.ReadWrite : enregistrer des brouillons dans votre boîte aux lettres, que vous relisez et envoyez vous-même",
    "permission.MailboxSettings.Read":
      "MailboxSettings.Read : lire votre fuseau horaire et vos heures de travail",
    "permission.Sites.Read.All":
      "Sites.Read.All : lire les listes du centre de carrière dans SharePoint",
    "permission.Sites.ReadWrite.All":
      "Sites.ReadWrite.All : modifier les listes du centre de carrière dans SharePoint",
    "permission.Sites.Selected":
      "Sites.Selected : le site SharePoint du centre de carrière, une fois que votre administrateur l'a accordé à l'application",
  },
});

type PermissionKey = keyof (typeof permissionMessages)["en"];

/**
 * A permission named for an administrator with what it lets the app do ("Contacts.ReadWrite: read
 * and update your contacts…"); a permission we do not know is named as it is.
 */
export function permissionInPlainWords(
  translate: (key: PermissionKey) => string,
  permission: string,
): string {
  const key = `permission.${permission}`;
  return key in permissionMessages.en ? translate(key as PermissionKey) : permission;
}
