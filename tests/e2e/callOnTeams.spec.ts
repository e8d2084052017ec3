// Calling from step 4 in a browser: "Call on Teams" opens Teams' call link for the directory
// contact, and the interview then remembers the call (My interviews asks to book next). Inside
// Teams (the workbench's Teams tab, real teams-js) Teams itself is asked to start the call.
import type { APIRequestContext } from "@playwright/test";
import { EXTENSION_NAME } from "../../src/graph/extensions";
import { expect, surfaces, test } from "./fixtures";
import {
  addToInterviews,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

/** A directory professional added to the student's interviews, ready to be called. */
async function professionalToCall(request: APIRequestContext) {
  const person = await firstProfessional(request);
  const directory = await graph<{ value: Array<{ id: string; mail: string }> }>(
    request,
    "GET",
    "/users?$select=id,mail&$top=50",
  );
  const directoryId = directory.value.find((u) => u.mail === person.mail)!.id;
  const id = await addToInterviews(request, {
    displayName: person.displayName,
    givenName: person.givenName,
    emailAddresses: [{ address: person.mail, name: person.displayName }],
    extensions: [
      interviewExtension({
        stage: "questionsReady",
        source: "directory",
        directoryId,
        questions: "[]",
        events: "[]",
        updatedAt: "2026-11-26T00:00:00.000Z",
      }),
    ],
  });
  return { person, id };
}

/** The record's call as Graph holds it: stage and calledAt. */
async function storedCall(request: APIRequestContext, id: string) {
  const contact = await graph<{ extensions: Array<Record<string, unknown>> }>(
    request,
    "GET",
    `/me/contacts/${id}?$select=id&$expand=extensions($filter=id eq '${EXTENSION_NAME}')`,
  );
  return contact.extensions[0]!;
}

test("Call on Teams opens the contact's call link and records the call", async ({
  page,
  request,
  watch,
}) => {
  const { person, id } = await professionalToCall(request);
  // Teams itself is outside the test: its page answers with a stand-in, and is only counted.
  const opened: string[] = [];
  await page.context().route("https://teams.microsoft.com/**", async (route) => {
    opened.push(route.request().url());
    await route.fulfill({ contentType: "text/plain", body: "Teams" });
  });
  await page.goto(`/tab.html?as=${STUDENT}&contact=${id}`);
  await page
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();

  const call = page.getByRole("button", { name: "Call on Teams" });
  const link = `https://teams.microsoft.com/l/call/0/0?users=${encodeURIComponent(person.mail)}`;
  await expect(call).toHaveAttribute("href", link);
  const popup = page.waitForEvent("popup");
  await call.click();
  await (await popup).waitForLoadState();
  expect(opened).toEqual([link]);
  await expect(page.getByText(/^Called .*That counts as your request/u)).toBeVisible();

  const record = await storedCall(request, id);
  expect(record.stage).toBe("requested");
  expect(typeof record.calledAt).toBe("string");
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test("in the Teams tab, Call on Teams asks Teams to start the call instead of leaving the tab", async ({
  page,
  request,
  watch,
}) => {
  const { person, id } = await professionalToCall(request);
  let popups = 0;
  page.on("popup", () => (popups += 1));
  await page.goto(`/?surface=outlook-message&as=${STUDENT}`);
  const { tab } = surfaces(page);
  await tab
    .getByRole("tablist", { name: "Sections" })
    .getByRole("tab", { name: "My interviews" })
    .click();
  await tab.getByRole("button", { name: new RegExp(person.displayName, "u") }).click();
  await tab
    .getByRole("tablist", { name: "Interview sections" })
    .getByRole("tab", { name: "Arrange" })
    .click();

  const call = tab.getByRole("button", { name: "Call on Teams" });
  await expect(call).not.toHaveAttribute("href");
  await call.click();
  // Teams' side, as the workbench shows it: the confirmation Teams would ask for, no call placed.
  await expect(page.getByRole("region", { name: "Simulated Teams" })).toContainText(
    `Teams would now ask you to confirm an audio call with ${person.mail}, then place it.`,
  );
  await expect(
    tab.getByText(`Teams is starting your call with ${person.displayName}.`, { exact: false }),
  ).toBeVisible();
  await expect(tab.getByText(/^Called .*That counts as your request/u)).toBeVisible();

  await tab.getByRole("button", { name: "Chat on Teams" }).click();
  await expect(page.getByRole("region", { name: "Simulated Teams" })).toContainText(
    `Teams would now open your chat with ${person.mail}.`,
  );
  await expect(tab.getByText(`Teams opened your chat with ${person.displayName}.`)).toBeVisible();

  // The real teams-js sent Teams' own messages; nothing navigated or opened a window.
  const actions = await page.evaluate(
    () =>
      (window as unknown as { teamsHostSimulator: { actions: unknown[] } }).teamsHostSimulator
        .actions,
  );
  expect(actions).toEqual([
    { kind: "call", targets: [person.mail], video: false },
    { kind: "chat", members: [person.mail] },
  ]);
  expect(popups).toBe(0);
  const record = await storedCall(request, id);
  expect(record.stage).toBe("requested");
  expect(typeof record.calledAt).toBe("string");
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
