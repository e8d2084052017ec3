// Switches for answers Graph's docs leave open: tests choose which of the documented readings the
// sandbox gives.
import { badRequest } from "./http";

/** The switchable behaviours, as `POST /_sandbox/quirks` takes and answers them. */
export interface Quirks {
  /**
   * getSchedule writes scheduleItems' status capitalised ("Busy", "Tentative", "Oof",
   * "WorkingElsewhere", "Free") as concepts/outlook-schedule-free-busy.md shows them, instead of
   * the lower-case values of api-reference/v1.0/resources/freebusystatus (and scheduleitem.md).
   */
  capitalisedFreeBusy: boolean;
  /**
   * What a repeated event POST with a transactionId already used answers. event.md and
   * user-post-events.md say only that Graph avoids the redundant POST: "first-event" answers 201
   * with the event the first POST made; "error" answers 409 `ErrorDuplicateTransactionId`.
   */
  repeatedTransactionId: "first-event" | "error";
}

/** The default: documented lower-case statuses, and the first event on a repeat. */
export function defaultQuirks(): Quirks {
  return { capitalisedFreeBusy: false, repeatedTransactionId: "first-event" };
}

/** Applies a `POST /_sandbox/quirks` body to `quirks`; an unknown field or value is refused. */
export function applyQuirks(quirks: Quirks, body: unknown): Quirks {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badRequest("Body must be an object of quirk switches.", "invalid_request");
  }
  const next = { ...quirks };
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === "capitalisedFreeBusy" && typeof value === "boolean") {
      next.capitalisedFreeBusy = value;
    } else if (key === "repeatedTransactionId" && (value === "first-event" || value === "error")) {
      next.repeatedTransactionId = value;
    } else {
      throw badRequest(
        `Unknown quirk or value: ${key}=${JSON.stringify(value)}.`,
        "invalid_request",
      );
    }
  }
  return next;
}
