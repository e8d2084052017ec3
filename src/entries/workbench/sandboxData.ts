// What the workbench reads from the sandbox to dress its simulated Outlook: people and events.
import { zoneOrFallback } from "../../domain/time/zoneNames";
import type { OfficeEmailAddress } from "../../hosts/outlook/officeApi";
import type { SimulatedItem } from "./simulatedOffice";

interface GraphPerson {
  displayName?: string;
  scoredEmailAddresses?: Array<{ address?: string }>;
}

async function sandboxToken(origin: string, upn: string): Promise<string> {
  const response = await fetch(`${origin}/_sandbox/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  if (!response.ok) throw new Error(`no sandbox token for ${upn}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function graphGet<T>(origin: string, token: string, path: string): Promise<T> {
  const response = await fetch(`${origin}/v1.0${path}`, {
    headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' },
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export interface WorkbenchData {
  me: OfficeEmailAddress;
  inbox: SimulatedItem[];
}

const SUBJECTS = [
  "Re: Your question about my work",
  "Happy to chat next week",
  "Career fair follow-up",
  "Introduction from the career centre",
  "Thanks for reaching out",
  "Quick note",
];

/** The persona and a small inbox of messages from the people they work with (or `from`). */
export async function loadWorkbenchData(
  origin: string,
  upn: string,
  from: string | null,
): Promise<WorkbenchData> {
  const token = await sandboxToken(origin, upn);
  const me = await graphGet<{ displayName: string; mail?: string; userPrincipalName: string }>(
    origin,
    token,
    "/me?$select=displayName,mail,userPrincipalName",
  );
  const self = { displayName: me.displayName, emailAddress: me.mail ?? me.userPrincipalName };
  const people = await graphGet<{ value: GraphPerson[] }>(
    origin,
    token,
    "/me/people?$top=6&$select=displayName,scoredEmailAddresses",
  ).catch(() => ({ value: [] as GraphPerson[] }));
  const senders: OfficeEmailAddress[] = people.value.flatMap((p) => {
    const address = p.scoredEmailAddresses?.[0]?.address;
    return address ? [{ displayName: p.displayName ?? address, emailAddress: address }] : [];
  });
  if (senders.length < 3) {
    // A persona with few relevant people still gets an inbox: colleagues from the directory.
    const users = await graphGet<{ value: Array<{ displayName?: string; mail?: string }> }>(
      origin,
      token,
      "/users?$top=8&$select=displayName,mail",
    ).catch(() => ({ value: [] }));
    for (const user of users.value) {
      if (user.mail && user.mail !== self.emailAddress && senders.length < 6) {
        senders.push({ displayName: user.displayName ?? user.mail, emailAddress: user.mail });
      }
    }
  }
  if (from) {
    // By mail or UPN: Graph takes no mail as a /users/{key} (user-get.md), and `from` is a mail.
    const literal = `'${from.replace(/'/gu, "''")}'`;
    const found = await graphGet<{ value: Array<{ displayName?: string }> }>(
      origin,
      token,
      `/users?$filter=${encodeURIComponent(`mail eq ${literal} or userPrincipalName eq ${literal}`)}&$select=displayName`,
    ).catch(() => null);
    senders.unshift({ displayName: found?.value[0]?.displayName ?? from, emailAddress: from });
  }
  const inbox: SimulatedItem[] = senders.map((sender, index) => ({
    kind: "message",
    itemId: `workbench-message-${index}`,
    subject: SUBJECTS[index % SUBJECTS.length] ?? "",
    from: sender,
    to: [self],
    cc: [],
  }));
  return { me: self, inbox };
}

interface GraphEvent {
  id: string;
  subject?: string;
  start: { dateTime: string };
  end: { dateTime: string };
  organizer?: { emailAddress?: { name?: string; address?: string } };
  attendees?: Array<{ emailAddress?: { name?: string; address?: string } }>;
}

/** An event of the persona's calendar as the appointment item Outlook would show. */
export async function loadAppointment(
  origin: string,
  upn: string,
  eventId: string,
): Promise<SimulatedItem> {
  const token = await sandboxToken(origin, upn);
  const event = await graphGet<GraphEvent>(
    origin,
    token,
    `/me/events/${encodeURIComponent(eventId)}?$select=subject,start,end,organizer,attendees`,
  );
  const person = (e?: { name?: string; address?: string }) => ({
    displayName: e?.name ?? e?.address ?? "",
    emailAddress: e?.address ?? "",
  });
  return {
    kind: "appointment",
    itemId: event.id,
    subject: event.subject ?? "",
    organizer: person(event.organizer?.emailAddress),
    attendees: (event.attendees ?? []).map((a) => person(a.emailAddress)),
    start: new Date(`${event.start.dateTime.replace(/(\.\d+)?Z?$/, "")}Z`),
    end: new Date(`${event.end.dateTime.replace(/(\.\d+)?Z?$/, "")}Z`),
  };
}

/** The persona's mailbox time zone (IANA), in which Outlook shows an item's times. */
export async function loadMailboxZone(origin: string, upn: string): Promise<string> {
  const token = await sandboxToken(origin, upn);
  const settings = await graphGet<{ timeZone?: string }>(
    origin,
    token,
    "/me/mailboxSettings?$select=timeZone",
  );
  return zoneOrFallback(settings.timeZone);
}

/**
 * The meeting chat of an online meeting, as Teams knows it: the thread id inside the event's join
 * URL (`…/meetup-join/19%3ameeting_…%40thread.v2/…`). Null for an event without a Teams meeting.
 */
export async function loadMeetingChatId(
  origin: string,
  upn: string,
  eventId: string,
): Promise<string | null> {
  const token = await sandboxToken(origin, upn);
  const event = await graphGet<{ onlineMeeting?: { joinUrl?: string } | null }>(
    origin,
    token,
    `/me/events/${encodeURIComponent(eventId)}?$select=onlineMeeting`,
  );
  const joinUrl = event.onlineMeeting?.joinUrl;
  if (!joinUrl) return null;
  const thread = /meetup-join\/([^/?]+)/.exec(joinUrl)?.[1];
  return thread ? decodeURIComponent(thread) : null;
}
