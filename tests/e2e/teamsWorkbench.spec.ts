// The workbench as Teams and Outlook: the real teams-js in its frames, "add a tab", the meeting
// side
// panel given only a chat id, and Outlook's new-message window.
import type { APIRequestContext } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/domain/interview";
import { CAREER_CENTRE_TAB, expect, openChannelTab, SANDBOX, surfaces, test } from "./fixtures";
import { graph } from "./graphAsUser";

const STUDENT = "avery.chen@northfield.example";
const ADVISOR = "maya.okafor@northfield.example";
const ADVISOR_CHANNEL_TAB = CAREER_CENTRE_TAB;

test("add a tab: Save stays disabled until the page is valid, then shows the configured tab", async ({
  page,
  watch,
}) => {
  await page.goto(`/?surface=teams-config&as=${STUDENT}`);
  const dialog = page.getByRole("dialog", { name: "Add a tab" });
  const save = dialog.getByRole("button", { name: "Save" });
  const config = page.frameLocator('iframe[title="Tab configuration"]');
  await expect(config.getByRole("heading", { name: "Add Information Interviews" })).toBeVisible();
  await expect(config.getByText("You are adding this tab to a channel.")).toBeVisible();
  await expect(save).toBeDisabled();

  await config.getByRole("radio", { name: /Career centre: volunteers and question bank/ }).check();
  await expect(save).toBeEnabled();
  await save.click();

  await expect(dialog).toHaveCount(0);
  const tab = page.frameLocator(`iframe[title="${ADVISOR_CHANNEL_TAB}"]`);
  await expect(page.getByRole("region", { name: ADVISOR_CHANNEL_TAB })).toBeVisible();
  await expect(tab.getByRole("heading", { name: "Information Interviews" })).toBeVisible();
  // The saved tab opens the advisors' view on the same origin, as its content URL says.
  const src = await page.locator(`iframe[title="${ADVISOR_CHANNEL_TAB}"]`).getAttribute("src");
  expect(src).toMatch(/^\/tab\.html\?host=teams&view=advisor&as=/);
  await expect(tab.getByRole("region", { name: "Volunteers" })).toBeVisible();
  await expect(tab.getByRole("tablist", { name: "Sections" })).toHaveCount(0);
  expect(watch.external).toEqual([]);
});

test("a personal tab offers no advisors' tools, even to an advisor; the channel tab holds them", async ({
  page,
  watch,
}) => {
  await page.goto(`/?surface=outlook-message&as=${ADVISOR}`);
  const { tab } = surfaces(page);
  const sections = tab.getByRole("tablist", { name: "Sections" });
  await expect(sections.getByRole("tab", { name: "Find" })).toBeVisible();
  // Find, My interviews, Questions, What I've learned: the student's views, and no "Volunteers".
  await expect(sections.getByRole("tab")).toHaveCount(4);
  await expect(sections.getByRole("tab", { name: "Volunteers" })).toHaveCount(0);
  await expect(tab.getByRole("button", { name: "Add volunteer" })).toHaveCount(0);
  await expect(tab.getByRole("button", { name: /Import/u })).toHaveCount(0);
  // The Outlook pane is a student's surface too.
  const pane = surfaces(page).taskPane.getByRole("tablist", { name: "Sections" });
  await expect(pane.getByRole("tab", { name: "Find" })).toBeVisible();
  await expect(pane.getByRole("tab", { name: "Volunteers" })).toHaveCount(0);

  const channel = await openChannelTab(page, ADVISOR);
  await expect(channel.getByRole("region", { name: "Volunteers" })).toBeVisible();
  await expect(channel.getByRole("button", { name: "Add volunteer" })).toBeVisible();
  await expect(channel.getByRole("tab", { name: "Find" })).toHaveCount(0);
  // Teams told the channel tab what Teams tells a channel tab: its channel, no meeting or chat.
  const context = await page.evaluate(() => {
    const log = (
      window as unknown as {
        teamsHostSimulator: { log: Array<{ func: string; answer?: unknown[] }> };
      }
    ).teamsHostSimulator.log;
    return log.find((entry) => entry.func === "getContext")?.answer?.[0];
  });
  expect(context).toMatchObject({
    frameContext: "content",
    entityId: "careerCentre",
    channelId: expect.stringMatching(/^19:/u) as unknown,
  });
  expect(context).not.toHaveProperty("chatId");
  expect(watch.external).toEqual([]);
});

test("add a tab in a meeting offers the prep sheet", async ({ page }) => {
  await page.goto(`/?surface=teams-config&chat=19%3Ameeting_abc%40thread.v2&as=${STUDENT}`);
  const config = page.frameLocator('iframe[title="Tab configuration"]');
  await expect(config.getByText("You are adding this tab to a meeting.")).toBeVisible();
  const save = page
    .getByRole("dialog", { name: "Add a tab" })
    .getByRole("button", { name: "Save" });
  await expect(save).toBeDisabled();
  await config.getByRole("radio", { name: /Prep sheet and timekeeper/ }).check();
  await save.click();
  await expect(page.getByRole("region", { name: "Prep sheet" })).toBeVisible();
});

