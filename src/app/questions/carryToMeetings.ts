// Carries an edited question list to the prep sheets of the interview's upcoming meetings.
import type { ChosenQuestionRef, LinkedEvent } from "../../domain/interview";
import type { PrepQuestion } from "../../domain/prepSheet";
import { decodePrepSheetExtension, encodePrepSheetExtension } from "../../domain/prepSheet";
import { readEventPrep, writeEventPrep } from "../../graph/calendar";
import type { GraphClient } from "../../graph/client";
import { GraphError } from "../../graph/errors";
import { extensionData } from "../../graph/extensions";

/**
 * Rewrites the questions on each upcoming meeting's prep sheet (read, change, write: an extension
 * PATCH replaces everything). A question keeps its "asked" tick and answer by id; meetings already
 * over keep the questions they were held with; a meeting deleted in Outlook is skipped. Returns how
 * many sheets changed.
 */
export async function carryQuestionsToMeetings(
  graph: GraphClient,
  events: readonly LinkedEvent[],
  questions: readonly ChosenQuestionRef[],
  now: Date,
  signal?: AbortSignal,
): Promise<number> {
  let changed = 0;
  for (const event of events) {
    // A link written with its booking (no id yet) is carried once a write of the record has the id.
    if (Date.parse(event.end) <= now.getTime() || !event.eventId) continue;
    try {
      const raw = await readEventPrep(graph, event.eventId, signal);
      const sheet = raw ? decodePrepSheetExtension(raw) : null;
      if (!raw || !sheet) continue;
      const before = new Map(sheet.questions.map((q) => [q.id, q]));
      const next: PrepQuestion[] = questions.map((q) => ({
        ...before.get(q.id),
        id: q.id,
        text: q.text,
      }));
      const encoded = encodePrepSheetExtension({ ...sheet, questions: next });
      if (!encoded.ok) continue;
      const data = { ...raw, ...extensionData(encoded.value) };
      const written = await writeEventPrep(graph, event.eventId, data, true, signal);
      if (written.ok) changed += 1;
    } catch (error) {
      if (error instanceof GraphError && error.status === 404) continue;
      throw error;
    }
  }
  return changed;
}
