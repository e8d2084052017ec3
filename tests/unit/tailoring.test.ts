// Filling questions with what the research found, and spotting questions the notes already answer.
import { describe, expect, it } from "vitest";
import { prefillResearchNotes } from "../../src/domain/researchNotes";
import { isAnsweredByResearch, tailorQuestion } from "../../src/domain/tailoring";

const facts = {
  role: "Data Analyst",
  department: "Finance",
  organisation: "Northfield Health",
  managerDepartment: "Corporate Services",
  industry: "health care",
};

describe("tailorQuestion", () => {
  it("fills every placeholder from the research", () => {
    expect(tailorQuestion("What drew you to {department}?", facts)).toEqual({
      text: "What drew you to Finance?",
      missing: [],
    });
    expect(
      tailorQuestion("How does {department} fit into the bigger picture at {organisation}?", facts)
        .text,
    ).toBe("How does Finance fit into the bigger picture at Northfield Health?");
    expect(
      tailorQuestion("How does the work of {department} connect with {managerDepartment}?", facts)
        .text,
    ).toBe("How does the work of Finance connect with Corporate Services?");
  });

  it("picks a or an for a role", () => {
    expect(tailorQuestion("Which skills matter most for success as a {role}?", facts).text).toBe(
      "Which skills matter most for success as a Data Analyst?",
    );
    expect(
      tailorQuestion("Which skills matter most for success as a {role}?", { role: "engineer" })
        .text,
    ).toBe("Which skills matter most for success as an engineer?");
  });

  it("uses a natural generic phrase for what the research lacks, and lists it once", () => {
    expect(tailorQuestion("What drew you to {department}?", {})).toEqual({
      text: "What drew you to your department?",
      missing: ["department"],
    });
    expect(tailorQuestion("How do you see {industry} changing? Why {industry}?", {})).toEqual({
      text: "How do you see your field changing? Why your field?",
      missing: ["industry"],
    });
    expect(tailorQuestion("Which skills matter most for success as a {role}?", {}).text).toBe(
      "Which skills matter most for success in your role?",
    );
    expect(tailorQuestion("What does a typical day look like for a {role}?", {}).text).toBe(
      "What does a typical day look like for someone in your role?",
    );
  });

  it("treats blank facts as missing and keeps known ones", () => {
    const result = tailorQuestion(
      "How does {department} fit into the bigger picture at {organisation}?",
      { department: "  ", organisation: "Northfield Health" },
    );
    expect(result).toEqual({
      text: "How does your department fit into the bigger picture at Northfield Health?",
      missing: ["department"],
    });
  });

  it("capitalises a generic phrase that opens the question", () => {
    expect(tailorQuestion("{organisation}: what challenges lie ahead?", {}).text).toBe(
      "Your organisation: what challenges lie ahead?",
    );
  });

  it("leaves unknown placeholders as typed", () => {
    expect(tailorQuestion("What is {weather} like?", facts)).toEqual({
      text: "What is {weather} like?",
      missing: [],
    });
  });

  describe("in Canadian French", () => {
    it("fills values and elides before a vowel", () => {
      expect(
        tailorQuestion(
          "Avec qui travaillez-vous, à l'extérieur de {organisation} ?",
          { organisation: "Acme" },
          "fr-CA",
        ).text,
      ).toBe("Avec qui travaillez-vous, à l'extérieur d'Acme ?");
      expect(
        tailorQuestion(
          "Quelles compétences comptent en tant que {role} ?",
          { role: "infirmière" },
          "fr-CA",
        ).text,
      ).toBe("Quelles compétences comptent en tant qu'infirmière ?");
      expect(
        tailorQuestion("Qu'est-ce qui vous a attiré vers l'équipe {department} ?", facts, "fr-CA")
          .text,
      ).toBe("Qu'est-ce qui vous a attiré vers l'équipe Finance ?");
    });

    it("rephrases the frame around a missing fact", () => {
      expect(
        tailorQuestion("Qu'est-ce qui vous a attiré vers l'équipe {department} ?", {}, "fr-CA"),
      ).toEqual({
        text: "Qu'est-ce qui vous a attiré vers votre équipe ?",
        missing: ["department"],
      });
      expect(
        tailorQuestion("Quelles tâches occupent votre journée comme {role} ?", {}, "fr-CA").text,
      ).toBe("Quelles tâches occupent votre journée dans votre rôle ?");
      expect(
        tailorQuestion("Que faut-il savoir pour travailler en {industry} ?", {}, "fr-CA").text,
      ).toBe("Que faut-il savoir pour travailler dans votre domaine ?");
      expect(
        tailorQuestion(
          "Qu'est-ce qui vous a surpris à votre arrivée chez {organisation} ?",
          {},
          "fr-CA",
        ).text,
      ).toBe("Qu'est-ce qui vous a surpris à votre arrivée dans votre organisation ?");
    });
  });
});