test("the meeting side panel is given the chat id Teams gives, and no event id", async ({
  page,
  watch,
}) => {
  const chat = "19:meeting_NjQ4ZTk0ZTEtYjU1Zi00@thread.v2";
  await page.goto(`/?surface=teams-meeting&chat=${encodeURIComponent(chat)}&as=${STUDENT}`);
  const region = page.getByRole("region", { name: "Teams meeting side panel" });
  await expect(region).toBeVisible();
  const frame = region.locator("iframe");
  const src = (await frame.getAttribute("src")) ?? "";
  expect(src).not.toMatch(/event/);
  const panel = page.frameLocator('iframe[title="Teams meeting side panel"]');
  await expect(panel.getByRole("heading", { name: "Prep sheet" })).toBeVisible();
  // What the real teams-js inside the frame asked the workbench's Teams, and was answered.
  const answers = await page.evaluate(() => {
    const log = (
      window as unknown as {
        teamsHostSimulator: {
          log: Array<{ frameContext: string; func: string; answer?: unknown[] }>;
        };
      }
    ).teamsHostSimulator.log;
    return log.filter((entry) => entry.frameContext === "sidePanel");
  });
  expect(answers.map((a) => a.func)).toEqual(expect.arrayContaining(["initialize", "getContext"]));
  const context = answers.find((a) => a.func === "getContext")?.answer?.[0] as Record<
    string,
    unknown
  >;
  expect(context).toMatchObject({
    frameContext: "sidePanel",
    chatId: chat,
    userPrincipalName: STUDENT,
  });
  expect(typeof context.meetingId).toBe("string");
  expect(JSON.stringify(context)).not.toMatch(/event/i);
  expect(watch.errors).toEqual([]);
});

/** Adds a professional from the demo directory to the student's interviews (through Graph). */
async function addInterview(request: APIRequestContext) {
  const token = (
    (await (
      await request.post(`${SANDBOX}/_sandbox/token`, { data: { userPrincipalName: STUDENT } })
    ).json()) as { access_token: string }
  ).access_token;
  const call = async (method: string, path: string, data?: unknown) => {
    const response = await request.fetch(`${SANDBOX}/v1.0${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${path}`).toBe(true);
    return (await response.json()) as Record<string, unknown>;
  };
  const users = (await call("GET", "/users?$select=displayName,givenName,mail,jobTitle&$top=50"))
    .value as Array<{ displayName: string; givenName?: string; mail: string; jobTitle?: string }>;
  const person = users.find((u) => u.jobTitle && u.jobTitle !== "Student" && u.mail !== STUDENT)!;
  const folders = (await call("GET", "/me/contactFolders")).value as Array<{
    id: string;
    displayName: string;
  }>;
  const folder =
    folders.find((f) => f.displayName === "Information interviews") ??
    ((await call("POST", "/me/contactFolders", { displayName: "Information interviews" })) as {
      id: string;
    });
  const contact = (await call("POST", `/me/contactFolders/${folder.id}/contacts`, {
    displayName: person.displayName,
    givenName: person.givenName,
    emailAddresses: [{ address: person.mail, name: person.displayName }],
    extensions: [
      {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXTENSION_NAME,
        stage: "questionsReady",
        source: "directory",
        questions: "[]",
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      },
    ],
  })) as { id: string };
  return { id: contact.id, person };
}

test("Draft request in the Outlook pane opens Outlook's New message window", async ({
  page,
  request,
}) => {
  const { id, person } = await addInterview(request);
  await page.goto(`/?as=${STUDENT}`);
  await expect(page.getByRole("heading", { name: /workbench/ })).toBeVisible();
  // The pane opened on this interview, as its own URL allows (`&contact=`).
  const paneElement = page.locator('iframe[title="Outlook task pane"]');
  await expect(paneElement).toBeAttached();
  const pane = await (await paneElement.elementHandle())!.contentFrame();
  await pane!.goto(`/taskpane.html?host=outlook&as=${STUDENT}&contact=${id}`);
  const frame = page.frameLocator('iframe[title="Outlook task pane"]');
  await frame
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();
  await frame.getByRole("button", { name: "Draft request" }).click();

  const message = page.getByRole("dialog", { name: "New message" });
  await expect(message).toBeVisible();
  await expect(message).toContainText(`To: ${person.displayName} <${person.mail}>`);
  await expect(message).toContainText("Subject: Could I ask you about your work?");
  await expect(message.getByRole("document", { name: "Message body" })).toContainText(
    "I am not looking for a job",
  );
});

test.describe("a browser in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the simulated Outlook shows an appointment's times in the mailbox's zone", async ({
    page,
    request,
  }) => {
    const settings = await graph<{ timeZone: string }>(
      request,
      "GET",
      "/me/mailboxSettings?$select=timeZone",
    );
    expect(settings.timeZone).toBe("Eastern Standard Time");
    const event = await graph<{ id: string }>(request, "POST", "/me/events", {
      subject: "Zone check",
      start: { dateTime: "2026-12-03T16:00:00", timeZone: "UTC" },
      end: { dateTime: "2026-12-03T16:30:00", timeZone: "UTC" },
    });
    await page.goto(
      `/?surface=outlook-appointment&event=${encodeURIComponent(event.id)}&as=${STUDENT}`,
    );
    const reading = page.getByRole("article", { name: "Reading pane" });
    await expect(reading.getByRole("heading", { name: "Zone check" })).toBeVisible();
    // 16:00 UTC is 11:00 in Toronto's December, 01:00 the next day in Tokyo: Outlook shows the
    // mailbox's clock, not the browser's.
    await expect(reading).toContainText(/Dec 3, 2026, 11:00\sAM\s–\s11:30\sAM/u);
  });
});
