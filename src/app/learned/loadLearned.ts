// Reads the prep sheets of every booked interview, for "What I've learned", in as few round trips
// as the read queue allows.
import type { LearnedMeeting } from "../../domain/learned";
import type { GraphClient } from "../../graph/client";
import { GraphError } from "../../graph/errors";
import type { Interview } from "../interviews/interviews";
import { loadLinkedMeeting } from "../meeting/meetingEvent";

/**
 * The meetings linked in `interviews`' records that carry a prep sheet, each once. Every event read
 * starts in the same task, so the read queue sends them together as `$batch` round trips (20
 * events each) rather than one request per meeting. An event deleted since it was booked (404) is
 * skipped, not a failure: its takeaways went with it.
 */
export async function loadLearnedMeetings(
  graph: GraphClient,
  interviews: readonly Interview[],
  signal?: AbortSignal,
): Promise<LearnedMeeting[]> {
  const links = interviews.flatMap((interview) =>
    interview.record.events
      .filter((linked) => linked.eventId || linked.transactionId)
      .map((linked) => ({ interview, linked })),
  );
  const found = await Promise.all(
    links.map(({ linked }) =>
      loadLinkedMeeting(graph, linked, signal).catch((error: unknown) => {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }),
    ),
  );
  const seen = new Set<string>();
  const meetings: LearnedMeeting[] = [];
  found.forEach((meeting, index) => {
    const link = links[index];
    if (!meeting?.sheet || !link || seen.has(meeting.event.id)) return;
    seen.add(meeting.event.id);
    const { record } = link.interview;
    const learned: LearnedMeeting = {
      eventId: meeting.event.id,
      contactId: record.contactId,
      who: record.displayName,
      when: meeting.event.start?.toISOString() ?? (link.linked.start || null),
      sheet: meeting.sheet,
    };
    if (record.jobTitle) learned.jobTitle = record.jobTitle;
    if (record.organisation) learned.organisation = record.organisation;
    meetings.push(learned);
  });
  return meetings;
}
