// Questions over real HTTP: the chosen list saved in the contact's record (read once, written once,
// nothing else lost), the stage moved forward only, and the career centre's list merged into the bank.
import { describe, expect, it } from "vitest";
import { loadQuestionBank, researchFactsOf, tailorBank } from "../../src/app/questions/bank";
import {
  advanceExtensionStage,
  loadInterview,
  updateInterviewExtension,
} from "../../src/app/interviews/interviewExtension";
import { carryQuestionsToMeetings } from "../../src/app/questions/carryToMeetings";
import {
  createPrepSheet,
  decodePrepSheetExtension,
  encodePrepSheetExtension,
} from "../../src/domain/prepSheet";
import { BUILT_IN_QUESTIONS } from "../../src/domain/questionBank";
import { createEvent, readEventPrep } from "../../src/graph/calendar";
import { extensionData } from "../../src/graph/extensions";
import type { GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import type { TenantFile } from "../../sandbox/tenant";
import { useSandbox } from "../support/sandbox";
import { northfieldTenant, CAREER_CENTRE } from "../support/tenants";
import { addMorganContact } from "../support/interviews";
import { MORGAN_RECIPIENT } from "../support/people";

function tenant(): TenantFile {
  const file = northfieldTenant();
  file.sites?.[0]?.lists?.push({
    id: "list-questions",
    displayName: "Questions",
    items: [
      {
        id: "1",
        fields: {
          Title: "What would you tell a student visiting your lab for the first time?",
          TextFr:
            "Que diriez-vous à une personne étudiante qui visite votre labo pour la première fois ?",
          Theme: "advice",
          SortOrder: 5,
          Retired: false,
        },
      },
      {
        id: "2",
        fields: { Title: "Do you like your job?", TextFr: "", Theme: "day", Retired: true },
      },
      { id: "3", fields: { Title: "Is this a theme?", Theme: "gossip", Retired: false } },
    ],
  });
  return file;
}

const sandbox = useSandbox({ tenant });

async function addMorgan(client: GraphClient, record?: Record<string, unknown>): Promise<string> {
  const notes = "- Industry: life sciences";
  return (await addMorganContact(client, { notes, ...(record ? { record } : {}) })).id;
}

describe("saving the chosen questions", () => {
  it("writes the list to the contact's extension and marks the questions ready", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client, {
      stage: "researched",
      source: "directory",
      questions: "[]",
      events: "[]",
      updatedAt: "2026-11-29T00:00:00.000Z",
      thankYou: JSON.stringify({ draftId: "d-1" }),
      futureField: "kept",
    });
    const at = new Date("2026-11-30T15:00:00Z");
    const before = (await sandbox.requests()).length;
    const saved = await updateInterviewExtension(client, contactId, (record) =>
      advanceExtensionStage(
        {
          ...record,
          questions: [
            { id: "own-1", text: "How did you choose Biology?" },
            { id: "bank:path-01", text: "How did you first become interested in life sciences?" },
          ],
          updatedAt: at.toISOString(),
        },
        { type: "questions-chosen" },
        at,
      ),
    );
    expect(saved.ok).toBe(true);
    const calls = (await sandbox.requests()).slice(before).map((r) => r.method);
    expect(calls).toEqual(["GET", "PATCH"]);

    const { record } = await loadInterview(client, contactId);
    expect(record.questions.map((q) => q.id)).toEqual(["own-1", "bank:path-01"]);
    expect(record.stage).toBe("questionsReady");
    expect(record.thankYou).toEqual({ draftId: "d-1" });
    const raw = await readContactRecord(client, contactId);
    expect(raw?.futureField).toBe("kept");
  });

  it("creates the extension when the contact has none, and never moves a booked stage back", async () => {
    const client = sandbox.client();
    const contactId = await addMorgan(client);
    const at = new Date("2026-11-30T15:00:00Z");
    await updateInterviewExtension(client, contactId, (record) => ({
      ...record,
      stage: "booked",
      questions: [{ id: "own-1", text: "What changed in your field this year?" }],
    }));
    await updateInterviewExtension(client, contactId, (record) =>
      advanceExtensionStage({ ...record, questions: [] }, { type: "questions-chosen" }, at),
    );
    const { record } = await loadInterview(client, contactId);
    expect(record.stage).toBe("booked");
    expect(record.questions).toEqual([]);
  });
});

