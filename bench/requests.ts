// Graph requests per user action: the built pages driven in Chromium against the demo tenant, each
// step counted from the sandbox's request log once the UI has settled and Graph has gone quiet.
import { expect, type Page } from "@playwright/test";
import { createPrepSheet, encodePrepSheetExtension } from "../src/domain/prepSheet";
import type { LoggedRequest } from "../sandbox/sandbox";
import { DEMO_STUDENT_UPN } from "../sandbox/tenants/demo";
import { describeRequest, startBenchApp, watchGraph, type BenchApp } from "./app";
import { offlineContext } from "./browser";
import type { Figure } from "./figure";

/** Two directory people the demo student has not added yet. */
const FIRST = "Priya Raman";
const LATER = "Hannah Whitfield";

/** One action's requests: top-level HTTP requests (a $batch is one) and the Graph calls inside. */
interface Counted {
  action: string;
  requests: LoggedRequest[];
}

/** Runs `act`, waits for `done` (what the user sees) and a quiet log, and keeps what was asked. */
async function step(
  counted: Counted[],
  graph: ReturnType<typeof watchGraph>,
  action: string,
  act: () => Promise<void>,
  done: () => Promise<void>,
): Promise<void> {
  const before = (await graph.settled()).length;
  await act();
  await done();
  const after = await graph.settled();
  counted.push({ action, requests: after.slice(before) });
}

/** Types a name in Find and waits until the results for the whole name are shown. */
async function search(page: Page, name: string): Promise<void> {
  // One input event, so the count does not depend on how fast a busy machine types.
  const box = page.getByRole("searchbox", { name: "Search people" });
  await box.fill(name);
  await expect(box).toHaveValue(name);
  // The count appears once the answer for the typed text is in (suggestions show none).
  await expect(
    page.getByRole("status").filter({ hasText: /\d+ (people|person) found/u }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(name) }).first()).toBeVisible();
}

async function openCard(page: Page, name: string): Promise<void> {
  await page
    .getByRole("button", { name: new RegExp(name) })
    .first()
    .click();
}

async function cardShown(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to my interviews" })).toBeEnabled();
}

async function added(page: Page): Promise<void> {
  await expect(page.getByRole("textbox", { name: "Research notes" })).toHaveValue(
    /Research checklist/,
  );
}

