import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/locale";
import { draftCancelMail, draftRescheduleMail } from "../../src/domain/mail/cancelMail";
import type { MailDraft } from "../../src/domain/mail/draft";
import { escapeHtml, html, textToHtmlParagraphs } from "../../src/domain/mail/escape";
import type { InvitationInput } from "../../src/domain/mail/invitation";
import { buildInvitationBody } from "../../src/domain/mail/invitation";
import { draftRequestMail } from "../../src/domain/mail/requestMail";
import { draftThankYou, pickTakeaways } from "../../src/domain/mail/thankYou";
import type { Takeaways } from "../../src/domain/prepSheet";

/** A wall-clock time in a named zone, as an instant. */
function at(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}

const LOCALES: Locale[] = ["en", "fr-CA"];

// Names as hostile as a directory or a hand-typed contact can make them.
const hostileStudent = {
  displayName: `Avery <script>alert("x")</script> Chen`,
  program: "R&D <b>Eng</b>",
};
const hostileContact = {
  displayName: `Jordan "JJ" O'Neil & Co`,
  givenName: `<img src=x onerror=alert(1)>`,
};
const plainStudent = { displayName: "Avery Chen", program: "Environmental Engineering" };
const plainContact = { displayName: "Jordan Lee", givenName: "Jordan" };

/** The HTML body has no live markup from names and shows them escaped. */
function expectEscaped(draft: MailDraft) {
  expect(draft.htmlBody).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
  expect(draft.htmlBody).toContain("&lt;script&gt;");
  expect(draft.htmlBody).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  expect(draft.subject).not.toMatch(/[\r\n]/);
}

describe("escapeHtml and the html template", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
  });

  it("escapes every interpolation but our own markup", () => {
    const name = `<script>"&"</script>`;
    const inner = html`<em>${name}</em>`;
    expect(html`<p>${inner} ${["<i>", html`<br />`]} ${null} ${42}</p>`.html).toBe(
      "<p><em>&lt;script&gt;&quot;&amp;&quot;&lt;/script&gt;</em> &lt;i&gt;<br />  42</p>",
    );
  });

  it("does not trust a look-alike object from user data", () => {
    const forged = { html: "<script>evil()</script>", toString: () => "<script>evil()</script>" };
    const out = html`<p>${forged as unknown as string}</p>`.html;
    expect(out).not.toContain("<script>");
  });

  it("turns text into paragraphs and line breaks, escaped", () => {
    expect(textToHtmlParagraphs("Hi <you>,\r\nline two\n\n\nNext & last").html).toBe(
      "<p>Hi &lt;you&gt;,<br>line two</p><p>Next &amp; last</p>",
    );
  });
});

describe("draftRequestMail", () => {
  it.each(LOCALES)("escapes names in every part (%s)", (locale) => {
    const draft = draftRequestMail({
      locale,
      student: hostileStudent,
      contact: hostileContact,
      durationMinutes: 20,
      formats: ["teams"],
      proposedSlots: ["<b>Monday</b> & more"],
      referredBy: `Sam "<u>" Patel`,
    });
    expectEscaped(draft);
    expect(draft.htmlBody).toContain("&lt;b&gt;Monday&lt;/b&gt; &amp; more");
    expect(draft.textBody).toContain(`Sam "<u>" Patel`);
  });

  it("asks for a short conversation, not a job, at the contact's convenience (en)", () => {
    const draft = draftRequestMail({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      durationMinutes: 20,
      formats: ["teams", "in-person"],
      referredBy: "Sam Patel",
    });
    expect(draft.subject).toContain("20 minutes");
    expect(draft.textBody).toMatch(/^Hello Jordan,/);
    expect(draft.textBody).toContain("student in Environmental Engineering");
    expect(draft.textBody).toContain("Sam Patel suggested");
    expect(draft.textBody).toContain("not looking for a job");
    expect(draft.textBody).toContain("20 minutes");
    expect(draft.textBody).toContain("in person or on Microsoft Teams");
    expect(draft.textBody).toContain("flexible");
    expect(draft.textBody).not.toMatch(/resume|CV/i);
    expect(draft.textBody.trim().endsWith("Avery Chen")).toBe(true);
  });

  it("says the same in Canadian French, with proposed times listed (fr-CA)", () => {
    const draft = draftRequestMail({
      locale: "fr-CA",
      student: plainStudent,
      contact: plainContact,
      durationMinutes: 30,
      formats: ["in-person"],
      proposedSlots: ["mardi 1 décembre, 10 h 30 HNE", "jeudi 3 décembre, 14 h 30 HNE"],
    });
    expect(draft.textBody).toMatch(/^Bonjour Jordan,/);
    expect(draft.textBody).toContain("je ne cherche pas d'emploi");
    expect(draft.textBody).toContain("30 minutes");
    expect(draft.textBody).toContain("en personne");
    expect(draft.textBody).not.toContain("Teams");
    expect(draft.textBody).toContain("- mardi 1 décembre, 10 h 30 HNE");
    expect(draft.htmlBody).toContain("<li>jeudi 3 décembre, 14 h 30 HNE</li>");
  });

  it("keeps the text and HTML bodies saying the same thing (en)", () => {
    const draft = draftRequestMail({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      durationMinutes: 30,
      formats: ["teams"],
    });
    const htmlAsText = draft.htmlBody
      .replace(/<br>/g, "\n")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, " ")
      .trim();
    expect(htmlAsText).toBe(draft.textBody.replace(/\s+/g, " ").trim());
  });
});