describe("isAnsweredByResearch", () => {
  const notes = [
    "## Organisation",
    "Northfield Health runs four hospitals; about 3,000 staff.",
    "## Recent news",
    "Facing budget challenges after the merger with Lakeside.",
    "## Role",
    "Leads the payroll analytics team.",
    "✓ typical week: mostly reporting cycles and audits",
  ].join("\n");

  it("recognises a question whose key words sit under the matching checklist heading", () => {
    expect(
      isAnsweredByResearch("What challenges is {organisation} facing at the moment?", notes, "en"),
    ).toBe(true);
  });

  it("does not count the same words under an unrelated heading", () => {
    const elsewhere = "## Personal\nFacing budget challenges after the merger.";
    expect(
      isAnsweredByResearch(
        "What challenges is {organisation} facing at the moment?",
        elsewhere,
        "en",
      ),
    ).toBe(false);
  });

  it("honours an explicit answer marker", () => {
    expect(isAnsweredByResearch("What does a typical week look like?", notes, "en")).toBe(true);
  });

  it("stays conservative when only some key words are present", () => {
    expect(
      isAnsweredByResearch("How did you first become interested in {industry}?", notes, "en"),
    ).toBe(false);
    expect(
      isAnsweredByResearch("What challenges will the industry face in ten years?", notes, "en"),
    ).toBe(false);
    expect(isAnsweredByResearch("What challenges is {organisation} facing?", "", "en")).toBe(false);
  });

  describe("on notes as a new interview starts them", () => {
    const prefilled = prefillResearchNotes(
      {
        displayName: "Avery Chen",
        jobTitle: "Payroll Analyst",
        department: "Finance",
        companyName: "Northfield Health",
        industry: "Health care",
      },
      "en",
    );

    it("never treats the checklist's own wording as an answer, ticked or not", () => {
      const ticked = prefilled.replaceAll("[ ]", "[x]");
      for (const notes of [prefilled, ticked]) {
        expect(isAnsweredByResearch("What does the job involve day to day?", notes, "en")).toBe(
          false,
        );
        expect(isAnsweredByResearch("What trends and outlook shape {industry}?", notes, "en")).toBe(
          false,
        );
      }
    });

    it("counts what the user wrote under a checklist item", () => {
      const notes = prefilled.replace(
        /(\[ \] Recent news[^\n]*\n)/u,
        "$1Facing budget challenges since the merger with Lakeside in May.\n",
      );
      expect(isAnsweredByResearch("What challenges is {organisation} facing?", notes, "en")).toBe(
        true,
      );
      expect(
        isAnsweredByResearch("What challenges is {organisation} facing?", prefilled, "en"),
      ).toBe(false);
    });
  });

  it("reads French headings and notes", () => {
    const frNotes = "Nouvelles récentes : fusion annoncée avec Lakeside, compressions budgétaires";
    expect(
      isAnsweredByResearch(
        "Quels effets la fusion annoncée aura-t-elle sur votre organisation ?",
        frNotes,
        "fr-CA",
      ),
    ).toBe(false);
    expect(
      isAnsweredByResearch("Quelles nouvelles sur la fusion avec Lakeside ?", frNotes, "fr-CA"),
    ).toBe(true);
  });
});
