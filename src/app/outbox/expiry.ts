// How long unsent text waits on a device before it is dropped.

/**
 * Seven days. Long enough for a weekend or a short trip offline; after that the text is more
 * likely to overwrite something newer typed elsewhere (it would come back as a conflict to settle)
 * than to rescue anything, and on a shared computer private notes should not linger for months.
 */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether an entry typed at `typedAt` (ISO instant) is too old to send. Unreadable times are. */
export function outboxEntryExpired(typedAt: string, now: Date): boolean {
  const typed = Date.parse(typedAt);
  return !Number.isFinite(typed) || now.getTime() - typed > OUTBOX_MAX_AGE_MS;
}
