// Steps 1–2 in a browser: find, add, research notes that survive a reload and a dropped network.
import { expect, SANDBOX, test } from "./fixtures";
import type { Page } from "@playwright/test";

const TAB = "/tab.html?as=avery.chen@northfield.example";

interface Logged {
  method: string;
  path: string;
  status: number;
  batch?: Logged[];
}

async function sandboxRequests(page: Page): Promise<Logged[]> {
  const body = (await (await page.request.get(`${SANDBOX}/_sandbox/requests`)).json()) as
    Logged[] | { requests: Logged[] };
  return Array.isArray(body) ? body : body.requests;
}

/** Searches for a person and opens their card; returns the number of Graph requests each step took. */
async function findAndAdd(page: Page, query: string, name: string) {
  await page.goto(TAB);
  const search = page.getByRole("searchbox", { name: "Search people" });
  await expect(search).toBeVisible();
  await page.request.post(`${SANDBOX}/_sandbox/reset`);
  await search.pressSequentially(query, { delay: 30 });
  const result = page.getByRole("button", { name: new RegExp(name) }).first();
  await expect(result).toBeVisible();
  const afterSearch = (await sandboxRequests(page)).length;
  await result.click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  const add = page.getByRole("button", { name: "Add to my interviews" });
  await expect(add).toBeEnabled();
  const afterCard = (await sandboxRequests(page)).length;
  await add.click();
  const notes = page.getByRole("textbox", { name: "Research notes" });
  await expect(notes).toBeVisible();
  await expect(notes).toHaveValue(/Research checklist/);
  const all = await sandboxRequests(page);
  const afterAdd = all.length;
  if (process.env.E2E_SHOW_REQUESTS)
    console.warn(all.map((r) => `${r.method} ${r.path} ${r.status}`).join("\n"));
  return { notes, search: afterSearch, card: afterCard - afterSearch, add: afterAdd - afterCard };
}

test("search → card → add → notes typed → reload → the notes are still there", async ({
  page,
  watch,
}) => {
  const { notes, ...counts } = await findAndAdd(page, "Priya Raman", "Priya Raman");
  console.warn(`requests: settled search ${counts.search}, card ${counts.card}, add ${counts.add}`);
  await expect(notes).toHaveValue(/Reports to:/);
  await notes.click();
  await page.keyboard.press("ControlOrMeta+End");
  await notes.pressSequentially("\nAsked about night shifts.", { delay: 10 });
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.reload();
  await page.getByRole("tab", { name: "My interviews" }).click();
  await page.getByRole("button", { name: /Priya Raman/ }).click();
  await expect(page.getByRole("textbox", { name: "Research notes" })).toHaveValue(
    /Asked about night shifts\./,
  );
  expect(watch.errors).toEqual([]);
});

test("notes typed while the network drops are kept, then saved once when it is back", async ({
  page,
}) => {
  const { notes } = await findAndAdd(page, "Hannah Whitfield", "Hannah Whitfield");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const faults = await page.request.post(`${SANDBOX}/_sandbox/faults`, {
    data: { rules: [{ method: "PATCH", path: "^/v1.0/me/contacts/", status: 0, times: 1000 }] },
  });
  expect(faults.ok()).toBe(true);
  await notes.click();
  await page.keyboard.press("ControlOrMeta+End");
  await notes.pressSequentially("\nTyped offline.", { delay: 10 });
  await expect(page.getByText("Offline — kept on this device")).toBeVisible({ timeout: 15_000 });
  await notes.pressSequentially(" Still offline.", { delay: 10 });

  await page.request.delete(`${SANDBOX}/_sandbox/faults`);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible({ timeout: 30_000 });
  const patches = (await sandboxRequests(page))
    .flatMap((r) => (r.batch ? [r, ...r.batch] : [r]))
    .filter((r) => r.method === "PATCH" && r.path.startsWith("/v1.0/me/contacts/"));
  const saved = patches.filter((r) => r.status >= 200 && r.status < 300);
  // One successful save carries everything typed while offline; failed attempts are not saves.
  expect(saved).toHaveLength(1);

  await page.reload();
  await page.getByRole("tab", { name: "My interviews" }).click();
  await page.getByRole("button", { name: /Hannah Whitfield/ }).click();
  await expect(page.getByRole("textbox", { name: "Research notes" })).toHaveValue(
    /Typed offline\. Still offline\./,
  );
});
