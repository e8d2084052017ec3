// Sandbox contract: sending a draft moves it to Sent Items (message-send.md), and a message list
// whose $orderby is not led by its $filter is refused as InefficientFilter (user-list-messages.md).
import { describe, expect, it } from "vitest";
import type { GraphErrorBody, Page } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { STUDENT } from "../support/people";
import { colleaguesTenant, SAM } from "../support/tenants";

let clock = new Date("2027-03-05T15:00:00Z");
const sandbox = useSandbox({ tenant: colleaguesTenant, now: () => clock });

type Message = Record<string, unknown> & { id: string };

async function draftTo(address: string): Promise<Message> {
  const created = await sandbox.graphJson<Message>("/me/messages", {
    method: "POST",
    body: { subject: "An update", toRecipients: [{ emailAddress: { address } }] },
  });
  expect(created.status).toBe(201);
  return created.body;
}

describe("sending a draft", () => {
  it("answers 202 and keeps the message in Sent Items, stamped with when it went", async () => {
    const draft = await draftTo(SAM);
    clock = new Date("2027-03-05T15:20:00Z");
    const sent = await sandbox.graph(`/me/messages/${draft.id}/send`, { method: "POST" });
    expect(sent.status).toBe(202);
    expect(await sent.text()).toBe("");
    const drafts = await sandbox.graphJson<Page<Message>>("/me/mailFolders/drafts/messages");
    expect(drafts.body.value).toEqual([]);
    const items = await sandbox.graphJson<Page<Message>>(
      "/me/mailFolders/sentitems/messages?$select=subject,sentDateTime,isDraft",
    );
    expect(items.body.value).toHaveLength(1);
    expect(items.body.value[0]).toMatchObject({
      subject: "An update",
      isDraft: false,
      sentDateTime: "2027-03-05T15:20:00Z",
    });
    // Outlook ids are per folder: the draft's id no longer finds it.
    expect(items.body.value[0]?.id).not.toBe(draft.id);
    expect((await sandbox.graph(`/me/messages/${draft.id}`)).status).toBe(404);
  });

  it("refuses a second send, and a token without Mail.Send", async () => {
    const draft = await draftTo(SAM);
    const issued = await sandbox.control("POST", "token", {
      userPrincipalName: STUDENT,
      scopes: ["Mail.ReadWrite", "Contacts.ReadWrite"],
    });
    const { access_token } = (await issued.json()) as { access_token: string };
    const denied = await sandbox.graphJson<GraphErrorBody>(`/me/messages/${draft.id}/send`, {
      method: "POST",
      as: null,
      headers: { Authorization: `Bearer ${access_token}` },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("ErrorAccessDenied");

    expect((await sandbox.graph(`/me/messages/${draft.id}/send`, { method: "POST" })).status).toBe(
      202,
    );
    const [sent] = (
      await sandbox.graphJson<Page<Message>>("/me/mailFolders/sentitems/messages?$select=id")
    ).body.value;
    const again = await sandbox.graph(`/me/messages/${sent?.id ?? ""}/send`, { method: "POST" });
    expect(again.status).toBe(400);
  });
});

describe("$filter with $orderby on messages", () => {
  const list = (filter: string, orderby: string) =>
    sandbox.graphJson<GraphErrorBody>(
      `/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent(
        filter,
      )}&$orderby=${encodeURIComponent(orderby)}`,
    );

  it("accepts an $orderby led by the same properties in $filter", async () => {
    expect((await list("sentDateTime ge 2027-01-01T00:00:00Z", "sentDateTime desc")).status).toBe(
      200,
    );
    const both = await list(
      "sentDateTime ge 2027-01-01T00:00:00Z and subject eq 'An update'",
      "sentDateTime desc",
    );
    expect(both.status).toBe(200);
  });

  it("refuses an $orderby property missing from $filter, or not first in it", async () => {
    const missing = await list("subject eq 'An update'", "sentDateTime desc");
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("InefficientFilter");
    const late = await list(
      "subject eq 'An update' and sentDateTime ge 2027-01-01T00:00:00Z",
      "sentDateTime desc",
    );
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe("InefficientFilter");
  });
});
