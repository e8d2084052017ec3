// Accessibility: axe (WCAG 2.1 A/AA) finds no serious or critical problem on any view, in the
// light,
// dark and high-contrast themes — one page load per view and theme, one assertion per group. The
// dark and high-contrast runs check the colour rules only: a theme changes colours, not the DOM.
import type { Page } from "@playwright/test";
import {
  PRIYA,
  THEMES,
  addPriyaInterview,
  axeProblems,
  bookPriyaNow,
  expectTheme,
  scopeFor,
  useBrowserTheme,
} from "./a11yHelpers";
import { expect, surfaces, test } from "./fixtures";
import { ADVISOR, STUDENT } from "./graphAsUser";

/** The student's Teams tab opened as a plain page (the browser host follows the emulated theme). */
const tab = (query = "") => `/tab.html?as=${encodeURIComponent(STUDENT)}${query}`;

const TASK_PANE = 'iframe[title="Outlook task pane"]';
const SIDE_PANEL = 'iframe[title="Teams meeting side panel"]';

async function openSection(page: Page, name: string) {
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name })
    .click();
  await expect(page.getByRole("tabpanel", { name })).toBeVisible();
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    // Axe reads every node of a view; on a busy machine a group of views takes a while.
    test.describe.configure({ timeout: 150_000 });
    test.beforeEach(async ({ page }) => useBrowserTheme(page, theme));
    /** Every A/AA rule in light; the colour rules in dark and high contrast (same DOM). */
    const scan = (page: Page, label: string, frames: readonly string[] = []) =>
      axeProblems(page, `${theme}, ${label}`, frames, scopeFor(theme));

    test("Find (empty and with results), an empty pipeline and the question bank", async ({
      page,
    }) => {
      const found: string[] = [];
      await page.goto(tab());
      const search = page.getByRole("searchbox", { name: "Search people" });
      await expect(search).toBeVisible();
      await expectTheme(page.locator(".fui-FluentProvider").first(), theme);
      found.push(...(await scan(page, "find, empty")));
      await page.getByRole("button", { name: "Filters" }).click();
      await page.getByRole("button", { name: "Add someone by hand" }).click();
      await expect(page.getByRole("group", { name: "Filters" })).toBeVisible();
      await expect(page.getByText("Add someone outside the directory")).toBeVisible();
      found.push(...(await scan(page, "find, filters and add by hand open")));
      await page.getByRole("button", { name: "Filters" }).click();
      await page.getByRole("button", { name: "Add someone by hand" }).click();
      await search.fill("Priya");
      await expect(
        page.getByRole("list", { name: "People found" }).getByRole("button", { name: /Priya/u }),
      ).not.toHaveCount(0);
      found.push(...(await scan(page, "find, results")));
      await page
        .getByRole("button", { name: /Priya Raman/u })
        .first()
        .click();
      await expect(page.getByRole("heading", { name: PRIYA.name, exact: true })).toBeVisible();
      await expect(page.getByText("Reports to", { exact: true })).toBeVisible();
      // Each group's heading sits on its own line, above what follows it.
      for (const name of ["Reports to", "Direct reports"]) {
        const heading = page.getByRole("heading", { name, exact: true });
        const below = heading.locator("xpath=following-sibling::*[1]");
        const [top, next] = [await heading.boundingBox(), await below.boundingBox()];
        expect(next!.y, name).toBeGreaterThanOrEqual(top!.y + top!.height - 1);
      }
      found.push(...(await scan(page, "find, contact card")));

      await page.getByRole("tab", { name: "My interviews" }).click();
      await expect(page.getByRole("tabpanel", { name: "My interviews" })).toBeVisible();
      await expect(page.getByRole("progressbar")).toHaveCount(0);
      found.push(...(await scan(page, "pipeline, empty")));

      await page.getByRole("tab", { name: "Questions" }).click();
      await expect(page.getByRole("tabpanel", { name: "Questions" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Question bank" })).toBeVisible();
      found.push(...(await scan(page, "question bank")));
      expect(found).toEqual([]);
    });

    test("the pipeline with interviews and every section of one", async ({ page, request }) => {
      const found: string[] = [];
      await addPriyaInterview(request);
      await page.goto(tab("&view=pipeline"));
      await expect(page.getByRole("button", { name: /Priya Raman/u })).toBeVisible();
      await expectTheme(page.locator(".fui-FluentProvider").first(), theme);
      found.push(...(await scan(page, "pipeline, with interviews")));

      await page.getByRole("button", { name: /Priya Raman/u }).click();
      await expect(page.getByRole("textbox", { name: "Research notes" })).toBeVisible();
      found.push(...(await scan(page, "interview, research")));

      await openSection(page, "Questions");
      await expect(page.getByRole("textbox", { name: "New question" })).toBeVisible();
      found.push(...(await scan(page, "interview, questions")));

      await openSection(page, "Arrange");
      await page.getByRole("button", { name: "Find times" }).click();
      const times = page.getByRole("radiogroup", { name: "Times that suit you both" });
      await expect(times.getByRole("radio").first()).toBeVisible();
      found.push(...(await scan(page, "interview, arrange with free times")));

      await openSection(page, "Meeting");
      found.push(...(await scan(page, "interview, meeting")));
      expect(found).toEqual([]);
    });

    test("the advisors' tab: volunteers, question bank, load charts", async ({ page }) => {
      const found: string[] = [];
      await page.goto(`/tab.html?as=${encodeURIComponent(ADVISOR)}&view=advisor`);
      await expect(page.getByRole("tab", { name: "Volunteer list" })).toBeVisible();
      await expectTheme(page.locator(".fui-FluentProvider").first(), theme);
      await expect(page.getByRole("listitem").first()).toBeVisible();
      found.push(...(await scan(page, "advisor, volunteers")));
      await page.getByRole("button", { name: "Add volunteer" }).click();
      await expect(page.getByRole("button", { name: "Save volunteer" })).toBeVisible();
      found.push(...(await scan(page, "advisor, volunteer form")));
      await page.getByRole("tab", { name: "Question bank" }).click();
      await expect(page.getByRole("button", { name: /Move down/u }).first()).toBeVisible();
      found.push(...(await scan(page, "advisor, question bank")));
      await page.getByRole("tab", { name: "Load and outcomes" }).click();
      await expect(
        page.getByRole("table", { name: "Bookings this month, as a table" }),
      ).toBeVisible();
      found.push(...(await scan(page, "advisor, load charts")));
      expect(found).toEqual([]);
    });

    test("the workbench: Outlook context card, prep in the appointment and side panel", async ({
      page,
      request,
    }) => {
      const found: string[] = [];
      await page.goto(
        `/?as=${encodeURIComponent(STUDENT)}&theme=${theme}&surface=outlook-message&from=${PRIYA.email}`,
      );
      const { taskPane, sidePanel } = surfaces(page);
      await expect(taskPane.getByRole("heading", { name: PRIYA.name, exact: true })).toBeVisible();
      await expect(taskPane.getByText("Reports to", { exact: true })).toBeVisible();
      // Office has no high-contrast signal of its own: its black theme reads as dark.
      await expectTheme(
        taskPane.locator(".fui-FluentProvider").first(),
        theme === "contrast" ? "dark" : theme,
      );
      found.push(...(await scan(page, "Outlook message card", [TASK_PANE])));

      const eventId = await bookPriyaNow(request);
      await page.goto(
        `/?as=${encodeURIComponent(STUDENT)}&theme=${theme}&surface=outlook-appointment&event=${encodeURIComponent(eventId)}`,
      );
      await expect(sidePanel.getByRole("timer", { name: "Time elapsed" })).toBeVisible();
      await expect(taskPane.getByRole("timer", { name: "Time elapsed" })).toBeVisible();
      await expectTheme(sidePanel.locator(".fui-FluentProvider").first(), theme);
      found.push(
        ...(await scan(page, "prep in the appointment and side panel", [TASK_PANE, SIDE_PANEL])),
      );
      expect(found).toEqual([]);
    });

    test("the config-missing page and a pane whose host is missing", async ({ page }) => {
      const found: string[] = [];
      await page.route("**/config.json", (route) => route.fulfill({ status: 404, body: "" }));
      await page.goto(tab());
      await expect(page.getByRole("alert")).toContainText("config.json");
      found.push(...(await scan(page, "config missing")));
      await page.unroute("**/config.json");

      await page.goto(`/taskpane.html?host=outlook&as=${encodeURIComponent(STUDENT)}`);
      await expect(page.getByRole("alert")).toContainText("Outlook");
      await expect(page.getByRole("tab", { name: "Find" })).toBeVisible();
      await expectTheme(page.locator(".fui-FluentProvider").first(), theme);
      found.push(...(await scan(page, "host missing")));
      expect(found).toEqual([]);
    });
  });
}
