// Sandbox contract: draft mail and replies; SharePoint list items with fields, etags and If-Match.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody, Page } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant, SAM, SITE_ID } from "../support/tenants";

const sandbox = useSandbox({ tenant: colleaguesTenant, reset: false });

type Item = Record<string, unknown> & { id: string; "@odata.etag": string };

describe("mail drafts", () => {
  it("saves a draft that shows under isDraft eq true and in the Drafts folder, never in Sent Items", async () => {
    const created = await sandbox.graphJson<Item>("/me/messages", {
      method: "POST",
      body: {
        subject: "Thank you",
        body: { contentType: "html", content: "<p>Thanks for your time</p>" },
        toRecipients: [{ emailAddress: { address: SAM } }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      isDraft: true,
      subject: "Thank you",
      bodyPreview: "Thanks for your time",
    });
    const drafts = await sandbox.graphJson<Page<Item>>(
      `/me/messages?$filter=${encodeURIComponent("isDraft eq true")}&$select=subject`,
    );
    expect(drafts.body.value.map((m) => m.subject)).toEqual(["Thank you"]);
    const folder = await sandbox.graphJson<Page<Item>>("/me/mailFolders/drafts/messages");
    expect(folder.body.value.map((m) => m.id)).toEqual([created.body.id]);
    const sent = await sandbox.graphJson<Page<Item>>("/me/mailFolders/sentitems/messages");
    expect(sent.body.value).toEqual([]);
  });

  it("creates a reply draft addressed to the original sender", async () => {
    const inbound = await sandbox.graphJson<Item>("/me/messages", {
      method: "POST",
      as: SAM,
      body: {
        subject: "Hello",
        toRecipients: [{ emailAddress: { address: "avery.chen@northfield.example" } }],
      },
    });
    const reply = await sandbox.graphJson<Item>(`/me/messages/${inbound.body.id}/createReply`, {
      method: "POST",
      as: SAM,
      body: { comment: "Following up" },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ subject: "RE: Hello", isDraft: true });
    expect(reply.body.toRecipients).toEqual([
      { emailAddress: { address: "avery.chen@northfield.example" } },
    ]);
  });
});

describe("SharePoint list items", () => {
  const items = `/sites/${SITE_ID}/lists/volunteers/items`;

  it("returns fields only when expanded, narrowed by $select inside $expand", async () => {
    const bare = await sandbox.graphJson<Page<Item>>(items);
    expect(bare.body.value[0]).not.toHaveProperty("fields");
    const { body } = await sandbox.graphJson<Page<Item & { fields: Record<string, unknown> }>>(
      `${items}?$expand=${encodeURIComponent("fields($select=Title,Status)")}`,
    );
    expect(body.value.map((i) => i.fields)).toEqual([
      { "@odata.etag": body.value[0]?.["@odata.etag"], Title: "Sam Lee", Status: "Active" },
      { "@odata.etag": body.value[1]?.["@odata.etag"], Title: "Jules Tremblay", Status: "Paused" },
      { "@odata.etag": body.value[2]?.["@odata.etag"], Title: "Noor Haddad", Status: "Active" },
    ]);
  });

  it("filters on a non-indexed column only with the Prefer header SharePoint asks for", async () => {
    const filter = `$filter=${encodeURIComponent("fields/Status eq 'Active'")}&$expand=fields`;
    const refused = await sandbox.graphJson<GraphErrorBody>(`${items}?${filter}`);
    expect(refused.status).toBe(400);
    const allowed = await sandbox.graphJson<Page<Item>>(`${items}?${filter}`, {
      headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" },
    });
    expect(allowed.body.value.map((i) => i.id)).toEqual(["1", "3"]);
  });

  it("pages with $top and an absolute nextLink", async () => {
    const { body } = await sandbox.graphJson<Page<Item>>(`${items}?$top=2`);
    expect(body.value).toHaveLength(2);
    expect(body["@odata.nextLink"]).toMatch(
      /^https:\/\/graph\.microsoft\.com\/v1\.0\/sites\/.*\$skiptoken=/,
    );
  });

  it("creates, updates with If-Match (412 when stale), and deletes an item", async () => {
    const created = await sandbox.graphJson<Item & { fields: Record<string, unknown> }>(items, {
      method: "POST",
      body: { fields: { Title: "Robin Field", Field: "Ecology", Status: "Active" } },
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toBe("4");
    expect(created.body.fields.Title).toBe("Robin Field");
    const etag = created.body["@odata.etag"];
    const updated = await sandbox.graphJson<Record<string, unknown>>(`${items}/4/fields`, {
      method: "PATCH",
      body: { Status: "Paused" },
      headers: { "If-Match": etag },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.Status).toBe("Paused");
    expect(updated.body["@odata.etag"]).not.toBe(etag);
    const stale = await sandbox.graphJson<GraphErrorBody>(`${items}/4/fields`, {
      method: "PATCH",
      body: { Status: "Active" },
      headers: { "If-Match": etag },
    });
    expect(stale.status).toBe(412);
    const unknownColumn = await sandbox.graphJson<GraphErrorBody>(`${items}/4/fields`, {
      method: "PATCH",
      body: { Colour: "red" },
    });
    expect(unknownColumn.status).toBe(400);
    expect((await sandbox.graph(`${items}/4`, { method: "DELETE" })).status).toBe(204);
    const gone = await sandbox.graphJson<GraphErrorBody>(`${items}/4`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("itemNotFound");
  });
});
