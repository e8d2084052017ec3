// Everything the sandbox holds for one tenant: the directory (read-only) and the mailboxes and
// lists (mutable, persistable).
import { defaultQuirks, type Quirks } from "./quirks";
import type { Contact, Event, Message } from "@microsoft/microsoft-graph-types";
import type {
  TenantContact,
  TenantEvent,
  TenantExtension,
  TenantFile,
  TenantMessage,
  TenantUser,
} from "./tenant";
import { Directory } from "./directory";
import { newGuid, newItemIdentity, newOutlookId } from "./ids";
import { omit } from "./objects";

/** Open extensions of one item, by extension name: the custom properties only. */
export type Extensions = Record<string, Record<string, unknown>>;

/** What every Outlook item carries besides its Graph fields. */
export interface OutlookRecord {
  id: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Graph fields as written (events keep start/end in the zone they were given in). */
  data: Record<string, unknown>;
  extensions: Extensions;
}

/** A calendar event; organizers' events remember the copies on attendees' calendars. */
export interface EventRecord extends OutlookRecord {
  transactionId?: string;
  /** On an attendee's copy: where the organizer's event lives. */
  organizer?: { userId: string; eventId: string };
  /** On an organizer's event: the copies it put on attendees' calendars. */
  copies?: { userId: string; eventId: string }[];
}

/** A personal contact. */
export interface ContactRecord extends OutlookRecord {
  folderId: string;
}

/** A mail message in a well-known folder. */
export interface MessageRecord extends OutlookRecord {
  folder: MailFolderName;
}

/** The well-known mail folders the sandbox keeps. */
export type MailFolderName = "inbox" | "drafts" | "sentitems";

/** A contact folder. */
export interface ContactFolderRecord {
  id: string;
  displayName: string;
  parentFolderId: string;
}

/** One user's mailbox. */
export interface Mailbox {
  userId: string;
  /** Id of the default "Contacts" folder (parent of user folders). */
  contactsFolderId: string;
  mailFolderIds: Record<MailFolderName, string>;
  contactFolders: Map<string, ContactFolderRecord>;
  contacts: Map<string, ContactRecord>;
  events: Map<string, EventRecord>;
  messages: Map<string, MessageRecord>;
}

/** A SharePoint list item: `version` drives its ETag. */
export interface ListItemRecord {
  id: string;
  etagId: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
  extra: Record<string, unknown>;
}

/** A SharePoint list. */
export interface ListRecord {
  id: string;
  data: Record<string, unknown>;
  items: Map<string, ListItemRecord>;
  nextItemId: number;
}

/** A SharePoint site. */
export interface SiteRecord {
  id: string;
  data: Record<string, unknown>;
  lists: Map<string, ListRecord>;
}

/** The on-disk form of the mutable state (Maps become arrays). */
export interface PersistedState {
  format: "sandbox-state/1";
  /** Fingerprint of the tenant the state belongs to, so a different tenant does not load it. */
  tenantKey: string;
  mailboxes: (Omit<Mailbox, "contactFolders" | "contacts" | "events" | "messages"> & {
    contactFolders: ContactFolderRecord[];
    contacts: ContactRecord[];
    events: EventRecord[];
    messages: MessageRecord[];
  })[];
  sites: (Omit<SiteRecord, "lists"> & {
    lists: (Omit<ListRecord, "items"> & { items: ListItemRecord[] })[];
  })[];
}

function splitExtensions(list: TenantExtension[] | undefined): Extensions {
  const out: Extensions = {};
  for (const ext of list ?? []) {
    out[ext.extensionName] = omit(ext, ["extensionName", "@odata.type", "id"]);
  }
  return out;
}

/** Fills the event fields Graph always returns, keeping what the tenant wrote. */
export function eventDefaults(
  owner: TenantUser,
  id: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const start = data.start as { timeZone?: string } | undefined;
  const end = data.end as { timeZone?: string } | undefined;
  const organizer = {
    emailAddress: { name: owner.displayName, address: owner.mail ?? owner.userPrincipalName },
  };
  // Typed against Graph's event so the defaults cannot drift from the real shape.
  const defaults: Event = {
    categories: [],
    originalStartTimeZone: start?.timeZone ?? "UTC",
    originalEndTimeZone: end?.timeZone ?? "UTC",
    iCalUId: `040000008200E00074C5B7101A82E008${newGuid().replace(/-/g, "").toUpperCase()}`,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: "",
    bodyPreview: "",
    importance: "normal",
    sensitivity: "normal",
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: "busy",
    type: "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
    body: { contentType: "html", content: "" },
    location: {
      displayName: "",
      locationType: "default",
      uniqueIdType: "unknown",
      address: {},
      coordinates: {},
    },
    locations: [],
    recurrence: null,
    attendees: [],
    organizer,
    onlineMeeting: null,
  };
  return { ...defaults, ...data };
}

