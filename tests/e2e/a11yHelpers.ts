// Helpers for the accessibility, keyboard and French browser tests: themes, axe scans, Priya
// booked.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { createPrepSheet, encodePrepSheetExtension } from "../../src/domain/prepSheet";
import type { ThemeName } from "../../src/domain/theme";
import { expect } from "./fixtures";
import { addToInterviews, graph, interviewExtension, meetingNow } from "./graphAsUser";

export const PRIYA = { name: "Priya Raman", email: "priya.raman@northfield.example" };
export const THEMES: readonly ThemeName[] = ["light", "dark", "contrast"];

/** The WCAG 2.0/2.1 A and AA rules: what the product promises, and no slower best-practice rules. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The A/AA rules whose outcome depends on colour. A Fluent theme changes only CSS colour tokens,
 * never the DOM, so names, roles, labels and structure are the same in every theme: the light
 * theme runs every rule, the dark and high-contrast themes only these (half the time per scan).
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Which rules a scan runs: all WCAG A/AA rules, or only those a theme can change. */
export type AxeScope = "all" | "colour";

/** All rules in the light theme; the colour rules in the others (see COLOUR_RULES). */
export function scopeFor(theme: ThemeName): AxeScope {
  return theme === "light" ? "all" : "colour";
}

/**
 * Makes a plain page (the browser host) start in `theme`. The browser host follows the system's
 * colour scheme and `forced-colors`; for "contrast" only the media query is answered, not Chromium's
 * colour forcing, so axe measures the product's own high-contrast palette (what Teams shows).
 */
export async function useBrowserTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
  if (theme !== "contrast") return;
  await page.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      /forced-colors:\s*active/u.test(query) ? original("all") : original(query);
  });
}

/**
 * Fluent's keyboard layer (Tabster) puts `<i data-tabster-dummy aria-hidden tabindex=0>` guards
 * around focus groups: they hand focus on at once and must stay hidden from screen readers, so
 * axe's aria-hidden-focus on them is a known false positive (Accessibility Insights skips them too).
 */
function tabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /data-tabster-dummy/u.test(html);
}

/**
 * Serious and critical WCAG A/AA violations on the page, each as "label: rule (impact) — target"
 * so a failing list says where to look. `frames` (iframe selectors) limits the scan to those
 * framed surfaces: on the workbench, the product is in the frames, not in the workbench's chrome.
 */
export async function axeProblems(
  page: Page,
  label: string,
  frames: readonly string[] = [],
  scope: AxeScope = "all",
): Promise<string[]> {
  let builder =
    scope === "all"
      ? new AxeBuilder({ page }).withTags(WCAG_TAGS)
      : new AxeBuilder({ page }).withRules(COLOUR_RULES);
  for (const frame of frames) builder = builder.include([frame, "html"]);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes
        .filter((node) => !tabsterGuard(v.id, node.html))
        .map((node) => `${label}: ${v.id} (${v.impact}) — ${node.target.join(" ")} — ${v.help}`),
    );
}

/**
 * Fails unless the product actually painted in `theme` (so a theme that silently fell back to
 * light cannot pass for dark): light pages are bright, dark ones dim, high contrast pure black.
 */
export async function expectTheme(root: Locator, theme: ThemeName): Promise<void> {
  const background = await root.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r = 0, g = 0, b = 0] = (background.match(/\d+/gu) ?? []).map(Number);
  const brightness = (r + g + b) / 3;
  if (theme === "light") expect(brightness, background).toBeGreaterThan(200);
  else if (theme === "dark") expect(brightness, background).toBeLessThan(80);
  else expect(background).toBe("rgb(0, 0, 0)");
}

/** Priya Raman added to the student's interviews, with research notes and two questions. */
export async function addPriyaInterview(request: APIRequestContext): Promise<string> {
  return addToInterviews(request, {
    displayName: PRIYA.name,
    givenName: "Priya",
    surname: "Raman",
    emailAddresses: [{ address: PRIYA.email, name: PRIYA.name }],
    personalNotes: "Leads the night-shift nursing team.",
    extensions: [
      interviewExtension({
        stage: "questionsReady",
        source: "directory",
        questions: JSON.stringify([
          { id: "own-1", text: "What drew you to this field?" },
          { id: "own-2", text: "What does a typical week look like for you?" },
        ]),
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      }),
    ],
  });
}

