// Sandbox contract: contact folders, contacts with personalNotes, etags and If-Match, and open
// extensions.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody, Page } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";
import { colleaguesTenant } from "../support/tenants";

const EXT = "org.northfield.interview";

const sandbox = useSandbox({ tenant: colleaguesTenant, reset: false });

type Item = Record<string, unknown> & { id: string; "@odata.etag": string };

async function folderId(name: string): Promise<string> {
  const { body } = await sandbox.graphJson<Page<Item>>(
    `/me/contactFolders?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`,
  );
  const found = body.value[0];
  if (found) return found.id;
  const created = await sandbox.graphJson<Item>("/me/contactFolders", {
    method: "POST",
    body: { displayName: name },
  });
  return created.body.id;
}

describe("contact folders", () => {
  it("lists the tenant's folders and refuses a duplicate name with 409 ErrorFolderExists", async () => {
    const { body } = await sandbox.graphJson<Page<Item>>("/me/contactFolders");
    expect(body.value.map((f) => f.displayName)).toEqual(["Information interviews"]);
    const dup = await sandbox.graphJson<GraphErrorBody>("/me/contactFolders", {
      method: "POST",
      body: { displayName: "information interviews" },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("ErrorFolderExists");
  });

  it("creates a folder and its contacts live only there", async () => {
    const created = await sandbox.graphJson<Item>("/me/contactFolders", {
      method: "POST",
      body: { displayName: "Mentors" },
    });
    expect(created.status).toBe(201);
    const contact = await sandbox.graphJson<Item>(
      `/me/contactFolders/${created.body.id}/contacts`,
      {
        method: "POST",
        body: {
          givenName: "Ada",
          surname: "Lovelace",
          emailAddresses: [{ address: "ada@engines.example" }],
        },
      },
    );
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({
      displayName: "Ada Lovelace",
      parentFolderId: created.body.id,
    });
    const inFolder = await sandbox.graphJson<Page<Item>>(
      `/me/contactFolders/${created.body.id}/contacts`,
    );
    expect(inFolder.body.value.map((c) => c.displayName)).toEqual(["Ada Lovelace"]);
    const root = await sandbox.graphJson<Page<Item>>("/me/contacts");
    expect(root.body.value.map((c) => c.displayName)).not.toContain("Ada Lovelace");
  });
});

describe("contacts", () => {
  it("finds a contact by email with emailAddresses/any(...)", async () => {
    const id = await folderId("Information interviews");
    const filter = encodeURIComponent("emailAddresses/any(a:a/address eq 'ROBIN@field.example')");
    const { status, body } = await sandbox.graphJson<Page<Item>>(
      `/me/contactFolders/${id}/contacts?$filter=${filter}`,
    );
    expect(status).toBe(200);
    expect(body.value.map((c) => c.displayName)).toEqual(["Robin Field"]);
  });

  it("changes the etag on every write and refuses a stale If-Match with 412 ErrorIrresolvableConflict", async () => {
    const folder = await folderId("Information interviews");
    const created = await sandbox.graphJson<Item>(`/me/contactFolders/${folder}/contacts`, {
      method: "POST",
      body: {
        displayName: "Kai Moreau",
        emailAddresses: [{ address: "kai@moreau.example" }],
        personalNotes: "Met at fair",
      },
    });
    const first = created.body["@odata.etag"];
    expect(first).toMatch(/^W\/".+"$/);
    const patched = await sandbox.graphJson<Item>(`/me/contacts/${created.body.id}`, {
      method: "PATCH",
      body: { personalNotes: "Asked about lab work" },
      headers: { "If-Match": first },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.personalNotes).toBe("Asked about lab work");
    expect(patched.body["@odata.etag"]).not.toBe(first);
    const stale = await sandbox.graphJson<GraphErrorBody>(`/me/contacts/${created.body.id}`, {
      method: "PATCH",
      body: { personalNotes: "Overwrite" },
      headers: { "If-Match": first },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("ErrorIrresolvableConflict");
    const read = await sandbox.graphJson<Item>(
      `/me/contacts/${created.body.id}?$select=personalNotes`,
    );
    expect(read.body.personalNotes).toBe("Asked about lab work");
  });

  it("deletes a contact, then 404s ErrorItemNotFound; a malformed id is ErrorInvalidIdMalformed", async () => {
    const created = await sandbox.graphJson<Item>("/me/contacts", {
      method: "POST",
      body: { displayName: "Temp" },
    });
    expect(
      (await sandbox.graph(`/me/contacts/${created.body.id}`, { method: "DELETE" })).status,
    ).toBe(204);
    const gone = await sandbox.graphJson<GraphErrorBody>(`/me/contacts/${created.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("ErrorItemNotFound");
    const malformed = await sandbox.graphJson<GraphErrorBody>("/me/contacts/42");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("ErrorInvalidIdMalformed");
  });

  it("refuses an unknown $select property with Outlook's error", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/me/contacts?$select=favouriteFood");
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      "Could not find a property named 'favouriteFood' on type 'microsoft.graph.contact'.",
    );
  });
});

describe("open extensions on contacts", () => {
  it("creates one inline, reads it by name, replaces all its properties on PATCH, and deletes it", async () => {
    const created = await sandbox.graphJson<Item>("/me/contacts", {
      method: "POST",
      body: {
        displayName: "Lee Park",
        extensions: [
          {
            "@odata.type": "microsoft.graph.openTypeExtension",
            extensionName: EXT,
            stage: "research",
            source: "directory",
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const path = `/me/contacts/${created.body.id}/extensions/${EXT}`;
    const read = await sandbox.graphJson<Item>(path);
    expect(read.body).toMatchObject({
      "@odata.type": "#microsoft.graph.openTypeExtension",
      id: `Microsoft.OutlookServices.OpenTypeExtension.${EXT}`,
      extensionName: EXT,
      stage: "research",
      source: "directory",
    });
    const patched = await sandbox.graphJson<Item>(path, {
      method: "PATCH",
      body: {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXT,
        stage: "arranged",
      },
    });
    expect(patched.status).toBe(200);
    const after = await sandbox.graphJson<Item>(path);
    expect(after.body.stage).toBe("arranged");
    expect(after.body).not.toHaveProperty("source");
    expect((await sandbox.graph(path, { method: "DELETE" })).status).toBe(204);
    expect((await sandbox.graph(path)).status).toBe(404);
  });

  // api-reference/v1.0/api/opentypeextension-update.md: both are required in a PATCH body.
  it("refuses an extension PATCH without @odata.type or extensionName and changes nothing", async () => {
    const created = await sandbox.graphJson<Item>("/me/contacts", {
      method: "POST",
      body: {
        displayName: "Ana Ruiz",
        extensions: [
          {
            "@odata.type": "microsoft.graph.openTypeExtension",
            extensionName: EXT,
            stage: "research",
          },
        ],
      },
    });
    const path = `/me/contacts/${created.body.id}/extensions/${EXT}`;
    for (const body of [
      { extensionName: EXT, stage: "arranged" },
      { "@odata.type": "microsoft.graph.openTypeExtension", stage: "arranged" },
    ]) {
      const refused = await sandbox.graphJson<{ error: { code: string; message: string } }>(path, {
        method: "PATCH",
        body,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("ErrorInvalidRequest");
      expect(refused.body.error.message).toMatch(/@odata\.type|extensionName/u);
    }
    expect((await sandbox.graphJson<Item>(path)).body.stage).toBe("research");
    const accepted = await sandbox.graphJson<Item>(path, {
      method: "PATCH",
      body: {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXT,
        stage: "met",
      },
    });
    expect(accepted.status).toBe(200);
    expect((await sandbox.graphJson<Item>(path)).body.stage).toBe("met");
  });

  it("adds one through /extensions and returns it with $expand=extensions($filter=id eq ...)", async () => {
    const created = await sandbox.graphJson<Item>("/me/contacts", {
      method: "POST",
      body: { displayName: "Mo Ito" },
    });
    const posted = await sandbox.graphJson<Item>(`/me/contacts/${created.body.id}/extensions`, {
      method: "POST",
      body: {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: EXT,
        stage: "contacted",
      },
    });
    expect(posted.status).toBe(201);
    const other = await sandbox.graphJson<Item>(`/me/contacts/${created.body.id}/extensions`, {
      method: "POST",
      body: {
        "@odata.type": "microsoft.graph.openTypeExtension",
        extensionName: "org.other",
        x: 1,
      },
    });
    expect(other.status).toBe(201);
    const expand = encodeURIComponent(
      `extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.${EXT}')`,
    );
    const { body } = await sandbox.graphJson<Page<Item>>(
      `/me/contacts?$expand=${expand}&$select=displayName`,
    );
    const mo = body.value.find((c) => c.displayName === "Mo Ito") as Item & { extensions: Item[] };
    expect(mo.extensions).toHaveLength(1);
    expect(mo.extensions[0]).toMatchObject({ extensionName: EXT, stage: "contacted" });
    const plain = await sandbox.graphJson<Item>(`/me/contacts/${created.body.id}`);
    expect(plain.body).not.toHaveProperty("extensions");
  });

  it("refuses an inline extension without the openTypeExtension type", async () => {
    const res = await sandbox.graphJson<GraphErrorBody>("/me/contacts", {
      method: "POST",
      body: { displayName: "Bad", extensions: [{ extensionName: EXT }] },
    });
    expect(res.status).toBe(400);
  });
});
