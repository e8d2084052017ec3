// Calling and keeping in touch: the call script, Teams' links, the record's new fields and the
// pipeline's next actions for them.
import { describe, expect, it } from "vitest";
import { callScript, teamsCallLink, teamsChatLink } from "../../src/domain/callScript";
import {
  decodeInterviewExtension,
  encodeInterviewExtension,
  type InterviewRecord,
  type Stage,
} from "../../src/domain/interview";
import { draftKeepInTouch } from "../../src/domain/mail/keepInTouch";
import {
  addMonths,
  applyStageEvent,
  keepInTouchDue,
  pipelineStage,
  pipelineStageIndex,
  nextAction,
  sortByUrgency,
} from "../../src/domain/pipeline";

function record(stage: Stage, extra: Partial<InterviewRecord> = {}): InterviewRecord {
  return {
    contactId: "c1",
    displayName: "Jordan Lee",
    emailAddress: "jordan@northfield.example",
    source: "directory",
    stage,
    questions: [],
    events: [],
    updatedAt: "2026-11-01T12:00:00.000Z",
    ...extra,
  };
}

describe("call script", () => {
  const base = {
    student: { displayName: "Avery Chen", program: "Environmental Science" },
    contact: { displayName: "Jordan Lee", givenName: "Jordan" },
    durationMinutes: 20,
    referredBy: "Sam Roy",
  };

  it("says who, why, how long and that no job is asked for, in English", () => {
    const script = callScript({ ...base, locale: "en" });
    const text = script.lines.join(" ");
    expect(text).toContain(
      "Hello Jordan, my name is Avery Chen, a student in Environmental Science.",
    );
    expect(text).toContain("Sam Roy suggested I call you.");
    expect(text).toContain("I am not looking for a job");
    expect(text).toContain("about 20 minutes");
    expect(script.voicemail).toContain("I am not asking for a job");
  });

  it("says the same in Canadian French", () => {
    const script = callScript({ ...base, locale: "fr-CA" });
    const text = script.lines.join(" ");
    expect(text).toContain(
      "Bonjour Jordan, je m'appelle Avery Chen et j'étudie en Environmental Science.",
    );
    expect(text).toContain("Sam Roy m'a suggéré de vous appeler.");
    expect(text).toContain("Je ne cherche pas d'emploi");
    expect(text).toContain("environ 20 minutes");
    expect(script.voicemail).toContain("je ne cherche pas d'emploi");
  });

  it("keeps names on one line and leaves out a missing program or referrer", () => {
    const script = callScript({
      locale: "en",
      student: { displayName: "Avery\nChen" },
      contact: { displayName: "Jordan Lee" },
      durationMinutes: 15,
    });
    expect(script.lines[0]).toBe("Hello Jordan Lee, my name is Avery Chen.");
  });
});

