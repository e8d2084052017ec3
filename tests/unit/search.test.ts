// Finding contacts: one list from three sources, without duplicates, ranked by what the user typed.
import { describe, expect, it } from "vitest";
import {
  matchScore,
  mergeSearchResults,
  queryWords,
  toVolunteer,
  type SearchInputs,
  type SourcePerson,
  type Volunteer,
} from "../../src/domain/search";

function person(
  displayName: string,
  email: string | null,
  more: Partial<SourcePerson> = {},
): SourcePerson {
  return {
    id: email ? `id-${email}` : null,
    displayName,
    email,
    jobTitle: null,
    department: null,
    officeLocation: null,
    companyName: null,
    ...more,
  };
}

function volunteer(
  displayName: string,
  email: string | null,
  more: Partial<Volunteer> = {},
): Volunteer {
  return {
    itemId: `item-${displayName}`,
    displayName,
    email,
    organisation: null,
    jobTitle: null,
    industry: null,
    topics: [],
    monthlyCapacity: null,
    ...more,
  };
}

function inputs(more: Partial<SearchInputs>): SearchInputs {
  return {
    text: "",
    directory: [],
    relevant: [],
    volunteers: [],
    bookingsThisMonth: new Map(),
    ...more,
  };
}

const names = (list: { displayName: string }[]) => list.map((p) => p.displayName);

describe("mergeSearchResults", () => {
  it("lists a person found by the directory, relevance and the volunteer list once, with all three sources", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "priya",
        directory: [
          person("Priya Natarajan", "priya.natarajan@northfield.example", {
            department: "Nursing",
          }),
        ],
        // Graph's people API may spell the address in another case.
        relevant: [person("Priya Natarajan", "Priya.Natarajan@Northfield.example")],
        volunteers: [
          volunteer("Priya N.", "PRIYA.NATARAJAN@northfield.example", {
            industry: "Health care",
            topics: ["Nursing"],
          }),
        ],
      }),
    );
    expect(merged).toHaveLength(1);
    const [priya] = merged;
    expect(priya!.sources).toEqual(["directory", "relevant", "volunteer"]);
    // The directory's name and fields win over the volunteer list's.
    expect(priya!.displayName).toBe("Priya Natarajan");
    expect(priya!.department).toBe("Nursing");
    expect(priya!.volunteer?.industry).toBe("Health care");
    expect(priya!.relevanceRank).toBe(0);
  });

  it("merges a volunteer with their directory entry by the list's directory id", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "grace",
        directory: [person("Grace Lam", "grace.lam@northfield.example", { id: "u9" })],
        volunteers: [volunteer("Grace Lam", "g.lam@personal.example", { directoryId: "u9" })],
      }),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.email).toBe("grace.lam@northfield.example");
    expect(merged[0]!.volunteer).not.toBeNull();
  });

  it("merges by directory id when an address is missing from one source", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "lee",
        directory: [person("Jordan Lee", "jordan.lee@x.example", { id: "u1" })],
        relevant: [person("Jordan Lee", null, { id: "u1" })],
      }),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources).toEqual(["directory", "relevant"]);
  });

  it("puts an exact name before a prefix, a prefix before a word match, and a word match before an address-only match", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "ana",
        directory: [
          person("Marc Dubois", "ana.m@x.example"),
          person("Sofia Ana Ruiz", "sofia.ruiz@x.example"),
          person("Anastasia Petrova", "a.petrova@x.example"),
          person("Ana", "ana@x.example"),
        ],
      }),
    );
    expect(names(merged)).toEqual(["Ana", "Anastasia Petrova", "Sofia Ana Ruiz", "Marc Dubois"]);
  });

  it("ranks someone the user already works with above an equally good stranger", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "kim",
        directory: [
          person("Kim Adams", "kim.adams@x.example"),
          person("Kim Zhou", "kim.zhou@x.example"),
        ],
        relevant: [person("Kim Zhou", "kim.zhou@x.example")],
      }),
    );
    expect(names(merged)).toEqual(["Kim Zhou", "Kim Adams"]);
  });

  it("drops relevant people and volunteers that do not match the words typed (their sources answer loosely)", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "noor",
        relevant: [person("Noor Haddad", "noor@x.example"), person("Liam Brown", "liam@x.example")],
        volunteers: [volunteer("Olivia Chen", "olivia@y.example")],
      }),
    );
    expect(names(merged)).toEqual(["Noor Haddad"]);
  });

  it("finds a volunteer by industry or topic, not only by name", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "nurs",
        volunteers: [
          volunteer("Olivia Chen", "olivia@y.example", {
            industry: "Health care",
            topics: ["Nursing", "Shift work"],
          }),
          volunteer("Liam Brown", "liam@y.example", { industry: "Finance" }),
        ],
      }),
    );
    expect(names(merged)).toEqual(["Olivia Chen"]);
  });

  it("folds accents and case: 'eloise' finds Éloïse", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "ELOISE tr",
        directory: [],
        relevant: [person("Éloïse Tremblay", "e.tremblay@x.example")],
      }),
    );
    expect(names(merged)).toEqual(["Éloïse Tremblay"]);
  });

  it("shows a volunteer at monthly capacity, marked, after everyone who can still be asked", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "chen",
        directory: [person("Wei Chen", "wei.chen@x.example")],
        volunteers: [
          volunteer("Olivia Chen", "olivia.chen@y.example", { monthlyCapacity: 2 }),
          volunteer("Chen Liu", "chen.liu@y.example", { monthlyCapacity: 3 }),
        ],
        bookingsThisMonth: new Map([
          ["olivia.chen@y.example", 2],
          ["chen.liu@y.example", 1],
        ]),
      }),
    );
    // Olivia's exact-ish match would rank her high; at capacity she goes last all the same.
    expect(names(merged)).toEqual(["Chen Liu", "Wei Chen", "Olivia Chen"]);
    const olivia = merged.find((p) => p.displayName === "Olivia Chen")!;
    expect(olivia.volunteer).toMatchObject({
      atCapacity: true,
      bookedThisMonth: 2,
      monthlyCapacity: 2,
    });
    expect(merged[0]!.volunteer).toMatchObject({ atCapacity: false, bookedThisMonth: 1 });
  });

  it("never treats a volunteer without a cap as full", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "",
        volunteers: [volunteer("Ravi Shah", "ravi@y.example")],
        bookingsThisMonth: new Map([["ravi@y.example", 40]]),
      }),
    );
    expect(merged[0]!.volunteer?.atCapacity).toBe(false);
  });

  it("applies department, title, company and office filters to people the directory did not filter", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "a",
        filters: { department: "nursing" },
        directory: [person("Alex Roy", "alex@x.example", { department: "Nursing" })],
        relevant: [person("Amir Karimi", "amir@x.example", { department: "Finance" })],
        volunteers: [volunteer("Ada Lovell", "ada@y.example")],
      }),
    );
    expect(names(merged)).toEqual(["Alex Roy"]);
  });

  it("with nothing typed, offers the people the user works with and the volunteers", () => {
    const merged = mergeSearchResults(
      inputs({
        relevant: [person("Noor Haddad", "noor@x.example"), person("Liam Brown", "liam@x.example")],
        volunteers: [volunteer("Olivia Chen", "olivia@y.example")],
      }),
    );
    expect(names(merged)).toEqual(["Noor Haddad", "Liam Brown", "Olivia Chen"]);
  });

  it("keeps a directory match Graph found by a rule we do not mirror (e.g. a nickname in mail)", () => {
    const merged = mergeSearchResults(
      inputs({ text: "bob", directory: [person("Robert Smith", "rsmith@x.example")] }),
    );
    expect(names(merged)).toEqual(["Robert Smith"]);
  });

  it("gives each result a distinct key, also for people without an address", () => {
    const merged = mergeSearchResults(
      inputs({
        directory: [person("Same Name", "one@x.example"), person("Same Name", "two@x.example")],
        volunteers: [volunteer("No Mail", null), volunteer("Also No Mail", null)],
      }),
    );
    expect(new Set(merged.map((p) => p.key)).size).toBe(merged.length);
    expect(merged).toHaveLength(4);
  });

  it("keeps markup in a name as plain text (escaping is the view's job, never stripping)", () => {
    const merged = mergeSearchResults(
      inputs({
        text: "sam",
        directory: [person('<b>Sam</b> Lee & "Co"', "test.htmlname@x.example")],
      }),
    );
    expect(merged[0]!.displayName).toBe('<b>Sam</b> Lee & "Co"');
  });
});

