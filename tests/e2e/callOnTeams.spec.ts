// Calling from step 4 in a browser: "Call on Teams" opens Teams' call link for the directory
// contact, and the interview then remembers the call (My interviews asks to book next).
import { EXTENSION_NAME } from "../../src/graph/extensions";
import { expect, test } from "./fixtures";
import {
  addToInterviews,
  firstProfessional,
  graph,
  interviewExtension,
  STUDENT,
} from "./graphAsUser";

test("Call on Teams opens the contact's call link and records the call", async ({
  page,
  request,
  watch,
}) => {
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

  const contact = await graph<{ extensions: Array<Record<string, unknown>> }>(
    request,
    "GET",
    `/me/contacts/${id}?$select=id&$expand=extensions($filter=id eq '${EXTENSION_NAME}')`,
  );
  const record = contact.extensions[0]!;
  expect(record.stage).toBe("requested");
  expect(typeof record.calledAt).toBe("string");
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