describe("Teams links", () => {
  it("builds the call and chat links for a sign-in name", () => {
    expect(teamsCallLink("jordan.lee@northfield.example")).toBe(
      "https://teams.microsoft.com/l/call/0/0?users=jordan.lee%40northfield.example",
    );
    expect(teamsChatLink(" jordan.lee@northfield.example ")).toBe(
      "https://teams.microsoft.com/l/chat/0/0?users=jordan.lee%40northfield.example",
    );
  });

  it("encodes markup, quotes and link syntax, so nothing leaks into the URL or an attribute", () => {
    const link = teamsCallLink(`o'neil"<b>&x=1#y@northfield.example`) ?? "";
    expect(link.startsWith("https://teams.microsoft.com/l/call/0/0?users=")).toBe(true);
    expect(link).not.toMatch(/[<>"'#]|&x=/u);
    const users = new URL(link).searchParams.get("users");
    expect(users).toBe(`o'neil"<b>&x=1#y@northfield.example`);
  });

  it("gives no link for what would name someone else or no one", () => {
    for (const bad of [
      "",
      null,
      undefined,
      "not an address",
      "a@b.example,c@d.example",
      "a@b.example\u0000",
      "jordan@localhost",
      "two words@x.example",
    ]) {
      expect(teamsCallLink(bad), String(bad)).toBeNull();
      expect(teamsChatLink(bad), String(bad)).toBeNull();
    }
  });
});

describe("the record keeps calls and the keep-in-touch choice", () => {
  it("encodes and decodes calledAt and keepInTouch", () => {
    const fields = {
      ...record("requested"),
      calledAt: "2026-11-02T15:00:00.000Z",
      keepInTouch: { months: 6 as const, draftedAt: "2027-05-01T12:00:00.000Z" },
    };
    const encoded = encodeInterviewExtension(fields);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    const decoded = decodeInterviewExtension(JSON.parse(JSON.stringify(encoded.value)));
    expect(decoded.calledAt).toBe("2026-11-02T15:00:00.000Z");
    expect(decoded.keepInTouch).toEqual({ months: 6, draftedAt: "2027-05-01T12:00:00.000Z" });
  });

  it("reads an old record without them as never called, default reminder", () => {
    const old = decodeInterviewExtension({
      kind: "interview",
      version: 1,
      stage: "thanked",
      source: "directory",
      questions: "[]",
      events: "[]",
      updatedAt: "2026-01-01T00:00:00.000Z",
    });
    expect(old.calledAt).toBeUndefined();
    expect(old.keepInTouch).toBeUndefined();
    const encoded = encodeInterviewExtension(old);
    expect(encoded.ok && "calledAt" in encoded.value).toBe(false);
    expect(encoded.ok && "keepInTouch" in encoded.value).toBe(false);
  });

  it("falls back to the default interval for a damaged one, keeping 'off' as off", () => {
    expect(decodeInterviewExtension({ keepInTouch: '{"months":5}' }).keepInTouch).toEqual({
      months: 3,
    });
    expect(decodeInterviewExtension({ keepInTouch: '{"months":0}' }).keepInTouch).toEqual({
      months: 0,
    });
    expect(decodeInterviewExtension({ keepInTouch: "{oops" }).keepInTouch).toBeUndefined();
  });
});

describe("pipeline: a call counts like a sent request", () => {
  const now = new Date("2026-11-05T12:00:00.000Z");

  it("records the call and moves the stage to requested", () => {
    const called = applyStageEvent(record("questionsReady"), { type: "contact-called" }, now);
    expect(called.stage).toBe("requested");
    expect(called.calledAt).toBe(now.toISOString());
    expect(nextAction(called, now)).toMatchObject({ action: "book", overdue: false });
  });

  it("asks to book, not to draft a request, for a called contact saved at an earlier stage", () => {
    const r = record("researched", { calledAt: "2026-11-04T12:00:00.000Z" });
    expect(nextAction(r, now).action).toBe("book");
    const week = new Date("2026-11-12T12:00:01.000Z");
    expect(nextAction(r, week)).toMatchObject({ action: "follow-up-request", overdue: true });
  });

  it("restarts the follow-up wait when the call came after the request", () => {
    const requested = record("requested", { stageChangedAt: "2026-10-20T12:00:00.000Z" });
    expect(nextAction(requested, now).action).toBe("follow-up-request");
    const called = { ...requested, calledAt: "2026-11-04T12:00:00.000Z" };
    expect(nextAction(called, now)).toEqual({
      action: "book",
      due: new Date("2026-11-11T12:00:00.000Z"),
      overdue: false,
    });
  });
});

describe("pipeline: keeping in touch", () => {
  const sentAt = "2026-12-02T15:00:00.000Z";
  const thanked = record("thanked", {
    stageChangedAt: sentAt,
    thankYou: { sentAt },
  });

  it("comes due three months after the thank-you by default, and is overdue after", () => {
    const before = new Date("2027-01-15T12:00:00.000Z");
    expect(nextAction(thanked, before)).toEqual({
      action: "keep-in-touch",
      due: new Date("2027-03-02T15:00:00.000Z"),
      overdue: false,
    });
    const after = new Date("2027-03-03T12:00:00.000Z");
    expect(nextAction(thanked, after)).toMatchObject({ action: "keep-in-touch", overdue: true });
  });

  it("follows the chosen interval, and is done when off or once the note went out", () => {
    const now = new Date("2027-04-01T12:00:00.000Z");
    const six = { ...thanked, keepInTouch: { months: 6 as const } };
    expect(nextAction(six, now)).toMatchObject({
      action: "keep-in-touch",
      due: new Date("2027-06-02T15:00:00.000Z"),
      overdue: false,
    });
    expect(nextAction({ ...thanked, keepInTouch: { months: 0 } }, now).action).toBe("done");
    const sent = {
      ...thanked,
      keepInTouch: { months: 3 as const, sentAt: "2027-03-05T00:00:00Z" },
    };
    expect(nextAction(sent, now).action).toBe("done");
  });

  it("applies to a thank-you marked sent while the stage still says met", () => {
    const met = record("met", { thankYou: { sentAt } });
    expect(keepInTouchDue(met)).toEqual(new Date("2027-03-02T15:00:00.000Z"));
  });

  it("is the pipeline's last stage while the reminder is on and the update not sent", () => {
    expect(pipelineStage(thanked)).toBe("keepingInTouch");
    expect(pipelineStage(record("met", { thankYou: { sentAt } }))).toBe("keepingInTouch");
    expect(pipelineStage({ ...thanked, keepInTouch: { months: 0 } })).toBe("thanked");
    const sent = {
      ...thanked,
      keepInTouch: { months: 6 as const, sentAt: "2027-06-03T00:00:00Z" },
    };
    expect(pipelineStage(sent)).toBe("thanked");
    // Before the thank-you went out, the stage is the record's own.
    expect(pipelineStage(record("met"))).toBe("met");
    expect(pipelineStage(record("booked"))).toBe("booked");
    expect(pipelineStageIndex("keepingInTouch")).toBeGreaterThan(pipelineStageIndex("thanked"));
  });

  it("clamps to the end of a shorter month", () => {
    expect(addMonths(new Date("2027-01-31T10:00:00.000Z"), 1).toISOString()).toBe(
      "2027-02-28T10:00:00.000Z",
    );
    expect(addMonths(new Date("2026-11-30T10:00:00.000Z"), 3).toISOString()).toBe(
      "2027-02-28T10:00:00.000Z",
    );
  });

  it("sorts a far-off reminder after steps that can be taken now, and an overdue one first", () => {
    const now = new Date("2027-01-15T12:00:00.000Z");
    const research = { ...record("found"), contactId: "r", displayName: "Rae" };
    const waiting = { ...thanked, contactId: "w", displayName: "Wes" };
    const overdue = {
      ...thanked,
      contactId: "o",
      displayName: "Oli",
      thankYou: { sentAt: "2026-09-01T00:00:00.000Z" },
    };
    expect(sortByUrgency([waiting, research, overdue], now).map((r) => r.contactId)).toEqual([
      "o",
      "r",
      "w",
    ]);
  });
});

describe("keep-in-touch draft", () => {
  const takeaways = {
    notes: "- Take the GIS course at Northfield before applying\n- ok",
    answers: { q1: "Volunteer with the Watershed Council in the spring" },
    referrals: [{ name: "Priya <b>Shah</b>" }],
  };

  it("quotes the takeaways, thanks for introductions and leaves a gap for the news", () => {
    const mail = draftKeepInTouch({
      locale: "en",
      student: { displayName: "Avery Chen" },
      contact: { displayName: "Jordan Lee", givenName: "Jordan" },
      takeaways,
      meetingDate: new Date("2026-12-01T15:00:00.000Z"),
      zone: "America/Toronto",
    });
    expect(mail.subject).toBe("An update since our conversation, Jordan");
    expect(mail.textBody).toContain("- Take the GIS course at Northfield before applying");
    expect(mail.textBody).toContain("- Volunteer with the Watershed Council in the spring");
    expect(mail.textBody).toContain("[What I have done since");
    expect(mail.textBody).toContain("putting me in touch with Priya <b>Shah</b>.");
    expect(mail.textBody).toContain("December 1");
  });

  it("escapes markup from takeaways, names and news in the HTML body", () => {
    const mail = draftKeepInTouch({
      locale: "fr-CA",
      student: { displayName: "Avery <script>x</script>" },
      contact: { displayName: 'Jordan "J" Lee' },
      takeaways: { ...takeaways, notes: "Lire <img src=x onerror=alert(1)> avant l'été" },
      zone: "America/Toronto",
      news: "J'ai suivi le cours <b>GIS</b> & postulé.",
    });
    expect(mail.htmlBody).not.toContain("<script>");
    expect(mail.htmlBody).not.toContain("<img");
    expect(mail.htmlBody).not.toContain("<b>");
    expect(mail.htmlBody).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.htmlBody).toContain("le cours &lt;b&gt;GIS&lt;/b&gt; &amp; postulé.");
    expect(mail.textBody).toContain("Il y a quelques mois");
    expect(mail.textBody).toContain("m'avoir suggéré de parler à Priya <b>Shah</b>");
    expect(mail.textBody).not.toContain("[Ce que j'ai fait");
  });
});