describe("matchScore and queryWords", () => {
  it("requires every word to match", () => {
    expect(matchScore(queryWords("jordan lee"), "Jordan Lee", null)).toBe(100);
    expect(matchScore(queryWords("jordan x"), "Jordan Lee", null)).toBe(0);
  });
  it("matches the start of an address's local part", () => {
    expect(matchScore(queryWords("jlee"), "Jordan Lee", "jlee@x.example")).toBeGreaterThan(0);
    expect(matchScore(queryWords("example"), "Jordan Lee", "jlee@x.example")).toBe(0);
  });
  it("matches a typed address start against the whole address, as Graph's mail: search does", () => {
    const mail = "jordan.blake@northfield.example";
    expect(matchScore(queryWords("Jordan.Blake@North"), "Jordan Blake", mail)).toBe(40);
    expect(matchScore(queryWords("blake@north"), "Jordan Blake", mail)).toBe(0);
  });
});

describe("volunteer list rows", () => {
  it("reads a row with topics as text, a cap as text, and drops inactive or nameless rows", () => {
    expect(
      toVolunteer("7", {
        Title: "Olivia Chen",
        Email: "olivia@y.example",
        Organisation: "Harbour Health",
        Industry: "Health care",
        Topics: "Nursing; Shift work ,",
        MonthlyCapacity: "3",
      }),
    ).toEqual({
      itemId: "7",
      displayName: "Olivia Chen",
      email: "olivia@y.example",
      organisation: "Harbour Health",
      jobTitle: null,
      industry: "Health care",
      topics: ["Nursing", "Shift work"],
      monthlyCapacity: 3,
      directoryId: null,
    });
    expect(toVolunteer("8", { Title: "Gone", Active: false })).toBeNull();
    expect(toVolunteer("9", { Email: "x@y.example" })).toBeNull();
  });
});
