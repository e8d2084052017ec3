// The resource library's pure rules: https-only links, the list's columns, which resources suit a
// contact and in what order, and the read marks kept in the interview record.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/domain/config";
import {
  decodeInterviewExtension,
  encodeInterviewExtension,
  type InterviewExtensionFields,
} from "../../src/domain/interview";
import {
  checkResourceLink,
  resourceFromFields,
  resourceToFields,
  suggestResources,
  validateResource,
  type ResourceRecord,
} from "../../src/domain/resources";

describe("checkResourceLink", () => {
  it.each([
    "https://example.org/guides/nursing",
    "  https://example.org/a?b=c#d  ",
    "HTTPS://EXAMPLE.ORG/x",
    "https://xn--sant-dpa.example/",
  ])("accepts the https link %s", (link) => {
    expect(checkResourceLink(link)).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", "notHttps"],
    ["JavaScript:alert(document.cookie)", "notHttps"],
    ["java\tscript:alert(1)", "invalid"],
    [" javascript:alert(1)", "notHttps"],
    ["data:text/html,<script>alert(1)</script>", "notHttps"],
    ["http://example.org/guide", "notHttps"],
    ["ftp://example.org/file", "notHttps"],
    ["vbscript:msgbox(1)", "notHttps"],
    ["file:///etc/passwd", "notHttps"],
    ["//example.org/guide", "invalid"],
    ["example.org/guide", "invalid"],
    ["https://user:pass@example.org/", "invalid"],
    ["https://exa mple.org/", "invalid"],
    ["https://example.org/\u0000", "invalid"],
    ["https:", "notHttps"],
    ["", "missing"],
    ["https://", "missing"],
  ])("refuses %j as %s", (link, problem) => {
    expect(checkResourceLink(link)).toBe(problem);
  });

  it("names the title and the link in one check", () => {
    expect(
      validateResource({
        title: " ",
        url: "http://example.org",
        kind: "guide",
        industries: [],
        organisation: "",
        language: "en",
      }),
    ).toEqual({ title: "missing", url: "notHttps" });
  });
});

describe("resource columns", () => {
  it("writes the list's internal names and reads them back", () => {
    const fields = resourceToFields({
      title: " Nurses' association ",
      url: "https://example.org/n",
      kind: "association",
      industries: ["Health care", "health care", " Nursing "],
      organisation: "",
      language: "fr",
    });
    expect(fields).toEqual({
      Title: "Nurses' association",
      Link: "https://example.org/n",
      Kind: "association",
      Industries: "Health care;Nursing",
      Organisation: "",
      Language: "fr",
    });
    expect(resourceFromFields("4", '"e,1"', fields)).toMatchObject({
      itemId: "4",
      etag: '"e,1"',
      industries: ["Health care", "Nursing"],
      kind: "association",
      language: "fr",
    });
  });

  it("never reads a row with an unsafe link (edited by hand in SharePoint)", () => {
    expect(resourceFromFields("1", null, { Title: "X", Link: "javascript:alert(1)" })).toBeNull();
    expect(resourceFromFields("1", null, { Title: "X", Link: "http://example.org" })).toBeNull();
    expect(resourceFromFields("1", null, { Title: "", Link: "https://example.org" })).toBeNull();
  });

  it("reads unknown kinds and languages as a bilingual guide", () => {
    expect(
      resourceFromFields("1", null, { Title: "X", Link: "https://e.org", Kind: "?", Language: 3 }),
    ).toMatchObject({ kind: "guide", language: "both", industries: [], organisation: "" });
  });
});

const resource = (
  itemId: string,
  title: string,
  more: Partial<ResourceRecord> = {},
): ResourceRecord => ({
  itemId,
  etag: null,
  title,
  url: `https://example.org/${itemId}`,
  kind: "guide",
  industries: [],
  organisation: "",
  language: "both",
  ...more,
});

