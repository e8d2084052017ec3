// The transaction id of a booking in progress, kept in localStorage so a retry or a reload reuses
// it.

/** One booking attempt: which slot, and the id Graph de-duplicates the event POST with. */
export interface BookingAttempt {
  contactId: string;
  /** ISO instant of the slot's start. */
  start: string;
  transactionId: string;
}

const PREFIX = "informationInterviews.bookingAttempt.";

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The attempt for this contact and slot: the stored one when the user is booking the same slot
 * again (after a failure or a reload), else a new one with a fresh transaction id, stored before
 * the POST leaves so a lost answer can be replayed safely.
 */
export function beginBookingAttempt(
  contactId: string,
  start: Date,
  newId: () => string = () => crypto.randomUUID(),
  storage: Storage | null = store(),
): BookingAttempt {
  const key = PREFIX + contactId;
  try {
    const saved = storage?.getItem(key);
    if (saved) {
      const parsed = JSON.parse(saved) as Partial<BookingAttempt>;
      if (parsed.start === start.toISOString() && typeof parsed.transactionId === "string") {
        return { contactId, start: parsed.start, transactionId: parsed.transactionId };
      }
    }
  } catch {
    // A damaged entry is replaced below.
  }
  const attempt: BookingAttempt = { contactId, start: start.toISOString(), transactionId: newId() };
  try {
    storage?.setItem(key, JSON.stringify(attempt));
  } catch {
    // Without storage the id still covers the client's own retries of this POST.
  }
  return attempt;
}

/** Forgets the attempt once the booking is recorded (the next booking gets a new id). */
export function endBookingAttempt(contactId: string, storage: Storage | null = store()): void {
  try {
    storage?.removeItem(PREFIX + contactId);
  } catch {
    // Nothing to forget.
  }
}
