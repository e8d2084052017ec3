// A career centre site made by `npm run provision` and nothing else: a sandbox whose team site is
// empty is provisioned by the CLI (as an administrator would run it), the app is given the
// config.json it wrote, an advisor adds a volunteer and a student finds and books them; a second
// provisioning run then changes nothing — not the config, not the data.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startSandbox, type RunningSandbox } from "../../sandbox/server";
import { ADMIN, FRESH_GROUP_ID, freshCentreTenant } from "../support/freshCentre";
import { ADVISOR, PROFESSIONAL, STUDENT } from "../support/people";
import { expect, test } from "./fixtures";

const run = promisify(execFile);
const VOLUNTEER = { name: "Morgan Diaz", email: PROFESSIONAL };

interface Written {
  sharePoint: {
    siteId: string;
    lists: Record<"volunteers" | "volunteerNotes" | "questions" | "bookings", string>;
  };
}
interface Item {
  id: string;
  fields: Record<string, unknown>;
  createdBy?: { user?: { email?: string } };
}

let sandbox: RunningSandbox;
let dir: string;
let configPath: string;

/** Runs the provisioning CLI against the fresh sandbox as its administrator; its output. */
async function provision(): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/provision.ts",
      ...["--sandbox", sandbox.url, "--as", ADMIN, "--group", FRESH_GROUP_ID],
      ...["--config", configPath],
    ],
    { timeout: 90_000 },
  );
  return stdout;
}

/** Graph on the fresh sandbox as `upn`. */
async function graph<T>(upn: string, path: string): Promise<T> {
  const token = (await (
    await fetch(`${sandbox.url}/_sandbox/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userPrincipalName: upn }),
    })
  ).json()) as { access_token: string };
  const answer = await fetch(`${sandbox.url}/v1.0${path}`, {
    headers: { Authorization: `Bearer ${token.access_token}` },
  });
  expect(answer.status, path).toBe(200);
  return (await answer.json()) as T;
}

/** Every row of every centre list, as the administrator reads them. */
async function everything(written: Written): Promise<Record<string, Item[]>> {
  const { siteId, lists } = written.sharePoint;
  const entries = await Promise.all(
    Object.entries(lists).map(async ([key, id]) => {
      const path = `/sites/${siteId}/lists/${id}/items?$expand=fields&$top=999`;
      return [key, (await graph<{ value: Item[] }>(ADMIN, path)).value] as const;
    }),
  );
  return Object.fromEntries(entries);
}

test.beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, tenant: freshCentreTenant() });
  dir = await mkdtemp(join(tmpdir(), "provisioned-site-"));
  configPath = join(dir, "config.json");
  await writeFile(configPath, JSON.stringify({ mode: "sandbox", sandboxOrigin: sandbox.url }));
});

test.afterAll(async () => {
  await sandbox?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("on a freshly provisioned site an advisor adds a volunteer, a student books them, and provisioning again changes nothing", async ({
  page,
  watch,
}) => {
  test.setTimeout(180_000);
  expect(await provision()).toContain("Changes made:");
  const config = await readFile(configPath, "utf8");
  const written = JSON.parse(config) as Written;
  // Every page is given the config the command wrote (in place of the workbench's own).
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: config }),
  );

  // The advisor, on the centre's tab: an empty list, then the volunteer.
  await page.goto(`/tab.html?view=advisor&as=${ADVISOR}`);
  await expect(page.getByText("The volunteer list is empty.")).toBeVisible();
  await page.getByRole("button", { name: "Add volunteer" }).click();
  await page.getByLabel("Name", { exact: true }).fill(VOLUNTEER.name);
  await page.getByLabel("Email", { exact: true }).fill(VOLUNTEER.email);
  await page.getByLabel("Organisation", { exact: true }).fill("Northfield University");
  await page.getByLabel("Monthly capacity", { exact: true }).fill("2");
  await page.getByLabel("Advisor notes", { exact: true }).fill("Met at the science fair.");
  await page.getByRole("button", { name: "Save volunteer" }).click();
  await expect(page.getByText(`${VOLUNTEER.name} is saved.`)).toBeVisible();

  // The student finds the volunteer, adds them and books a conversation.
  await page.goto(`/tab.html?as=${STUDENT}`);
  await page.getByRole("searchbox", { name: "Search people" }).pressSequentially("Morgan", {
    delay: 30,
  });
  const result = page.getByRole("button", { name: /Morgan Diaz/u });
  await expect(result).toContainText("Career centre volunteer");
  await result.click();
  await page.getByRole("button", { name: "Add to my interviews" }).click();
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();
  await page.getByRole("button", { name: "Find times" }).click();
  await page
    .getByRole("radiogroup", { name: "Times that suit you both" })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: "Book interview" }).click();
  await expect(page.getByText(/^Booked for/u)).toBeVisible();

  // The site holds both: the volunteer (notes apart) and the student's own booking row.
  const before = await everything(written);
  expect(before.volunteers!.map((r) => r.fields.Email)).toEqual([VOLUNTEER.email]);
  expect(before.volunteerNotes!.map((r) => r.fields.Notes)).toEqual(["Met at the science fair."]);
  await expect
    .poll(async () => (await everything(written)).bookings!.map((r) => r.createdBy?.user?.email))
    .toEqual([STUDENT]);
  const settled = await everything(written);

  // Provisioning again: nothing to change, the config as it was, every row still there.
  const again = await provision();
  expect(again).toContain("(none: the site is already set up)");
  expect(again).toContain("already names this site and its lists");
  expect(await readFile(configPath, "utf8")).toBe(config);
  expect(await everything(written)).toEqual(settled);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
