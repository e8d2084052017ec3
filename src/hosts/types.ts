// The Host port: what the product needs from whichever app it runs in (Outlook, Teams, a browser).
import type { Locale } from "../domain/locale";
import type { MailPerson } from "../domain/person";
import type { ThemeName } from "../domain/theme";

export type HostKind = "outlook" | "teams" | "browser";

/**
 * Where the page is shown inside its host. `tab` is the student's (the personal tab, the browser
 * page); `advisorsTab` is the career centre's channel tab, the page opened on the advisors' view
 * (`tab.html?host=teams&view=advisor`, saved by the configuration page).
 */
export type Surface = "taskpane" | "tab" | "advisorsTab" | "sidePanel";

/** The Outlook item the task pane is open on, reduced to what the product uses. */
export type HostItem =
  | { kind: "none" }
  | {
      kind: "message-read";
      itemId: string | null;
      subject: string;
      from: MailPerson | null;
      to: MailPerson[];
      cc: MailPerson[];
    }
  | { kind: "message-compose"; subject: string; to: MailPerson[]; cc: MailPerson[] }
  | {
      kind: "appointment";
      role: "organizer" | "attendee";
      itemId: string | null;
      subject: string;
      organizer: MailPerson | null;
      attendees: MailPerson[];
      /** ISO 8601 instants (UTC); null while an organizer's new appointment has no time yet. */
      start: string | null;
      end: string | null;
    };

/** A message the user will review and send themselves; the product never sends mail. */
export interface ComposeRequest {
  to: MailPerson[];
  subject: string;
  /** Already-escaped HTML built by the domain's mail templates. */
  htmlBody: string;
}

export interface HostContext {
  kind: HostKind;
  surface: Surface;
  locale: Locale;
  theme: ThemeName;
  /** Who the host says is signed in, when it says (Teams and Outlook do). */
  user: { userPrincipalName?: string; displayName?: string } | null;
  /** The Teams meeting the side panel is in, when it is in one. */
  meetingId: string | null;
  /**
   * The Teams chat the page is in (`19:meeting_…@thread.v2` for a meeting's chat), when Teams says.
   * A meeting's side panel gets this, never a calendar event id: the event is found from it.
   */
  chatId?: string | null;
  /**
   * Whether the host says it supports nested app auth (Outlook: the NestedAppAuth 1.1 requirement
   * set; Teams: teams-js `nestedAppAuth.isNAAChannelRecommended()`). Absent or false: use a fallback.
   */
  nestedAppAuthSupported?: boolean;
  /**
   * Why the host could not be reached, when it could not (scripts blocked, page opened outside
   * its host). The product still renders and shows this instead of going blank.
   */
  problem: HostProblem | null;
}

export type HostProblem = "office-unavailable" | "teams-unavailable";

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** Where Teams is adding the configurable tab, from what its context names (channel, meeting, chat). */
export type TabPlace = "channel" | "meeting" | "chat";

/** What the configuration page saves: which view the tab opens and the name Teams suggests for it. */
export interface TabChoice {
  /** Stable id of the tab's content (Teams' `entityId`). */
  entityId: string;
  /** The view the tab opens (`tab.html?host=teams&view=<view>`). */
  view: string;
  suggestedDisplayName: string;
}

/** The configurable tab's configuration page, while Teams shows it (frame context "settings"). */
export interface TabConfigPort {
  readonly place: TabPlace;
  /** Tells Teams whether its Save button may be pressed. */
  setValid(valid: boolean): void;
  /** What to save when the user presses Teams' Save; `choose` returns null while nothing is chosen. */
  onSave(choose: () => TabChoice | null): void;
}

/** What a call asks the other person's Teams for: audio only, or audio with the caller's video. */
export type CallModality = "audio" | "video";

/**
 * What the host said when asked to start a call or open a chat: it started (Teams may still ask
 * the user to confirm), it refused, or it cannot do this here (then the Teams link is the way).
 */
export type HostCallOutcome = "started" | "refused" | "unsupported";

export interface Host {
  readonly context: HostContext;
  /** Present only on the configurable tab's configuration page in Teams. */
  readonly tabConfig?: TabConfigPort;
  /** The current Outlook item; `{kind: "none"}` outside Outlook. */
  readItem(): Promise<HostItem>;
  /** Called when the user selects another item or edits the recipients (pinned task pane). */
  onItemChanged(listener: () => void): Unsubscribe;
  onThemeChanged(listener: (theme: ThemeName) => void): Unsubscribe;
  /**
   * The account to sign in, as the host's identity says it (Outlook: `Office.auth.getAuthContext()`;
   * Teams: the context's loginHint) — never a mailbox's SMTP address, which may not be the sign-in name.
   */
  signInHint?(): Promise<string | undefined>;
  /** Opens the host's own compose form; false when the host has none (then we save a draft). */
  openCompose(request: ComposeRequest): Promise<boolean>;
  /**
   * Starts a Teams call with `targets` (sign-in names) through the host itself. Present only
   * where the host says it can (Teams' tab: teams-js `call.isSupported()`); elsewhere a deep link
   * opened by the user's own click is the way, since a link inside Teams would navigate away.
   */
  startCall?(targets: string[], modality: CallModality): Promise<HostCallOutcome>;
  /** Opens (or starts) a Teams chat with `user` through the host; present as `startCall` is. */
  openChat?(user: string): Promise<HostCallOutcome>;
}
