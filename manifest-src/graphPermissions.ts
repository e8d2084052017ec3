// The delegated Microsoft Graph permissions the app asks for, and why (least privilege, one list).
//
// The Entra app registration grants them (docs/DEPLOY.md); the XML manifest lists them in
// <WebApplicationInfo><Scopes> for Outlook clients that use Office SSO.

/** A delegated Graph permission the app uses. */
export interface GraphPermission {
  readonly scope: string;
  /** Who needs it: every user, or advisors only. */
  readonly audience: "everyone" | "advisors";
  readonly adminConsent: boolean;
  readonly why: string;
  /**
   * The Graph paths (under v1.0) the app calls with it; tests/manifest/graphScopes.test.ts checks
   * every path src/graph names against them.
   */
  readonly calls: readonly string[];
}

/** Every delegated permission, in the order docs/DEPLOY.md lists them. */
export const GRAPH_PERMISSIONS: readonly GraphPermission[] = [
  {
    scope: "User.Read",
    audience: "everyone",
    adminConsent: false,
    why: "Sign in and read your own profile.",
    calls: ["/me", "/me/memberOf"],
  },
  {
    scope: "User.Read.All",
    audience: "everyone",
    adminConsent: true,
    why: "Department, job title, manager and reports of directory contacts (degrades to User.ReadBasic.All with a notice).",
    calls: ["/users"],
  },
  {
    scope: "User.ReadBasic.All",
    audience: "everyone",
    adminConsent: false,
    why: "Fallback directory search (names, mail, photo) when User.Read.All is not consented.",
    calls: ["/users"],
  },
  {
    scope: "People.Read",
    audience: "everyone",
    adminConsent: false,
    why: "People you already work with.",
    calls: ["/me/people"],
  },
  {
    scope: "Contacts.ReadWrite",
    audience: "everyone",
    adminConsent: false,
    why: "Each interview is a personal Outlook contact with research notes.",
    calls: ["/me/contactFolders", "/me/contacts"],
  },
  {
    scope: "Calendars.ReadWrite",
    audience: "everyone",
    adminConsent: false,
    why: "Free/busy, booking the meeting and its private prep sheet. Booking sends the invitation, and later any update or cancellation, from your mailbox.",
    calls: ["/me/events", "/me/calendarView", "/me/calendar"],
  },
  {
    scope: "Mail.ReadWrite",
    audience: "everyone",
    adminConsent: false,
    why: "Drafts only (request and thank-you), which you review and send yourself; the app sends no message of its own.",
    calls: ["/me/messages", "/me/mailFolders"],
  },
  {
    scope: "Sites.Selected",
    audience: "everyone",
    adminConsent: true,
    why: "The career centre's site only (npm run provision grants the app write on it): volunteers, question bank, your own bookings, advisors' notes for advisors. SharePoint's permissions decide who reads and writes what.",
    calls: ["/sites"],
  },
];

/** Scopes the XML manifest lists for Office SSO: sign-in basics plus every Graph permission. */
export function ssoScopes(): string[] {
  return ["openid", "profile", ...GRAPH_PERMISSIONS.map((p) => p.scope)];
}
