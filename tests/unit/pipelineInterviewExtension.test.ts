import { describe, expect, it } from "vitest";
import type { InterviewExtensionFields } from "../../src/domain/interview";
import {
  EXTENSION_MAX_BYTES,
  EXTENSION_NAME,
  decodeInterviewExtension,
  encodeInterviewExtension,
} from "../../src/domain/interview";

const fields: InterviewExtensionFields = {
  stage: "booked",
  source: "volunteer",
  stageChangedAt: "2026-11-20T14:00:00.000Z",
  directoryId: "3f1c9c2e-0000-4000-8000-000000000001",
  referredBy: "Sam Patel",
  howWeMet: "Career fair",
  questions: [{ id: "q1", text: 'What drew you to "water" & <stormwater>?' }],
  events: [
    { eventId: "AAMk=", start: "2026-12-01T15:00:00.000Z", end: "2026-12-01T15:30:00.000Z" },
  ],
  thankYou: { draftId: "draft-1", draftedAt: "2026-12-01T18:00:00.000Z" },
  updatedAt: "2026-12-01T18:00:00.000Z",
};

describe("interview extension", () => {
  it("uses one fixed reverse-DNS name", () => {
    expect(EXTENSION_NAME).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)+$/);
  });

  it("round-trips every field, keeping arrays as JSON strings", () => {
    const encoded = encodeInterviewExtension(fields);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value.extensionName).toBe(EXTENSION_NAME);
    expect(encoded.value["@odata.type"]).toBe("microsoft.graph.openTypeExtension");
    expect(typeof encoded.value.questions).toBe("string");
    expect(typeof encoded.value.events).toBe("string");
    const fromGraph = JSON.parse(
      JSON.stringify({ ...encoded.value, id: EXTENSION_NAME }),
    ) as unknown;
    expect(decodeInterviewExtension(fromGraph)).toEqual(fields);
  });

  it("reads an old or damaged payload with safe defaults instead of failing", () => {
    expect(
      decodeInterviewExtension({ stage: "interviewing", questions: "{oops", events: 7 }),
    ).toEqual({
      stage: "found",
      source: "manual",
      questions: [],
      events: [],
      updatedAt: "",
    });
    expect(decodeInterviewExtension(null).stage).toBe("found");
    expect(
      decodeInterviewExtension({
        stage: "met",
        questions: '[{"id":"q1"},{"id":"q2","text":"Why?"}]',
      }).questions,
    ).toEqual([{ id: "q2", text: "Why?" }]);
  });

  it("refuses more than 16 KB with a typed value", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `q${i}`,
      text: `Question number ${i} about the work`,
    }));
    const encoded = encodeInterviewExtension({ ...fields, questions: many });
    expect(encoded).toMatchObject({
      ok: false,
      error: { kind: "too-large", limit: EXTENSION_MAX_BYTES },
    });
  });
});
