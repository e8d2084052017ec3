// Where hostile text could become live in the pages: no raw-HTML sink at all (no sanitiser ships),
// and every link the views build from data must pass the https-only check.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFeatureMessages, translate } from "../../src/app/i18n/messages";
import { permissionInPlainWords } from "../../src/app/i18n/catalog/permissions";
import { httpsLinkOrNull } from "../../src/domain/mail/escape";
import { PLACEHOLDERS, URLS } from "../hostile/corpus";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/u.test(name) ? [path] : [];
  });
}

const SOURCES = sourceFiles("src").map((path) => ({ path, text: readFileSync(path, "utf8") }));

describe("raw HTML in the pages", () => {
  // Every product view renders text through React; the one raw-HTML sink is the workbench's
  // development-only "New message" window, which shows the app's mail HTML as Outlook would and
  // passes it through DOMPurify first. Any other sink must do the same.
  it("is never written without DOMPurify", () => {
    const sinks =
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/u;
    const unsanitised = SOURCES.filter(
      (file) => sinks.test(file.text) && !/from "dompurify"/u.test(file.text),
    ).map((file) => file.path);
    expect(unsanitised).toEqual([]);
  });

  it("never evaluates text as code", () => {
    const evaluators = /\beval\(|new Function\(|setTimeout\(\s*["'`]/u;
    expect(SOURCES.filter((file) => evaluators.test(file.text)).map((f) => f.path)).toEqual([]);
  });

  it("builds every data-driven link through the https-only check", () => {
    const links = SOURCES.filter((file) => file.path.endsWith(".tsx")).flatMap((file) =>
      [...file.text.matchAll(/\bhref=\{([^}]*)\}/gu)]
        .filter((match) => !/httpsLinkOrNull\(/u.test(match[1] ?? ""))
        // A link that starts with a literal "?" stays on this page: data cannot change its scheme.
        .filter((match) => !/^`\?/u.test(match[1] ?? ""))
        .map((match) => `${file.path}: ${match[0]}`),
    );
    expect(links).toEqual([]);
  });
});

describe("httpsLinkOrNull", () => {
  it.each(URLS.map((s) => [s.name, s.text] as const))("refuses a %s", (_name, url) => {
    expect(httpsLinkOrNull(url)).toBeNull();
  });

  it.each([
    ["http://outlook.office365.com/owa/", null],
    ["//evil.example/x", null],
    ["not a url", null],
    ["", null],
    [null, null],
    [
      "https://outlook.office365.com/owa/?ItemID=AAMk%3D&exvsurl=1",
      "https://outlook.office365.com/owa/?ItemID=AAMk%3D&exvsurl=1",
    ],
  ])("%j → %j", (url, expected) => {
    expect(httpsLinkOrNull(url)).toBe(expected);
  });
});

describe("translated messages with hostile values", () => {
  it.each(PLACEHOLDERS.map((s) => [s.name, s.text] as const))(
    "%s: a value is put in once, its placeholders left as typed",
    (_name, text) => {
      expect(translate("en", "persona.signedInAs", { name: text })).toBe(`Signed in as ${text}`);
      expect(translate("fr-CA", "persona.signedInAs", { name: text })).toContain(text);
    },
  );

  it("names a permission with its purpose, and an unknown one as it is, in both languages", async () => {
    await loadFeatureMessages();
    const en = (key: Parameters<typeof translate>[1]) => translate("en", key);
    const fr = (key: Parameters<typeof translate>[1]) => translate("fr-CA", key);
    expect(permissionInPlainWords(en, "Calendars.ReadWrite")).toMatch(
      /^Calendars\.ReadWrite: .*calendar/u,
    );
    expect(permissionInPlainWords(fr, "Calendars.ReadWrite")).toMatch(
      /^Calendars\.ReadWrite : .*calendrier/u,
    );
    expect(permissionInPlainWords(en, "{permission}")).toBe("{permission}");
    expect(permissionInPlainWords(en, "constructor")).toBe("constructor");
  });
});