describe("suggestResources", () => {
  const library = [
    resource("1", "General guide EN", { language: "en" }),
    resource("2", "Guide général FR", { language: "fr" }),
    resource("3", "Health association", { kind: "association", industries: ["Health care"] }),
    resource("4", "Santé répertoire", {
      kind: "directory",
      industries: ["Santé", "Health care"],
      language: "fr",
    }),
    resource("5", "Lakeshore careers", {
      kind: "directory",
      organisation: "Lakeshore General Hospital",
      industries: ["Health care"],
      language: "en",
    }),
    resource("6", "Harbour Bank report", { organisation: "Harbour Bank", industries: ["Finance"] }),
    resource("7", "Finance outlook", { kind: "outlook", industries: ["Finance"] }),
  ];

  it("puts the organisation first, then the industry, then general guides", () => {
    const got = suggestResources(library, {
      organisation: "Lakeshore General Hospital",
      industries: ["Health care"],
      locale: "en",
    });
    expect(got.map((s) => [s.resource.itemId, s.fit])).toEqual([
      ["5", "organisation"],
      ["3", "industry"],
      ["4", "industry"],
      ["1", "general"],
      ["2", "general"],
    ]);
  });

  it("leaves out other employers and other industries", () => {
    const ids = suggestResources(library, {
      organisation: "Lakeshore General Hospital",
      industries: ["Health care"],
      locale: "en",
    }).map((s) => s.resource.itemId);
    expect(ids).not.toContain("6");
    expect(ids).not.toContain("7");
  });

  it("orders by the user's language first, then bilingual", () => {
    const got = suggestResources(library, {
      organisation: null,
      industries: ["health CARE"],
      locale: "fr-CA",
    });
    expect(got.map((s) => s.resource.itemId)).toEqual(["4", "3", "2", "1"]);
  });

  it("matches organisation names loosely (case, accents, a branch after the name)", () => {
    const got = suggestResources(library, {
      organisation: "HARBOUR BANK, Halifax branch",
      industries: [],
      locale: "en",
    });
    expect(got[0]).toMatchObject({ fit: "organisation", resource: { itemId: "6" } });
    expect(
      suggestResources(library, { organisation: "Harbour", industries: [], locale: "en" }).some(
        (s) => s.fit === "organisation",
      ),
    ).toBe(false);
  });

  it("offers only the general guides when nothing is known of the contact", () => {
    const got = suggestResources(library, { organisation: null, industries: [], locale: "en" });
    expect(got.map((s) => s.resource.itemId)).toEqual(["1", "2"]);
  });
});

describe("resourcesRead in the interview record", () => {
  const base: InterviewExtensionFields = {
    stage: "researched",
    source: "volunteer",
    questions: [],
    events: [],
    updatedAt: "2026-01-02T03:04:05.000Z",
  };

  it("round-trips the read ids, once each", () => {
    const encoded = encodeInterviewExtension({ ...base, resourcesRead: ["3", "5", "3"] });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(JSON.parse(encoded.value.resourcesRead ?? "null")).toEqual(["3", "5"]);
    expect(decodeInterviewExtension(encoded.value).resourcesRead).toEqual(["3", "5"]);
  });

  it("leaves records without marks as they were", () => {
    const encoded = encodeInterviewExtension(base);
    expect(encoded.ok && "resourcesRead" in encoded.value).toBe(false);
    expect(encoded.ok && decodeInterviewExtension(encoded.value).resourcesRead).toBeUndefined();
  });

  it("writes an empty list once every mark is removed, so the old marks are replaced", () => {
    const encoded = encodeInterviewExtension({ ...base, resourcesRead: [] });
    expect(encoded.ok && encoded.value.resourcesRead).toBe("[]");
    expect(encoded.ok && decodeInterviewExtension(encoded.value).resourcesRead).toBeUndefined();
  });

  it("ignores damaged marks", () => {
    expect(decodeInterviewExtension({ ...base, resourcesRead: "not json" }).resourcesRead).toBe(
      undefined,
    );
    expect(
      decodeInterviewExtension({ ...base, resourcesRead: JSON.stringify([1, "", "7", null]) })
        .resourcesRead,
    ).toEqual(["7"]);
  });
});

describe("config: the resources list is optional", () => {
  const lists = { volunteers: "v", volunteerNotes: "n", questions: "q", bookings: "b" };
  const config = (extra: Record<string, unknown>) =>
    parseConfig({
      mode: "sandbox",
      sandboxOrigin: "http://127.0.0.1:4000",
      sharePoint: { siteId: "s", advisorsGroupId: "g", lists: { ...lists, ...extra } },
    });

  it("keeps a config without it valid, and reads it when present", () => {
    const without = config({});
    expect(without.ok && without.config.sharePoint?.lists.resources).toBeUndefined();
    const withIt = config({ resources: " r " });
    expect(withIt.ok && withIt.config.sharePoint?.lists.resources).toBe("r");
  });

  it("names a resources value that is not an id", () => {
    const bad = config({ resources: 42 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join(" ")).toMatch(/sharePoint\.lists\.resources/u);
  });
});