describe("buildInvitationBody", () => {
  it.each(LOCALES)("escapes names and the place (%s)", (locale) => {
    const body = buildInvitationBody({
      locale,
      student: hostileStudent,
      contact: hostileContact,
      durationMinutes: 30,
      joinInfo: { format: "in-person", location: `Room <script>1</script> & "B"` },
    });
    expectEscaped({ ...body });
    expect(body.textBody).toContain(`Room <script>1</script> & "B"`);
  });

  it("has thanks, purpose, a three-point agenda and the promise to keep time (en)", () => {
    const body = buildInvitationBody({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      durationMinutes: 20,
      joinInfo: { format: "teams" },
    });
    expect(body.textBody).toContain("Thank you, Jordan");
    expect(body.textBody).toContain("not asking for a job");
    expect(body.textBody.match(/^- /gm)).toHaveLength(3);
    expect(body.htmlBody.match(/<li>/g)).toHaveLength(3);
    expect(body.textBody).toContain("keep to the 20 minutes");
    expect(body.textBody).toContain("Microsoft Teams");
    expect(body.subject).toBe("Information interview: Jordan Lee and Avery Chen");
  });

  it("never carries private notes or questions, even if a caller passes them (fr-CA)", () => {
    const careless = {
      locale: "fr-CA",
      student: plainStudent,
      contact: plainContact,
      durationMinutes: 30,
      notes: "PRIVATE: salary is low, ask about layoffs",
      questions: [{ id: "q1", text: "PRIVATE question about the layoffs" }],
    } as InvitationInput;
    const body = buildInvitationBody(careless);
    expect(body.textBody + body.htmlBody + body.subject).not.toContain("PRIVATE");
    expect(body.textBody).toContain("Merci, Jordan");
    expect(body.textBody).toContain("respecter les 30 minutes");
  });
});

const takeaways: Takeaways = {
  notes: [
    "- good chat",
    "",
    "- Start in a co-op at a consulting firm like Golder before specialising",
    "   ",
    "- The P.Eng. takes 4 years of supervised experience after graduating",
    "- nice office",
  ].join("\n"),
  answers: { q1: "Mostly site visits", q2: "" },
  referrals: [{ name: "Priya Shah", email: "priya@northfield.example" }],
};

describe("pickTakeaways", () => {
  it("keeps the two most specific lines, in the order they were written", () => {
    expect(pickTakeaways(takeaways)).toEqual([
      "Start in a co-op at a consulting firm like Golder before specialising",
      "The P.Eng. takes 4 years of supervised experience after graduating",
    ]);
  });

  it("ignores empty notes and falls back to short lines when nothing longer exists", () => {
    expect(pickTakeaways({ notes: "\n  \n", answers: {}, referrals: [] })).toEqual([]);
    expect(pickTakeaways({ notes: "Networking", answers: { a: "" }, referrals: [] })).toEqual([
      "Networking",
    ]);
  });

  it("shortens a very long line at a word boundary", () => {
    const long = "Learn ".repeat(60).trim();
    const [line] = pickTakeaways({ notes: long, answers: {}, referrals: [] });
    expect(line!.length).toBeLessThanOrEqual(180);
    expect(line!.endsWith("Learn…")).toBe(true);
  });
});

