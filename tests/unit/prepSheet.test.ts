import { describe, expect, it } from "vitest";
import type { PrepSheet, Takeaways } from "../../src/domain/prepSheet";
import {
  MERGE_SEPARATOR,
  createPrepSheet,
  decodePrepSheetExtension,
  encodePrepSheetExtension,
  mergePrepSheet,
  mergeTakeaways,
  mergeText,
  remindersFor,
  summariseResearch,
} from "../../src/domain/prepSheet";
import { EXTENSION_MAX_BYTES, EXTENSION_NAME } from "../../src/domain/interview";

const base: Takeaways = {
  notes: "Co-op first.",
  answers: { q1: "Site visits twice a week", q2: "Python and GIS" },
  referrals: [{ name: "Priya Shah", email: "priya@northfield.example" }],
};

describe("mergeText", () => {
  it.each([
    ["same on both sides", "a", "a", "x", "a"],
    ["only the server changed", "server", "base", "base", "server"],
    ["only this device changed", "base", "local", "base", "local"],
    ["this device added to the server's text", "Co-op", "Co-op. Also GIS", "", "Co-op. Also GIS"],
    ["no base, one side empty", "", "typed offline", undefined, "typed offline"],
    ["no base, both typed", "laptop", "phone", undefined, `laptop${MERGE_SEPARATOR}phone`],
    [
      "both changed differently",
      "base + laptop",
      "base + phone",
      "base",
      `base + laptop${MERGE_SEPARATOR}base + phone`,
    ],
  ])("%s", (_why, server, local, baseText, expected) => {
    expect(mergeText(server, local, baseText)).toBe(expected);
  });

  it("is stable when merged again with its own result", () => {
    const once = mergeText("laptop", "phone", "");
    expect(mergeText(once, "phone", "")).toBe(once);
  });
});

describe("mergeTakeaways never loses a field", () => {
  it("keeps edits to different fields from each side", () => {
    const server: Takeaways = { ...base, notes: "Co-op first. Ask about P.Eng." };
    const local: Takeaways = {
      ...base,
      answers: { ...base.answers, q3: "Start with a co-op" },
      referrals: [...base.referrals, { name: "Luc Gagnon", note: "runs the water lab" }],
    };
    expect(mergeTakeaways(server, local, base)).toEqual({
      notes: "Co-op first. Ask about P.Eng.",
      answers: { q1: "Site visits twice a week", q2: "Python and GIS", q3: "Start with a co-op" },
      referrals: [
        { name: "Priya Shah", email: "priya@northfield.example" },
        { name: "Luc Gagnon", note: "runs the water lab" },
      ],
    });
  });

  it("keeps both texts when both sides rewrote the same answer", () => {
    const server = { ...base, answers: { ...base.answers, q1: "Mostly in the office" } };
    const local = { ...base, answers: { ...base.answers, q1: "Site visits on Fridays" } };
    const merged = mergeTakeaways(server, local, base);
    expect(merged.answers.q1).toContain("Mostly in the office");
    expect(merged.answers.q1).toContain("Site visits on Fridays");
  });

  it("honours a deletion only when the other side left the item alone", () => {
    const server = { ...base, referrals: [] }; // deleted on the laptop
    expect(mergeTakeaways(server, base, base).referrals).toEqual([]);
    const local = { ...base, referrals: [{ ...base.referrals[0]!, note: "met at the fair" }] };
    // Deleted on one side, annotated on the other: the annotation is kept.
    expect(mergeTakeaways(server, local, base).referrals).toEqual([
      { name: "Priya Shah", email: "priya@northfield.example", note: "met at the fair" },
    ]);
  });

  it("without a base, unions everything both sides hold", () => {
    const server: Takeaways = {
      notes: "laptop",
      answers: { q1: "A" },
      referrals: [{ name: "Ana" }],
    };
    const local: Takeaways = {
      notes: "",
      answers: { q2: "B" },
      referrals: [{ name: "ana" }, { name: "Ben" }],
    };
    // The same person typed on both devices counts once; this device's spelling wins.
    expect(mergeTakeaways(server, local)).toEqual({
      notes: "laptop",
      answers: { q1: "A", q2: "B" },
      referrals: [{ name: "ana" }, { name: "Ben" }],
    });
  });

  it("keeps every field edited on either side across many random edits", () => {
    // A deterministic walk: each round one side edits one field; the other edits another.
    const fields = ["notes", "q1", "q2", "q3"] as const;
    for (let round = 0; round < 40; round++) {
      const a = fields[round % 4]!;
      const b = fields[(round * 3 + 1) % 4]!;
      if (a === b) continue;
      const edit = (t: Takeaways, field: (typeof fields)[number], text: string): Takeaways =>
        field === "notes"
          ? { ...t, notes: text }
          : { ...t, answers: { ...t.answers, [field]: text } };
      const server = edit(base, a, `server ${round}`);
      const local = edit(base, b, `local ${round}`);
      const merged = mergeTakeaways(server, local, base);
      const all = [merged.notes, ...Object.values(merged.answers)].join("|");
      expect(all).toContain(`server ${round}`);
      expect(all).toContain(`local ${round}`);
    }
  });
});

