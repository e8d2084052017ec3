// A person as the product sees one: in a mail header, the directory, or the volunteer list.

/** A name and address as mail headers and calendar attendees carry them. */
export interface MailPerson {
  displayName: string;
  emailAddress: string;
}

/** Normalises an address for comparing people: SMTP addresses are case-insensitive in practice. */
export function addressKey(emailAddress: string): string {
  return emailAddress.trim().toLowerCase();
}

/** Removes repeats (same address) and blank addresses, keeping the first occurrence's name. */
export function uniquePeople(people: readonly MailPerson[]): MailPerson[] {
  const seen = new Set<string>();
  const out: MailPerson[] = [];
  for (const person of people) {
    const key = addressKey(person.emailAddress);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(person);
  }
  return out;
}

/** Initials for an avatar when there is no photo: first letters of the first and last words. */
export function initialsOf(displayName: string): string {
  const words = displayName
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  const first = words[0];
  if (!first) return "?";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string) => (w.match(/\p{L}/u)?.[0] ?? "").toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : "");
}
