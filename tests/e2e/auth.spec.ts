// Sign-in trouble in a browser: a token that expires mid-flow is renewed without the user noticing,
// and a refused permission (revoked consent) says which permission to ask the administrator for.
import type { Page } from "@playwright/test";
import { expect, SANDBOX, test } from "./fixtures";

const STUDENT = "avery.chen@northfield.example";

interface Logged {
  method: string;
  path: string;
  status: number;
  batch?: Logged[];
}

async function requests(page: Page): Promise<Logged[]> {
  const log = (await (await page.request.get(`${SANDBOX}/_sandbox/requests`)).json()) as Logged[];
  return log.flatMap((r) => (r.batch ? [r, ...r.batch] : [r]));
}

/** Chromium logs every refused response as a console error; the app's own errors are the rest. */
function appErrors(errors: readonly string[], status: number): string[] {
  return errors.filter((e) => !e.includes(`status of ${status}`));
}

async function openCard(page: Page, name: string) {
  await page.goto(`/tab.html?as=${STUDENT}`);
  await page.getByRole("searchbox", { name: "Search people" }).fill(name);
  await page
    .getByRole("button", { name: new RegExp(name, "u") })
    .first()
    .click();
  await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
}

test("a token that expires mid-flow is renewed silently and the next action succeeds", async ({
  page,
  watch,
}) => {
  await openCard(page, "Priya Raman");
  const before = (await requests(page)).length;
  const expire = await page.request.post(`${SANDBOX}/_sandbox/tokens/expire`);
  expect(expire.ok()).toBe(true);

  await page.getByRole("button", { name: "Add to my interviews" }).click();
  await expect(page.getByRole("textbox", { name: "Research notes" })).toHaveValue(
    /Research checklist/u,
  );
  const after = (await requests(page)).slice(before);
  // The expired token was refused at least once, and each refused request went again and worked.
  const refused = after.filter((r) => r.status === 401);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  for (const [i, r] of after.entries()) {
    if (r.status !== 401) continue;
    const again = after.slice(i + 1).find((x) => x.method === r.method && x.path === r.path);
    expect(again?.status, `${r.method} ${r.path} after its 401`).toBeLessThan(300);
  }
  expect(
    after.some((r) => r.method === "POST" && /\/contacts$/u.test(r.path) && r.status === 201),
  ).toBe(true);
  await expect(page.getByText(/signed out/iu)).toHaveCount(0);
  expect(appErrors(watch.errors, 401)).toEqual([]);
});

test("a revoked consent names the permission to ask the administrator for", async ({
  page,
  watch,
}) => {
  await openCard(page, "Priya Raman");
  const faults = await page.request.post(`${SANDBOX}/_sandbox/faults`, {
    data: {
      rules: [
        {
          path: "^/v1.0/me/contact",
          status: 403,
          code: "ErrorAccessDenied",
          message: "Access is denied. Check credentials and try again.",
          times: 100,
        },
      ],
    },
  });
  expect(faults.ok()).toBe(true);
  await page.getByRole("button", { name: "Add to my interviews" }).click();
  const explanation = page.getByText(/administrator/u);
  await expect(explanation).toBeVisible();
  await expect(explanation).toContainText("Contacts.ReadWrite");
  await expect(explanation).toContainText("your contacts");
  expect(appErrors(watch.errors, 403)).toEqual([]);
});

test.describe("in French", () => {
  test.use({ locale: "fr-CA" });

  test("a directory permission refused by the organisation is explained in French", async ({
    page,
    watch,
  }) => {
    const faults = await page.request.post(`${SANDBOX}/_sandbox/faults`, {
      data: {
        rules: [
          {
            method: "GET",
            path: "^/v1.0/users",
            status: 403,
            code: "Authorization_RequestDenied",
            message: "Insufficient privileges to complete the operation.",
            times: 100,
          },
        ],
      },
    });
    expect(faults.ok()).toBe(true);
    await page.goto(`/tab.html?as=${STUDENT}`);
    await page.getByRole("searchbox", { name: "Rechercher des personnes" }).fill("Priya");
    const explanation = page.getByText(/administrateur/u);
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText("User.Read.All");
    await expect(explanation).toContainText("annuaire");
    expect(appErrors(watch.errors, 403)).toEqual([]);
  });
});