describe("mergePrepSheet", () => {
  const sheet = createPrepSheet({
    contactId: "c1",
    researchNotes: "Works on stormwater.",
    questions: [
      { id: "q1", text: "What drew you to water resources?" },
      { id: "q2", text: "What does a typical week look like?" },
    ],
    format: "teams",
  });

  it("keeps ticks from the meeting panel and a reorder from the task pane", () => {
    const server: PrepSheet = {
      ...sheet,
      questions: sheet.questions.map((q) => (q.id === "q1" ? { ...q, asked: true } : q)),
    };
    const local: PrepSheet = { ...sheet, questions: [...sheet.questions].reverse() };
    const merged = mergePrepSheet(server, local, sheet);
    expect(merged.questions).toEqual([
      { id: "q2", text: "What does a typical week look like?" },
      { id: "q1", text: "What drew you to water resources?", asked: true },
    ]);
  });

  it("takes the format and place from the side that changed them", () => {
    const local: PrepSheet = { ...sheet, format: "in-person", location: "Room 204" };
    const merged = mergePrepSheet(sheet, local, sheet);
    expect(merged.format).toBe("in-person");
    expect(merged.location).toBe("Room 204");
  });
});

describe("reminders", () => {
  it("tells an in-person student to arrive early and dress business casual", () => {
    expect(remindersFor("in-person")).toEqual(
      expect.arrayContaining([
        "arrive-early",
        "dress-business-casual",
        "watch-the-time",
        "no-resume",
      ]),
    );
  });
  it("gives Teams reminders instead of dress and travel ones", () => {
    const teams = remindersFor("teams");
    expect(teams).toContain("join-early");
    expect(teams).not.toContain("dress-business-casual");
    expect(teams).not.toContain("arrive-early");
  });
});

describe("summariseResearch", () => {
  it("drops bullets and blank lines and keeps short notes whole", () => {
    expect(summariseResearch("- [x] Org: Northfield Water\n\n* Role: hydrologist\n", 200)).toBe(
      "Org: Northfield Water\nRole: hydrologist",
    );
  });

  it("cuts long notes at a sentence within the limit", () => {
    const notes =
      "Leads the stormwater team. Joined in 2019 from the city. Speaks at conferences about green roofs.";
    const summary = summariseResearch(notes, 60);
    expect(summary).toBe("Leads the stormwater team. Joined in 2019 from the city.…");
    expect(summary.length).toBeLessThanOrEqual(60);
  });

  it("cuts at a word when there is no sentence to stop at", () => {
    const summary = summariseResearch("word ".repeat(50), 23);
    expect(summary).toBe("word word word word…");
  });
});

describe("prep sheet extension", () => {
  const sheet: PrepSheet = {
    ...createPrepSheet({
      contactId: "c1",
      researchNotes: "Notes",
      questions: [{ id: "q1", text: "How did you start?" }],
      format: "in-person",
      location: "Café <Central>",
    }),
    takeaways: { ...base },
  };

  it("round-trips through the payload under the app's one extension name", () => {
    const encoded = encodePrepSheetExtension(sheet);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value.extensionName).toBe(EXTENSION_NAME);
    expect(typeof encoded.value.questions).toBe("string");
    // What Graph hands back carries an id and the name too; decoding ignores them.
    const fromGraph = JSON.parse(JSON.stringify({ ...encoded.value, id: "ext-1" })) as unknown;
    expect(decodePrepSheetExtension(fromGraph)).toEqual(sheet);
  });

  it("refuses a payload over 16 KB with a value, not an exception", () => {
    const huge: PrepSheet = { ...sheet, takeaways: { ...base, notes: "é".repeat(9000) } };
    const encoded = encodePrepSheetExtension(huge);
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.error.kind).toBe("too-large");
    expect(encoded.error.limit).toBe(EXTENSION_MAX_BYTES);
    expect(encoded.error.bytes).toBeGreaterThan(18_000); // "é" is two bytes in UTF-8
  });

  it("decodes damaged or partial payloads to safe defaults", () => {
    const sheetBack = decodePrepSheetExtension({
      contactId: "c9",
      format: "in-person",
      questions: "not json",
      takeaways:
        '{"notes": 5, "answers": {"q1": "yes", "q2": 3}, "referrals": [{"name": ""}, {"name": "Ana"}]}',
    });
    expect(sheetBack).toEqual({
      contactId: "c9",
      researchSummary: "",
      questions: [],
      reminders: remindersFor("in-person"),
      takeaways: { notes: "", answers: { q1: "yes" }, referrals: [{ name: "Ana" }] },
      format: "in-person",
    });
    expect(decodePrepSheetExtension({ kind: "interview" })).toBeNull();
    expect(decodePrepSheetExtension("nope")).toBeNull();
  });
});