/** Fills the contact fields Graph returns. */
export function contactDefaults(data: Record<string, unknown>): Record<string, unknown> {
  const defaults: Contact = {
    categories: [],
    parentFolderId: "",
    birthday: null,
    fileAs: "",
    displayName: "",
    givenName: null,
    initials: null,
    middleName: null,
    nickName: null,
    surname: null,
    title: null,
    yomiGivenName: null,
    yomiSurname: null,
    yomiCompanyName: null,
    generation: null,
    imAddresses: [],
    jobTitle: null,
    companyName: null,
    department: null,
    officeLocation: null,
    profession: null,
    businessHomePage: null,
    assistantName: null,
    manager: null,
    homePhones: [],
    mobilePhone: null,
    businessPhones: [],
    spouseName: null,
    personalNotes: "",
    children: [],
    emailAddresses: [],
    homeAddress: {},
    businessAddress: {},
    otherAddress: {},
  };
  return { ...defaults, ...data };
}

/** Fills the message fields Graph returns. */
export function messageDefaults(
  owner: TenantUser,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const me = {
    emailAddress: { name: owner.displayName, address: owner.mail ?? owner.userPrincipalName },
  };
  const defaults: Message = {
    categories: [],
    receivedDateTime: null,
    sentDateTime: null,
    hasAttachments: false,
    internetMessageId: `<${newGuid()}@sandbox.example>`,
    subject: "",
    bodyPreview: "",
    importance: "normal",
    conversationId: newOutlookId(),
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: true,
    isDraft: true,
    webLink: "https://outlook.office365.com/owa/",
    inferenceClassification: "focused",
    body: { contentType: "text", content: "" },
    sender: me,
    from: me,
    toRecipients: [],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: "notFlagged" },
  };
  return { ...defaults, ...data };
}

/** The sandbox state of one tenant. */
export class SandboxState {
  readonly tenant: TenantFile;
  readonly directory: Directory;
  readonly mailboxes = new Map<string, Mailbox>();
  readonly sites = new Map<string, SiteRecord>();
  /** Switches set over `/_sandbox/quirks`; a reset (a new state) turns them back to the default. */
  quirks: Quirks = defaultQuirks();

  constructor(tenant: TenantFile, now: Date, persisted?: PersistedState) {
    this.tenant = tenant;
    this.directory = new Directory(tenant.users);
    if (persisted && persisted.tenantKey === tenantKey(tenant)) {
      this.restore(persisted);
    } else {
      this.seed(now);
    }
  }

  /** The mailbox of a user, created empty on first use (every tenant user has one). */
  mailbox(user: TenantUser): Mailbox {
    let box = this.mailboxes.get(user.id);
    if (!box) {
      const contactsFolderId = newOutlookId();
      box = {
        userId: user.id,
        contactsFolderId,
        mailFolderIds: { inbox: newOutlookId(), drafts: newOutlookId(), sentitems: newOutlookId() },
        contactFolders: new Map(),
        contacts: new Map(),
        events: new Map(),
        messages: new Map(),
      };
      this.mailboxes.set(user.id, box);
    }
    return box;
  }