describe("draftThankYou", () => {
  const meetingDate = at("2026-12-01T10:30", "America/Toronto");

  it("names what was learned and the referral, and says 'yesterday' the next day (America/Toronto, en)", () => {
    const draft = draftThankYou({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      takeaways,
      meetingDate,
      zone: "America/Toronto",
      now: at("2026-12-02T08:00", "America/Toronto"),
    });
    expect(draft.subject).toBe("Thank you for your time, Jordan");
    expect(draft.textBody).toContain("talk with me yesterday");
    expect(draft.textBody).toContain("- Start in a co-op at a consulting firm like Golder");
    expect(draft.textBody).toContain("- The P.Eng. takes 4 years");
    expect(draft.textBody).not.toContain("nice office");
    expect(draft.textBody).toContain("suggesting I speak with Priya Shah");
  });

  it("speaks of the day in the student's zone: late evening in Vancouver is 'today' (America/Vancouver)", () => {
    const draft = draftThankYou({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      takeaways,
      meetingDate: at("2026-12-01T21:00", "America/Vancouver"), // already Dec 2 in UTC
      zone: "America/Vancouver",
      now: at("2026-12-01T23:30", "America/Vancouver"),
    });
    expect(draft.textBody).toContain("talk with me today");
  });

  it("writes the date when drafted later, in French (America/Montreal, fr-CA)", () => {
    const draft = draftThankYou({
      locale: "fr-CA",
      student: plainStudent,
      contact: plainContact,
      takeaways: { ...takeaways, referrals: [{ name: "Priya Shah" }, { name: "Luc Gagnon" }] },
      meetingDate,
      zone: "America/Montreal",
      now: at("2026-12-05T09:00", "America/Montreal"),
    });
    expect(draft.textBody).toContain("avec moi le mardi 1 décembre");
    expect(draft.textBody).toContain("Deux choses que je retiens");
    expect(draft.textBody).toContain("parler à Priya Shah et Luc Gagnon");
  });

  it("leaves out the takeaways paragraph when there are none (en)", () => {
    const draft = draftThankYou({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      takeaways: { notes: "", answers: {}, referrals: [] },
      meetingDate,
      zone: "America/Toronto",
    });
    expect(draft.textBody).not.toContain("taking away");
    expect(draft.textBody).not.toContain("suggesting");
    expect(draft.textBody).toContain("on Tuesday, December 1");
  });

  it.each(LOCALES)("escapes names, takeaways and referrals (%s)", (locale) => {
    const draft = draftThankYou({
      locale,
      student: hostileStudent,
      contact: hostileContact,
      takeaways: {
        notes: `Use <script>steal()</script> & "quotes" in the lab every day`,
        answers: {},
        referrals: [{ name: `<b>Bold</b> & "Co"` }],
      },
      meetingDate,
      zone: "America/Toronto",
    });
    expectEscaped(draft);
    expect(draft.htmlBody).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;");
  });
});

describe("cancel and reschedule mails", () => {
  const meetingStart = at("2026-12-01T10:30", "America/Halifax");

  it("cancels with the time on the contact's clock and offers another time (America/Halifax, en)", () => {
    const draft = draftCancelMail({
      locale: "en",
      student: plainStudent,
      contact: plainContact,
      meetingStart,
      zone: "America/Halifax",
    });
    expect(draft.subject).toBe("Cancelling our conversation on Tuesday, December 1");
    expect(draft.textBody).toContain("Tuesday, December 1, 10:30 a.m. AST");
    expect(draft.textBody).toContain("another time");
  });

  it("can cancel without offering another time (America/Halifax, fr-CA)", () => {
    const draft = draftCancelMail({
      locale: "fr-CA",
      student: plainStudent,
      contact: plainContact,
      meetingStart,
      zone: "America/Halifax",
      offerAnotherTime: false,
    });
    expect(draft.textBody).toContain(
      "annuler notre conversation prévue le mardi 1 décembre, 10 h 30 HNA",
    );
    expect(draft.textBody).not.toContain("autre moment");
  });

  it("proposes new times when moving (America/Halifax, en and fr-CA)", () => {
    for (const locale of LOCALES) {
      const draft = draftRescheduleMail({
        locale,
        student: plainStudent,
        contact: plainContact,
        meetingStart,
        zone: "America/Halifax",
        proposedSlots: ["Thursday, December 3, 2:30 p.m. AST"],
      });
      expect(draft.textBody).toContain("- Thursday, December 3, 2:30 p.m. AST");
      expect(draft.htmlBody).toContain("<li>Thursday, December 3, 2:30 p.m. AST</li>");
    }
  });

  it.each(LOCALES)("escapes names (%s)", (locale) => {
    for (const draft of [
      draftCancelMail({
        locale,
        student: hostileStudent,
        contact: hostileContact,
        meetingStart,
        zone: "America/Halifax",
      }),
      draftRescheduleMail({
        locale,
        student: hostileStudent,
        contact: hostileContact,
        meetingStart,
        zone: "America/Halifax",
      }),
    ]) {
      expectEscaped(draft);
    }
  });
});

describe("no template carries private notes", () => {
  // Callers hold research notes and questions next to the mail inputs; a careless spread must not
  // leak them, because no template reads anything it was not designed to.
  const privateBits = {
    researchNotes: "PRIVATE research: salary band 80k",
    notes: "PRIVATE note about the layoffs",
    questions: [{ id: "q1", text: "PRIVATE question" }],
  };
  const meetingStart = at("2026-12-01T10:30", "America/Toronto");

  it.each(LOCALES)("request, thank-you, cancel and reschedule (%s)", (locale) => {
    const common = { locale, student: plainStudent, contact: plainContact, ...privateBits };
    const drafts: MailDraft[] = [
      draftRequestMail({ ...common, durationMinutes: 20, formats: ["teams"] }),
      draftThankYou({
        ...common,
        takeaways: { notes: "Start with a co-op term", answers: {}, referrals: [] },
        meetingDate: meetingStart,
        zone: "America/Toronto",
      }),
      draftCancelMail({ ...common, meetingStart, zone: "America/Toronto" }),
      draftRescheduleMail({ ...common, meetingStart, zone: "America/Toronto" }),
    ];
    for (const draft of drafts) {
      expect(draft.subject + draft.textBody + draft.htmlBody).not.toContain("PRIVATE");
    }
  });
});
