// Production sign-in as a new user meets it where sign-in cannot finish (no Entra here): the header
// says once that they are not signed in, with Sign in, and no view adds its own failure; the
// sign-in window (MSAL's popup in a plain browser) opens only from that click. Teams' window and
// Office's dialog are held by the same gate (tests/unit/signInGate.test.ts); the workbench cannot
// open Teams' here, as real teams-js refuses a sign-in URL that is not https.
import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A production config.json, as an administrator writes it (docs/DEPLOY.md). */
const PRODUCTION = {
  mode: "production",
  clientId: "4f7c2a9e-1b3d-4c5e-8f60-7a8b9c0d1e2f",
  teamsAppId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  tenantId: "northfield.example",
  sharePoint: null,
};

/** Every page gets the production config (what `npm run build` deploys beside the pages). */
async function productionConfig(context: BrowserContext): Promise<void> {
  await context.route("**/config.json", (route) => route.fulfill({ json: PRODUCTION }));
}

/** Feature-level failures that would repeat what the header says. */
const FEATURE_FAILURE = /could not be read|signed out|could not load|Reload the page/iu;

const PAGES = [
  "/tab.html",
  "/tab.html?view=pipeline",
  "/tab.html?view=questions",
  "/tab.html?view=advisor",
  "/taskpane.html",
  "/taskpane.html?view=prep",
];

for (const path of PAGES) {
  test(`${path} not signed in: the header says so once, with Sign in, and nothing else fails`, async ({
    context,
    page,
    watch,
  }) => {
    await productionConfig(context);
    const popups: string[] = [];
    page.on("popup", (popup) => popups.push(popup.url()));
    await page.goto(path);
    const header = page.locator("header");
    await expect(header.getByText("You are not signed in.")).toBeVisible();
    await expect(header.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByText("You are not signed in.")).toHaveCount(1);
    // Give the views' first reads the time they would take to fail.
    await page.waitForTimeout(1500);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.getByText(FEATURE_FAILURE)).toHaveCount(0);
    // No sign-in window at page start, and nothing sent anywhere before the click.
    expect(popups).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
}

test("a plain browser opens the sign-in window only from the user's click on Sign in", async ({
  context,
  page,
  watch,
}) => {
  await productionConfig(context);
  await page.goto("/tab.html");
  const header = page.locator("header");
  const signIn = header.getByRole("button", { name: "Sign in" });
  await expect(signIn).toBeEnabled();
  await page.waitForTimeout(1500);
  expect(context.pages()).toHaveLength(1);
  expect(watch.external).toEqual([]);

  const [popup] = await Promise.all([page.waitForEvent("popup"), signIn.click()]);
  // MSAL's window heads for Entra's authorize page (refused here: tests never leave the machine).
  await expect.poll(() => watch.external.join(" ")).toMatch(/login\.microsoftonline\.com/u);
  await expect(header.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  await expect(page.getByText(FEATURE_FAILURE)).toHaveCount(0);
  await popup.close();
});