  private seed(now: Date): void {
    const stamp = now.toISOString();
    for (const event of this.tenant.events ?? []) {
      const owner = this.directory.find(event.owner);
      if (!owner) continue;
      const { extensions, id } = event as TenantEvent;
      const data = omit(event, ["owner", "extensions", "id"]);
      const base = newItemIdentity(now, id);
      this.mailbox(owner).events.set(base.id, {
        ...base,
        data: eventDefaults(owner, base.id, data),
        extensions: splitExtensions(extensions),
      });
    }
    for (const [upn, contacts] of Object.entries(this.tenant.contacts ?? {})) {
      const owner = this.directory.find(upn);
      if (!owner) continue;
      const box = this.mailbox(owner);
      for (const contact of contacts) {
        const { folder, extensions, id, ...data } = contact as TenantContact;
        const folderId = folder ? this.contactFolderNamed(box, folder).id : box.contactsFolderId;
        const base = newItemIdentity(now, id);
        box.contacts.set(base.id, {
          ...base,
          folderId,
          data: contactDefaults({ ...data, parentFolderId: folderId }),
          extensions: splitExtensions(extensions),
        });
      }
    }
    for (const [upn, messages] of Object.entries(this.tenant.messages ?? {})) {
      const owner = this.directory.find(upn);
      if (!owner) continue;
      const box = this.mailbox(owner);
      for (const message of messages) {
        const { folder = "inbox", id, ...data } = message as TenantMessage;
        const base = newItemIdentity(now, id);
        box.messages.set(base.id, {
          ...base,
          folder,
          extensions: {},
          data: messageDefaults(owner, {
            isDraft: folder === "drafts",
            receivedDateTime: folder === "drafts" ? null : stamp,
            sentDateTime: folder === "drafts" ? null : stamp,
            ...data,
            parentFolderId: box.mailFolderIds[folder],
          }),
        });
      }
    }
    for (const site of this.tenant.sites ?? []) {
      const { lists = [], ...siteData } = site;
      const siteRecord: SiteRecord = { id: site.id, data: siteData, lists: new Map() };
      for (const list of lists) {
        const { items = [], ...listData } = list;
        const listRecord: ListRecord = {
          id: list.id,
          data: listData,
          items: new Map(),
          nextItemId: 1,
        };
        for (const item of items) {
          const { id, fields, ...extra } = item;
          listRecord.items.set(String(id), {
            id: String(id),
            etagId: newGuid(),
            version: 1,
            createdDateTime: stamp,
            lastModifiedDateTime: stamp,
            fields: { ...fields },
            extra,
          });
          const numeric = Number(id);
          if (Number.isInteger(numeric) && numeric >= listRecord.nextItemId) {
            listRecord.nextItemId = numeric + 1;
          }
        }
        siteRecord.lists.set(list.id, listRecord);
      }
      this.sites.set(site.id, siteRecord);
    }
  }

  /** The contact folder with that display name, created under "Contacts" when missing. */
  contactFolderNamed(box: Mailbox, displayName: string): ContactFolderRecord {
    for (const folder of box.contactFolders.values()) {
      if (folder.displayName.toLowerCase() === displayName.toLowerCase()) return folder;
    }
    const folder = { id: newOutlookId(), displayName, parentFolderId: box.contactsFolderId };
    box.contactFolders.set(folder.id, folder);
    return folder;
  }

  /** The mutable state in a JSON-safe form. */
  snapshot(): PersistedState {
    return {
      format: "sandbox-state/1",
      tenantKey: tenantKey(this.tenant),
      mailboxes: [...this.mailboxes.values()].map((box) => ({
        ...box,
        contactFolders: [...box.contactFolders.values()],
        contacts: [...box.contacts.values()],
        events: [...box.events.values()],
        messages: [...box.messages.values()],
      })),
      sites: [...this.sites.values()].map((site) => ({
        ...site,
        lists: [...site.lists.values()].map((list) => ({
          ...list,
          items: [...list.items.values()],
        })),
      })),
    };
  }

  private restore(persisted: PersistedState): void {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    for (const box of persisted.mailboxes) {
      this.mailboxes.set(box.userId, {
        ...box,
        contactFolders: byId(box.contactFolders),
        contacts: byId(box.contacts),
        events: byId(box.events),
        messages: byId(box.messages),
      });
    }
    for (const site of persisted.sites) {
      this.sites.set(site.id, {
        ...site,
        lists: new Map(site.lists.map((list) => [list.id, { ...list, items: byId(list.items) }])),
      });
    }
  }
}

/** Identifies a tenant by its organization and users, so saved state is never applied to another. */
export function tenantKey(tenant: TenantFile): string {
  const first = tenant.users[0];
  return `${tenant.organization?.id ?? "no-org"}:${tenant.users.length}:${first?.id ?? ""}`;
}
