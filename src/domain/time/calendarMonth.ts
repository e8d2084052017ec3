// The calendar month an instant falls in on a zone's wall clock, which is not always UTC's month.

/** "YYYY-MM" of an instant on the wall calendar of `timeZone` (IANA), or of the runtime's zone. */
export function monthOf(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(instant);
  const year = parts.find((p) => p.type === "year")?.value ?? "";
  const month = parts.find((p) => p.type === "month")?.value ?? "";
  return `${year}-${month}`;
}
