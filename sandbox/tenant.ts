// The tenant file: its Graph-shaped types (these are the format) and its validation on load.
import type { DateTimeTimeZone, WorkingHours } from "@microsoft/microsoft-graph-types";

/** Unknown fields are kept and returned, so every record is open. */
type Open = Record<string, unknown>;

/** Mailbox settings as Graph's `mailboxSettings` (Windows or IANA zone names). */
export interface TenantMailboxSettings extends Open {
  timeZone?: string;
  workingHours?: WorkingHours;
}

/** One directory user. `photo` is an optional data: URL. */
export interface TenantUser extends Open {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail?: string | null;
  givenName?: string | null;
  surname?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  officeLocation?: string | null;
  companyName?: string | null;
  city?: string | null;
  country?: string | null;
  businessPhones?: string[];
  preferredLanguage?: string | null;
  managerId?: string | null;
  mailboxSettings?: TenantMailboxSettings;
  photo?: string;
}

/** An attendee as Graph writes it on an event. */
export interface TenantAttendee extends Open {
  emailAddress: { address: string; name?: string };
  type?: "required" | "optional" | "resource";
  status?: { response?: string; time?: string };
}

/** One calendar event, owned by the user whose UPN is `owner`. */
export interface TenantEvent extends Open {
  owner: string;
  id?: string;
  subject?: string;
  start: DateTimeTimeZone & { dateTime: string; timeZone: string };
  end: DateTimeTimeZone & { dateTime: string; timeZone: string };
  showAs?: "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";
  isAllDay?: boolean;
  isCancelled?: boolean;
  sensitivity?: string;
  location?: { displayName?: string } & Open;
  attendees?: TenantAttendee[];
  /** Open extensions, written as in a Graph POST. */
  extensions?: TenantExtension[];
}

/** A personal contact (Graph `contact` shape). */
export interface TenantContact extends Open {
  id?: string;
  displayName?: string;
  givenName?: string;
  surname?: string;
  emailAddresses?: { address: string; name?: string }[];
  personalNotes?: string;
  /** Display name of the contact folder to put it in (created if needed); default "Contacts". */
  folder?: string;
  /** Open extensions, written as in a Graph POST. */
  extensions?: TenantExtension[];
}

/** An open extension as written inline in a Graph POST. */
export interface TenantExtension extends Open {
  extensionName: string;
}

/** A mail message in a mailbox folder (Graph `message` shape). */
export interface TenantMessage extends Open {
  id?: string;
  /** Well-known folder: inbox (default), drafts or sentitems. */
  folder?: "inbox" | "drafts" | "sentitems";
  subject?: string;
  from?: { emailAddress: { address: string; name?: string } };
  toRecipients?: { emailAddress: { address: string; name?: string } }[];
  body?: { contentType?: "text" | "html"; content?: string };
}

/** A SharePoint list item: `fields` holds the columns. */
export interface TenantListItem extends Open {
  id: string;
  fields: Record<string, unknown>;
  /** Who created it (Graph's `createdBy.user`); item-level security keys on its `id`. */
  createdBy?: { user?: { id?: string; displayName?: string; email?: string } };
}

/** One of a site's three default SharePoint groups. */
export type SiteGroupName = "owners" | "members" | "visitors";

/**
 * SharePoint's default permission levels, lowest first: Read (view), Contribute (add, edit and
 * delete items), Edit (also manage lists and override "own items only"), Full Control (also
 * manage permissions).
 */
export type PermissionLevel = "read" | "contribute" | "edit" | "fullControl";

/**
 * A list's unique permissions: one site group, or people granted the list directly (SharePoint's
 * "Grant permissions" on the list), and the level they hold on it.
 */
export interface TenantRoleAssignment {
  group?: SiteGroupName;
  users?: string[];
  level: PermissionLevel;
}

/** A SharePoint list. */
export interface TenantList extends Open {
  id: string;
  displayName: string;
  items?: TenantListItem[];
  /** Unique permissions (inheritance broken); absent: the list inherits the site's groups. */
  roleAssignments?: TenantRoleAssignment[];
  /** Item-level read security: 1 all items, 2 only items the user created. */
  readSecurity?: 1 | 2;
  /** Item-level write security: 1 all items, 2 only the user's own, 4 none. */
  writeSecurity?: 1 | 2 | 4;
}

/** Sites.Selected: an app's role on one site (POST /sites/{id}/permissions). */
export interface TenantAppGrant {
  appId: string;
  displayName?: string;
  roles: ("read" | "write" | "manage" | "fullcontrol")[];
}

/** A SharePoint site. */
export interface TenantSite extends Open {
  id: string;
  displayName: string;
  lists?: TenantList[];
  /** The Microsoft 365 group of a group-connected team site: its owners and members are the site's. */
  groupId?: string;
  /** The site's Owners (Full Control), Members (Edit) and Visitors (Read): UPNs, "*" for everyone. */
  owners?: string[];
  members?: string[];
  visitors?: string[];
  /** Apps granted this site under Sites.Selected. */
  appGrants?: TenantAppGrant[];
}

/** A Microsoft 365 group (its owners and members by UPN). */
export interface TenantGroup extends Open {
  id: string;
  displayName: string;
  mail?: string;
  owners?: string[];
  members?: string[];
}

/**
 * A `/me/people` entry that is not a directory user: a group or an outside contact. Its id is not a
 * user id (api-reference/v1.0/resources/person.md, personType).
 */
export interface TenantOutsidePerson extends Open {
  id: string;
  displayName: string;
  address: string;
  /** `Group` (class Group, subclass UnifiedGroup) or an outside person (class Person). */
  kind: "Group" | "PersonalContact" | "ImplicitContact";
  /** Position among the user's people (0 = most relevant); at the end when absent. */
  rank?: number;
}

/** The whole tenant file any test or the demo can write. */
export interface TenantFile extends Open {
  organization?: { id: string; displayName: string } & Open;
  users: TenantUser[];
  events?: TenantEvent[];
  /** Relevance-ordered people (UPNs or ids) per user UPN, for `/me/people`. */
  people?: Record<string, string[]>;
  /** Groups and outside contacts in a user's `/me/people` (per user UPN), placed at `rank`. */
  outsidePeople?: Record<string, TenantOutsidePerson[]>;
  /** Personal contacts per user UPN. */
  contacts?: Record<string, TenantContact[]>;
  /** Mail messages per user UPN. */
  messages?: Record<string, TenantMessage[]>;
  sites?: TenantSite[];
  /** Microsoft 365 groups (a group-connected site names one by `groupId`). */
  groups?: TenantGroup[];
  /** Users with a SharePoint administrator role (UPNs), who may grant apps a site. */
  sharePointAdmins?: string[];
}
