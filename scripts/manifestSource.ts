// The one source both manifests are built from: identity, names in English and Canadian French,
// surfaces.
//
// Edit here, then run `npm run manifests`: appPackage/manifest.json, appPackage/fr-ca.json and
// manifest/manifest.xml are generated from this file and must never be edited by hand.
// Deploy-specific values (site URL, app id, Entra client id) are not here: see manifest-src/deployTarget.ts.

/** A string the product shows in both of its languages. */
export interface Localized {
  readonly en: string;
  readonly frCA: string;
}

/** Outlook command surfaces the add-in puts a button on (the unified manifest's ribbon contexts). */
export type OutlookSurface =
  "mailRead" | "mailCompose" | "meetingDetailsOrganizer" | "meetingDetailsAttendee";

/** One ribbon button: which surfaces it appears on and what it says. */
export interface RibbonButton {
  /** Unique id (≤ 32 characters so it also works as an XML resource id prefix). */
  readonly id: string;
  readonly surfaces: readonly OutlookSurface[];
  readonly groupLabel: Localized;
  readonly label: Localized;
  readonly tipTitle: Localized;
  readonly tipDescription: Localized;
  /**
   * Keep the pane open while the user moves between items. Outlook offers pinning on messages
   * only (not appointments), so the meeting button does not ask for it.
   */
  readonly pinnable: boolean;
}

/** Everything about the app that does not change from one deployment to the next. */
export interface ManifestSource {
  /** App version: bump it for every change that is uploaded (Teams and Outlook refuse same-version updates). */
  readonly version: string;
  /** Unified manifest schema; its JSON schema ships in @microsoft/app-manifest, so tests validate offline. */
  readonly manifestVersion: string;
  readonly name: { readonly short: Localized; readonly full: Localized };
  readonly description: { readonly short: Localized; readonly full: Localized };
  /** Publisher shown in the store listing; a deployment may override it (deploy.config.json "publisher"). */
  readonly developerName: string;
  /** Brand colour: icon background and the manifest's accentColor. */
  readonly brandColor: string;
  /** Warm accent used for the second speech bubble of the icon. */
  readonly accentColor: string;
  readonly personalTab: { readonly entityId: string; readonly name: Localized };
  readonly configurableTab: { readonly id: string };
  /** Lowest Outlook API set the task pane needs (Mailbox 1.5: pinnable pane and ItemChanged). */
  readonly mailboxMinVersion: string;
  readonly ribbonButtons: readonly RibbonButton[];
}

/** The app's identity and surfaces. */
export const manifestSource: ManifestSource = {
  version: "1.0.0",
  manifestVersion: "1.30",
  name: {
    short: { en: "Information Interviews", frCA: "Entrevues d'information" },
    full: {
      en: "Information Interviews: career conversations in Outlook and Teams",
      frCA: "Entrevues d'information : conversations de carrière dans Outlook et Teams",
    },
  },
  description: {
    short: {
      en: "Find, prepare, hold and follow up on information interviews.",
      frCA: "Trouvez, préparez, tenez et suivez vos entrevues d'information.",
    },
    full: {
      en:
        "Information Interviews walks students and career changers through short, courteous " +
        "conversations with working professionals. Find contacts in your organisation and your career " +
        "centre's volunteer list, keep private research notes, pick open questions with a coach, " +
        "draft a request for you to send, find a time that suits both calendars, keep a prep sheet " +
        "on the meeting, and draft a thank-you from your takeaways. Everything stays in your own " +
        "Microsoft 365 mailbox, calendar and the career centre's SharePoint site; the app never " +
        "sends mail on your behalf.",
      frCA:
        "Entrevues d'information accompagne les étudiants et les personnes en réorientation dans " +
        "de courtes conversations courtoises avec des professionnels en poste. Trouvez des contacts " +
        "dans votre organisation et dans la liste de bénévoles de votre centre de carrière, gardez " +
        "des notes de recherche privées, choisissez des questions ouvertes avec l'aide d'un coach, " +
        "rédigez une demande que vous enverrez vous-même, trouvez un moment qui convient aux deux " +
        "agendas, gardez une fiche de préparation sur la réunion et rédigez un remerciement à partir " +
        "de vos notes. Tout reste dans votre propre boîte aux lettres Microsoft 365, votre calendrier " +
        "et le site SharePoint du centre de carrière; l'application n'envoie jamais de courriel à " +
        "votre place.",
    },
  },
  developerName: "Information Interviews",
  brandColor: "#0E6E6B",
  accentColor: "#F2B33D",
  personalTab: { entityId: "myInterviews", name: { en: "My interviews", frCA: "Mes entrevues" } },
  configurableTab: { id: "careerCentre" },
  mailboxMinVersion: "1.5",
  ribbonButtons: [
    {
      id: "openInterview",
      surfaces: ["mailRead", "mailCompose"],
      groupLabel: { en: "Interviews", frCA: "Entrevues" },
      label: { en: "Open interview", frCA: "Ouvrir l'entrevue" },
      tipTitle: { en: "Information interview", frCA: "Entrevue d'information" },
      tipDescription: {
        en: "See this contact's card, research notes and next step; draft a request or a thank-you.",
        frCA: "Voyez la fiche de ce contact, vos notes et la prochaine étape; rédigez une demande ou un remerciement.",
      },
      pinnable: true,
    },
    {
      id: "openPrepSheet",
      surfaces: ["meetingDetailsOrganizer", "meetingDetailsAttendee"],
      groupLabel: { en: "Interviews", frCA: "Entrevues" },
      label: { en: "Prep sheet", frCA: "Fiche de préparation" },
      tipTitle: { en: "Interview prep sheet", frCA: "Fiche de préparation" },
      tipDescription: {
        en: "Your questions, research summary and timekeeper for this meeting; capture takeaways afterwards.",
        frCA: "Vos questions, le résumé de vos recherches et le minuteur de cette réunion; notez ce que vous retenez.",
      },
      pinnable: false,
    },
  ],
};