/** Calls the sandbox's Graph as the student (setting up, never counted). */
async function graphCall(app: BenchApp, method: string, path: string, body?: unknown) {
  const token = (await (
    await fetch(`${app.sandbox}/_sandbox/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userPrincipalName: DEMO_STUDENT_UPN }),
    })
  ).json()) as { access_token: string };
  const response = await fetch(`${app.sandbox}/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer ${token.access_token}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * An interview with the first contact running now, with a prep sheet, so the task pane's "Prep
 * sheet" finds it whatever the time of day (the one booked through the UI is in the future).
 */
async function seedRunningInterview(app: BenchApp): Promise<void> {
  const folders = (await graphCall(app, "GET", "/me/contactFolders")) as {
    value: { id: string; displayName: string }[];
  };
  const folder = folders.value.find((f) => f.displayName === "Information interviews");
  if (!folder) throw new Error("the add did not create the interview folder");
  const contacts = (await graphCall(
    app,
    "GET",
    `/me/contactFolders/${folder.id}/contacts?$select=id,displayName,emailAddresses&$top=100`,
  )) as { value: { id: string; displayName: string; emailAddresses: { address: string }[] }[] };
  const contact = contacts.value.find((c) => c.displayName === FIRST);
  if (!contact) throw new Error(`${FIRST} is not in the interview folder`);
  const sheet = createPrepSheet({
    contactId: contact.id,
    researchNotes: "Leads the night-shift nursing team.",
    questions: [{ id: "q1", text: "What does a typical shift look like for you?" }],
    format: "teams",
  });
  const prep = encodePrepSheetExtension(sheet);
  if (!prep.ok) throw new Error("prep sheet too large");
  const start = new Date(Date.now() - 5 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  const at = (d: Date) => ({ dateTime: d.toISOString().slice(0, 19), timeZone: "UTC" });
  const address = contact.emailAddresses[0]?.address ?? "";
  await graphCall(app, "POST", "/me/events", {
    subject: `Information interview: Avery Chen and ${FIRST}`,
    start: at(start),
    end: at(end),
    attendees: [{ emailAddress: { address, name: FIRST }, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    categories: ["Information interview"],
    extensions: [prep.value],
  });
}

/** Find, card, add (first and later), find times and book in the Teams tab. */
async function tabActions(app: BenchApp, counted: Counted[]): Promise<void> {
  const context = await offlineContext(app.browser);
  try {
    const page = await context.newPage();
    const graph = watchGraph(page, app.sandbox);
    await page.goto(`${app.origin}/tab.html?as=${DEMO_STUDENT_UPN}`);
    await expect(page.getByRole("searchbox", { name: "Search people" })).toBeVisible();
    // The page's own first requests (suggestions) are in before anything is counted.
    await expect(page.getByRole("list", { name: "Suggested people" })).toBeVisible();

    await step(
      counted,
      graph,
      "search",
      () => search(page, FIRST),
      async () => {},
    );
    await step(
      counted,
      graph,
      "card",
      () => openCard(page, FIRST),
      () => cardShown(page, FIRST),
    );
    await step(
      counted,
      graph,
      "add.first",
      () => page.getByRole("button", { name: "Add to my interviews" }).click(),
      () => added(page),
    );

    const sections = page.getByRole("tablist", { name: "Interview sections" });
    await step(
      counted,
      graph,
      "arrange.open",
      () => sections.getByRole("tab", { name: "Arrange" }).click(),
      () => expect(page.getByRole("button", { name: "Find times" })).toBeVisible(),
    );
    const times = page.getByRole("radiogroup", { name: "Times that suit you both" });
    await step(
      counted,
      graph,
      "findTimes",
      () => page.getByRole("button", { name: "Find times" }).click(),
      () => expect(times.getByRole("radio").first()).toBeVisible(),
    );
    await step(
      counted,
      graph,
      "book",
      async () => {
        await times.getByRole("radio").first().check();
        await page.getByRole("button", { name: "Book interview" }).click();
      },
      () => expect(page.getByText(/^Booked for/u)).toBeVisible(),
    );

    await page.getByRole("tab", { name: "Find", exact: true }).click();
    await step(
      counted,
      graph,
      "search.later",
      () => search(page, LATER),
      async () => {},
    );
    await openCard(page, LATER);
    await cardShown(page, LATER);
    await step(
      counted,
      graph,
      "add.later",
      () => page.getByRole("button", { name: "Add to my interviews" }).click(),
      () => added(page),
    );
  } finally {
    await context.close();
  }
}

/** Prep sheet, takeaways and thank-you in the Outlook task pane opened in a plain browser. */
async function meetingActions(app: BenchApp, counted: Counted[]): Promise<void> {
  await seedRunningInterview(app);
  const context = await offlineContext(app.browser);
  try {
    const page = await context.newPage();
    const graph = watchGraph(page, app.sandbox);
    await page.goto(`${app.origin}/taskpane.html?host=outlook&as=${DEMO_STUDENT_UPN}`);
    const nav = page.getByRole("tablist", { name: "Sections", exact: true });
    await expect(nav.getByRole("tab", { name: "Prep sheet" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Suggested people" })).toBeVisible();
    await step(
      counted,
      graph,
      "prepSheet",
      () => nav.getByRole("tab", { name: "Prep sheet" }).click(),
      async () => {
        await expect(page.getByRole("timer", { name: "Time elapsed" })).toBeVisible();
        await expect(page.getByRole("heading", { name: FIRST, exact: true })).toBeVisible();
      },
    );
    await step(
      counted,
      graph,
      "takeaways",
      () =>
        page
          .getByRole("textbox", { name: "Takeaways" })
          .fill("Shadow a charge nurse on the Tuesday night rotation"),
      () => expect(page.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 }),
    );
    await step(
      counted,
      graph,
      "thankYou",
      () => page.getByRole("button", { name: "Draft thank-you" }).click(),
      () =>
        expect(page.getByText(/Draft saved in your Drafts folder/u)).toBeVisible({
          timeout: 15_000,
        }),
    );
  } finally {
    await context.close();
  }
}

/**
 * A read of "the organisation at a glance": the reporting line (`$expand=manager($levels=…)`), a
 * direct-report count, or the department's titles.
 */
function isGlanceCall(r: LoggedRequest): boolean {
  const q = r.query;
  return (
    (/\/directReports$/u.test(r.path) && q.$count === "true") ||
    (/^\/v1\.0\/users\/[^/]+$/u.test(r.path) && /manager\(\$levels=/iu.test(q.$expand ?? "")) ||
    (r.path === "/v1.0/users" && /^department eq /u.test(q.$filter ?? ""))
  );
}

/**
 * A read the research view makes by itself once a contact opens there (as it does right after an
 * add): the glance's, the contact with its record, the career centre's resources (or volunteers).
 */
function isResearchCall(r: LoggedRequest): boolean {
  return (
    r.method === "GET" &&
    (isGlanceCall(r) ||
      /^\/v1\.0\/me\/contacts\/[^/]+$/u.test(r.path) ||
      /^\/v1\.0\/sites\/[^/]+\/lists\/[^/]+\/items$/u.test(r.path))
  );
}

const callsOf = (r: LoggedRequest) => r.batch ?? [r];
const isResearchRequest = (r: LoggedRequest) =>
  callsOf(r).length > 0 && callsOf(r).every(isResearchCall);

/**
 * Moves the research view's own reads out of the add steps (whose budgets count the add) into
 * `research.open` (the first add's), and counts the glance's calls inside them as `orgGlance`.
 */
function separateResearch(counted: Counted[]): {
  counted: Counted[];
  glance: { requests: number; calls: number };
} {
  const out: Counted[] = [];
  let glance = { requests: 0, calls: 0 };
  for (const c of counted) {
    if (!c.action.startsWith("add.")) {
      out.push(c);
      continue;
    }
    out.push({ action: c.action, requests: c.requests.filter((r) => !isResearchRequest(r)) });
    if (c.action === "add.first") {
      const research = c.requests.filter(isResearchRequest);
      out.push({ action: "research.open", requests: research });
      const withGlance = research.filter((r) => callsOf(r).some(isGlanceCall));
      glance = {
        requests: withGlance.length,
        calls: withGlance.reduce((n, r) => n + callsOf(r).filter(isGlanceCall).length, 0),
      };
    }
  }
  return { counted: out, glance };
}

/** Graph requests per user action; deterministic, so gated. */
export async function benchRequests(): Promise<Figure[]> {
  const app = await startBenchApp();
  const counted: Counted[] = [];
  try {
    await tabActions(app, counted);
    await meetingActions(app, counted);
  } finally {
    await app.close();
  }
  const { counted: figures, glance } = separateResearch(counted);
  if (process.env.BENCH_VERBOSE) {
    for (const c of figures)
      console.log(`${c.action}:\n  ${c.requests.map(describeRequest).join("\n  ")}`);
  }
  return [
    ...figures.flatMap(({ action, requests }) => [
      { id: `requests.${action}`, value: requests.length, unit: "requests", gated: true },
      {
        id: `requests.${action}.graphCalls`,
        value: requests.reduce((n, r) => n + callsOf(r).length, 0),
        unit: "calls",
        gated: true,
      },
    ]),
    { id: "requests.orgGlance", value: glance.requests, unit: "requests", gated: true },
    { id: "requests.orgGlance.graphCalls", value: glance.calls, unit: "calls", gated: true },
  ];
}
