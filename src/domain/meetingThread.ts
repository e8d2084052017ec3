// Which Teams meeting chat a calendar event's join link belongs to.

/**
 * The chat thread id (`19:meeting_…@thread.v2`) a Teams join link carries as the first path
 * segment after `/l/meetup-join/` (URL-encoded, sometimes twice by mail clients); null for any
 * other link. Graph's event gives the link (`onlineMeeting.joinUrl`,
 * api-reference/v1.0/resources/onlinemeetinginfo.md) and Teams gives the side panel the chat's id
 * (`context.chat.id`, msteams-docs tabs/how-to/access-teams-context.md): the two meet here.
 */
export function threadOfJoinUrl(joinUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return null;
  }
  const match = /\/l\/meetup-join\/([^/]+)/u.exec(url.pathname);
  if (!match?.[1]) return null;
  let thread = match[1];
  // Decode until stable (at most twice): "19%253ameeting" has been encoded twice.
  for (let i = 0; i < 2 && thread.includes("%"); i += 1) {
    try {
      thread = decodeURIComponent(thread);
    } catch {
      return null;
    }
  }
  return /^19:.+@thread\.(v2|skype|tacv2)$/u.test(thread) ? thread : null;
}

/** True when the two thread ids name one chat (Teams compares them without regard to case). */
export function sameThread(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