describe("questions on booked meetings", () => {
  it("carries an edited list to an upcoming meeting's prep sheet, keeping ticks and takeaways", async () => {
    const client = sandbox.client();
    const sheet = createPrepSheet({
      contactId: "c-1",
      researchNotes: "Role: Research Scientist",
      questions: [
        { id: "own-1", text: "What drew you to Biology?" },
        { id: "own-2", text: "What does a typical week look like?" },
      ],
      format: "teams",
    });
    sheet.questions[0]!.asked = true;
    sheet.takeaways.notes = "Field course matters";
    const encoded = encodePrepSheetExtension(sheet);
    if (!encoded.ok) throw new Error("too large");
    const booked = await createEvent(client, {
      subject: "Information interview: Morgan Diaz and Avery Chen",
      bodyHtml: "<p>Agenda</p>",
      start: new Date("2026-12-02T18:00:00Z"),
      end: new Date("2026-12-02T18:30:00Z"),
      timeZone: "America/New_York",
      attendees: [MORGAN_RECIPIENT],
      online: true,
      prep: extensionData(encoded.value),
    });
    if (!booked.ok) throw new Error("not booked");
    const events = [
      {
        eventId: booked.event.id,
        start: "2026-12-02T18:00:00.000Z",
        end: "2026-12-02T18:30:00.000Z",
      },
      // A meeting already held keeps the questions it was held with.
      { eventId: "AAMkAGone", start: "2026-11-01T18:00:00.000Z", end: "2026-11-01T18:30:00.000Z" },
    ];
    const changed = await carryQuestionsToMeetings(
      client,
      events,
      [
        { id: "own-3", text: "Who else should I talk to?" },
        { id: "own-1", text: "What drew you to Biology?" },
      ],
      new Date("2026-11-30T12:00:00Z"),
    );
    expect(changed).toBe(1);
    const after = decodePrepSheetExtension(await readEventPrep(client, booked.event.id));
    expect(after?.questions).toEqual([
      { id: "own-3", text: "Who else should I talk to?" },
      { id: "own-1", text: "What drew you to Biology?", asked: true },
    ]);
    expect(after?.takeaways.notes).toBe("Field course matters");
  });
});

describe("the question bank", () => {
  it("is the built-in bank when the career centre has no list", async () => {
    const bank = await loadQuestionBank(sandbox.client(), null);
    expect(bank.map((q) => q.id)).toEqual(BUILT_IN_QUESTIONS.map((q) => q.id));
  });

  it("merges the career centre's questions, drops retired ones and rows without a theme", async () => {
    const bank = await loadQuestionBank(sandbox.client(), CAREER_CENTRE);
    const advisor = bank.filter((q) => q.source === "advisor");
    expect(advisor.map((q) => q.text.en)).toEqual([
      "What would you tell a student visiting your lab for the first time?",
    ]);
    expect(advisor[0]!.text["fr-CA"]).toMatch(/^Que diriez-vous/u);
    // Sort order 5 puts it first among the advice questions.
    const advice = bank.filter((q) => q.theme === "advice");
    expect(advice[0]!.source).toBe("advisor");
  });

  it("tailors questions with the research and marks those the notes already answer", () => {
    const facts = researchFactsOf({
      jobTitle: "Research Scientist",
      department: "Biology",
      companyName: null,
      notes:
        "- Industry: life sciences\n✓ Answered: what drew Morgan to Biology — a summer field course",
    });
    expect(facts).toEqual({
      role: "Research Scientist",
      department: "Biology",
      industry: "life sciences",
    });
    const bank = BUILT_IN_QUESTIONS.filter((q) => ["path-01", "path-03"].includes(q.id)).map(
      (q) => ({
        ...q,
        source: "built-in" as const,
      }),
    );
    const tailored = tailorBank(
      bank,
      facts,
      "✓ Answered: what drew Morgan to Biology — a summer field course",
      "en",
    );
    expect(tailored.map((t) => t.text)).toEqual([
      "How did you first become interested in life sciences?",
      "What drew you to Biology?",
    ]);
    expect(tailored.map((t) => t.answered)).toEqual([false, true]);
  });
});
