// The hostile corpus through every mail body the product drafts: markup stays text, nothing links,
// placeholders stay literal, control characters and bidi overrides never leak into our wording.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/locale";
import { draftCancelMail, draftRescheduleMail } from "../../src/domain/mail/cancelMail";
import type { MailDraft } from "../../src/domain/mail/draft";
import { buildInvitationBody } from "../../src/domain/mail/invitation";
import { draftRequestMail } from "../../src/domain/mail/requestMail";
import { draftThankYou } from "../../src/domain/mail/thankYou";
import { CORPUS, LAYOUT, liveMarkupIn, type HostileSample } from "../hostile/corpus";

const LOCALES: Locale[] = ["en", "fr-CA"];
const MEETING = new Date("2026-12-01T15:00:00Z");

/** Our templates' own tags; anything else that looks like a tag came from user data. */
const OUR_TAGS = /<\/?(?:div|p|ul|li)>|<br \/>/g;

/** C0/C1 control characters other than the line breaks and tab a text body may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * How many bidi embeddings, overrides or isolates a piece of text leaves open at its end: an open
 * override reverses whatever our template says after it.
 */
function openBidi(text: string): number {
  let embeds = 0;
  let isolates = 0;
  for (const ch of text) {
    if (/[\u202A\u202B\u202D\u202E]/u.test(ch)) embeds += 1;
    else if (ch === "\u202C") embeds = Math.max(0, embeds - 1);
    else if (/[\u2066-\u2068]/u.test(ch)) isolates += 1;
    else if (ch === "\u2069") isolates = Math.max(0, isolates - 1);
  }
  return embeds + isolates;
}

/** Every drafted mail, with the sample in every field the user or the directory controls. */
function draftsWith(text: string, locale: Locale): Record<string, MailDraft> {
  const student = { displayName: text, program: text };
  const contact = { displayName: text, givenName: text };
  const change = { locale, student, contact, meetingStart: MEETING, zone: "America/Toronto" };
  return {
    request: draftRequestMail({
      locale,
      student,
      contact,
      durationMinutes: 20,
      formats: ["teams", "in-person"],
      proposedSlots: [text, "Tuesday, December 1, 10:30 a.m. EST"],
      referredBy: text,
    }),
    invitation: buildInvitationBody({
      locale,
      student,
      contact,
      durationMinutes: 20,
      joinInfo: { format: "in-person", location: text },
    }),
    thankYou: draftThankYou({
      locale,
      student,
      contact,
      takeaways: {
        notes: `${text} is what I learned about the Tuesday rotation`,
        answers: { q1: text },
        referrals: [{ name: text, email: "x@example.org", note: text }],
      },
      meetingDate: MEETING,
      zone: "America/Toronto",
      now: new Date("2026-12-01T20:00:00Z"),
    }),
    cancel: draftCancelMail(change),
    reschedule: draftRescheduleMail({ ...change, proposedSlots: [text] }),
  };
}

/** The text a one-line field should come out as (line breaks collapsed). */
function asOneLine(sample: HostileSample): string {
  return sample.text.replace(/\s+/g, " ").trim();
}

// Layout samples are checked for what they may break (controls, bidi), not for a verbatim copy.
const VERBATIM = CORPUS.filter((s) => !LAYOUT.includes(s));

describe.each(LOCALES)("mail bodies with hostile input (%s)", (locale) => {
  it.each(CORPUS.map((s) => [s.name, s] as const))(
    "%s: the HTML body has only our own tags, no link and no handler",
    (_name, sample) => {
      for (const [kind, draft] of Object.entries(draftsWith(sample.text, locale))) {
        expect(liveMarkupIn(draft.htmlBody), kind).toEqual([]);
        expect(draft.htmlBody.replace(OUR_TAGS, ""), kind).not.toMatch(/[<>]/u);
      }
    },
  );

  it.each(VERBATIM.map((s) => [s.name, s] as const))(
    "%s: kept word for word in the text body, placeholders not expanded",
    (_name, sample) => {
      const drafts = draftsWith(sample.text, locale);
      for (const kind of ["request", "invitation", "thankYou"] as const) {
        expect(drafts[kind]!.textBody, kind).toContain(asOneLine(sample));
      }
      expect(drafts.request!.subject).not.toContain("undefined");
    },
  );

  it.each(LAYOUT.map((s) => [s.name, s] as const))(
    "%s: no control character, and no bidi override left open in a subject, line or paragraph",
    (_name, sample) => {
      for (const [kind, draft] of Object.entries(draftsWith(sample.text, locale))) {
        expect(draft.subject, kind).not.toMatch(CONTROL);
        expect(draft.htmlBody, kind).not.toMatch(CONTROL);
        expect(draft.textBody.replace(/[\n\t]/gu, ""), kind).not.toMatch(CONTROL);
        expect(openBidi(draft.subject), `${kind} subject`).toBe(0);
        for (const line of draft.textBody.split("\n")) {
          expect(openBidi(line), `${kind}: ${line.slice(0, 80)}`).toBe(0);
        }
      }
    },
  );
});

describe("a bidi override in a name", () => {
  it("is closed right after the name, before the greeting's comma", () => {
    const draft = draftRequestMail({
      locale: "en",
      student: { displayName: "Avery" },
      contact: { displayName: "x", givenName: "abc\u202Eevil" },
      durationMinutes: 20,
      formats: ["teams"],
    });
    expect(draft.textBody.split("\n")[0]).toBe("Hello abc\u202Eevil\u202C,");
  });

  it("keeps a balanced override as typed", () => {
    const draft = draftRequestMail({
      locale: "en",
      student: { displayName: "Avery" },
      contact: { displayName: "x", givenName: "a\u2067b\u2069c" },
      durationMinutes: 20,
      formats: ["teams"],
    });
    expect(draft.textBody.split("\n")[0]).toBe("Hello a\u2067b\u2069c,");
  });
});

describe("a takeaway shortened in the thank-you", () => {
  it("does not cut off the end of an override it opened", () => {
    const long = `Learned \u202E${"word ".repeat(60)}\u202C from the team`;
    const draft = draftThankYou({
      locale: "en",
      student: { displayName: "Avery" },
      contact: { displayName: "Jordan" },
      takeaways: { notes: long, answers: {}, referrals: [] },
      meetingDate: MEETING,
      zone: "UTC",
    });
    const bullet = draft.textBody.split("\n").find((l) => l.startsWith("- Learned"));
    expect(bullet).toBeDefined();
    expect(bullet).toContain("…");
    expect(openBidi(bullet!)).toBe(0);
  });
});
