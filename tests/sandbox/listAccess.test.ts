// SharePoint list rights in the sandbox: a reader's writes get 403 accessDenied, a writer's do not.
import { describe, expect, it } from "vitest";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";
import { ADVISOR, STUDENT } from "../support/people";

const sandbox = useSandbox({ tenant: () => advisorTenant() });

const items = `/sites/${CAREER_CENTRE.siteId}/lists/${CAREER_CENTRE.lists.volunteers}/items`;

type Failure = { error: { code: string; message: string } };

// api-reference/v1.0/api/listitem-create.md, listitem-update.md, listitem-delete.md: writes need
// the caller's right on the list; SharePoint through Graph refuses others with 403 accessDenied.
describe("list rights", () => {
  it("refuses every write by a reader with 403 accessDenied, and changes nothing", async () => {
    const writes: [string, string, unknown][] = [
      ["POST", items, { fields: { Title: "Nobody" } }],
      ["PATCH", `${items}/1`, { fields: { Title: "Changed" } }],
      ["PATCH", `${items}/1/fields`, { Title: "Changed" }],
      ["DELETE", `${items}/1`, undefined],
      // Rights come before existence: a reader learns nothing about rows by writing.
      ["PATCH", `${items}/9999/fields`, { Title: "Changed" }],
    ];
    for (const [method, path, body] of writes) {
      const answer = await sandbox.graphJson<Failure>(path, { method, body, as: STUDENT });
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body.error.code).toBe("accessDenied");
    }
    const read = await sandbox.graphJson<{ fields: Record<string, unknown> }>(
      `${items}/1?$expand=fields`,
      { as: STUDENT },
    );
    expect(read.status).toBe(200);
    expect(read.body.fields.Title).toBe("Morgan Diaz");
  });

  it("accepts the same writes from a writer", async () => {
    const as = ADVISOR;
    const created = await sandbox.graphJson<{ id: string }>(items, {
      method: "POST",
      body: { fields: { Title: "Someone" } },
      as,
    });
    expect(created.status).toBe(201);
    const patched = await sandbox.graph(`${items}/${created.body.id}/fields`, {
      method: "PATCH",
      body: { Title: "Someone Else" },
      as,
    });
    expect(patched.status).toBe(200);
    const item = await sandbox.graph(`${items}/${created.body.id}`, {
      method: "PATCH",
      body: { fields: { Title: "Third Name" } },
      as,
    });
    expect(item.status).toBe(200);
    expect(
      (await sandbox.graph(`${items}/${created.body.id}`, { method: "DELETE", as })).status,
    ).toBe(204);
  });

  it("lets every user add to a list whose writers are everyone (the booking log)", async () => {
    const bookings = `/sites/${CAREER_CENTRE.siteId}/lists/${CAREER_CENTRE.lists.bookings}/items`;
    const created = await sandbox.graph(bookings, {
      method: "POST",
      body: { fields: { Title: "Booked", StudentUpn: STUDENT } },
      as: STUDENT,
    });
    expect(created.status).toBe(201);
  });
});