/** An interview with Priya booked for now, with a prep sheet on the event; returns the event id. */
export async function bookPriyaNow(request: APIRequestContext): Promise<string> {
  const contactId = await addPriyaInterview(request);
  const sheet = createPrepSheet({
    contactId,
    researchNotes: "Leads the night-shift nursing team at the hospital.",
    questions: [{ id: "q1", text: "What does a typical shift look like for you?" }],
    format: "teams",
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const event = await graph(request, "POST", "/me/events", {
    subject: `Information interview: Avery Chen and ${PRIYA.name}`,
    body: { contentType: "html", content: "<p>Thank you for agreeing to talk.</p>" },
    ...meetingNow(),
    attendees: [{ emailAddress: { address: PRIYA.email, name: PRIYA.name }, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    categories: ["Information interview"],
    extensions: [prep.value],
  });
  return String(event.id);
}

/** A short description of the focused element (role or tag, and its name), for failure messages. */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
    const name =
      el.getAttribute("aria-label") ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      "";
    return `${role} "${name.trim().slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus. Fails, with the path walked, when
 * `max` presses do not get there or when a press leaves focus where it was (a keyboard trap).
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 30 }: { back?: boolean; max?: number } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  const path: string[] = [await focusedDescription(page)];
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return presses;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focusedDescription(page);
    if (now === path[path.length - 1] && now !== "(body)") {
      throw new Error(
        `Focus stayed on ${now} after ${back ? "Shift+Tab" : "Tab"}: ${path.join(" → ")}`,
      );
    }
    path.push(now);
  }
  throw new Error(`Did not reach the target in ${max} presses: ${path.join(" → ")}`);
}

/**
 * The focused element shows where it is: Fluent marks keyboard focus with `data-fui-focus-visible`
 * (its focus ring); native controls need a visible outline; text fields show their caret and
 * Fluent's focus underline through :focus-visible.
 */
export async function expectFocusRing(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const visible = await target.evaluate((el) => {
    if (!el.matches(":focus-visible")) return false;
    if (el.hasAttribute("data-fui-focus-visible")) return true;
    if (/^(INPUT|TEXTAREA)$/u.test(el.tagName)) return true;
    const style = getComputedStyle(el);
    return style.outlineStyle !== "none" && style.outlineWidth !== "0px";
  });
  expect(visible, "focused element shows a focus indicator").toBe(true);
}

/** One contact of the student's "Information interviews" folder, as the tests read it back. */
export interface InterviewContact {
  displayName: string;
  personalNotes?: string;
  /** The chosen questions' texts, in order, from the interview's extension. */
  questions: string[];
}

/** The contacts in the student's "Information interviews" folder, with notes and questions. */
export async function interviewContacts(request: APIRequestContext): Promise<InterviewContact[]> {
  const folders = (await graph(request, "GET", "/me/contactFolders")) as {
    value: Array<{ id: string; displayName: string }>;
  };
  const folder = folders.value.find((f) => f.displayName === "Information interviews");
  if (!folder) return [];
  const contacts = (await graph(
    request,
    "GET",
    `/me/contactFolders/${folder.id}/contacts?$select=displayName,personalNotes&$expand=extensions($filter=id eq '${EXTENSION_NAME}')`,
  )) as {
    value: Array<{
      displayName: string;
      personalNotes?: string;
      extensions?: Array<{ questions?: string }>;
    }>;
  };
  return contacts.value.map((c) => ({
    displayName: c.displayName,
    ...(c.personalNotes === undefined ? {} : { personalNotes: c.personalNotes }),
    questions: (JSON.parse(c.extensions?.[0]?.questions ?? "[]") as Array<{ text: string }>).map(
      (q) => q.text,
    ),
  }));
}
