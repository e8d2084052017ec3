// The career centre's site in the sandbox: SharePoint's groups and levels, a list with unique
// permissions, item-level security, createdBy, Sites.Selected grants and list creation, as
// Graph's docs describe them (see sandbox/sharePoint/rights.ts for each rule's source).
import { describe, expect, it } from "vitest";
import { useSandbox } from "../support/sandbox";
import { advisorTenant, CAREER_CENTRE } from "../support/tenants";
import { ADVISOR, OTHER_STUDENT, READONLY_ADVISOR, STUDENT } from "../support/people";

const sandbox = useSandbox({
  tenant: () => ({ ...advisorTenant(), sharePointAdmins: [ADVISOR] }),
});

const site = `/sites/${CAREER_CENTRE.siteId}`;
const items = (list: keyof typeof CAREER_CENTRE.lists) =>
  `${site}/lists/${CAREER_CENTRE.lists[list]}/items`;

type Failure = { error: { code: string } };
type Items = { value: { id: string; fields: Record<string, unknown>; createdBy: unknown }[] };

/** A token carrying delegated scopes for an app, as Entra issues one. */
async function scopedToken(upn: string, scopes: string[], appId = "app-interviews") {
  const answer = await sandbox.control("POST", "token", { userPrincipalName: upn, scopes, appId });
  const body = (await answer.json()) as { access_token: string };
  return { Authorization: `Bearer ${body.access_token}` };
}

describe("the site's groups and the lists' permissions", () => {
  it("lets a visitor read the volunteers but refuses every write with 403 accessDenied", async () => {
    const read = await sandbox.graphJson<Items>(`${items("volunteers")}?$expand=fields`, {
      as: STUDENT,
    });
    expect(read.status).toBe(200);
    expect(read.body.value.length).toBe(3);
    const writes: [string, string, unknown][] = [
      ["POST", items("volunteers"), { fields: { Title: "Nobody" } }],
      ["PATCH", `${items("volunteers")}/1/fields`, { Title: "Changed" }],
      ["DELETE", `${items("volunteers")}/1`, undefined],
      // Rights come before existence: a reader learns nothing about rows by writing.
      ["PATCH", `${items("volunteers")}/9999/fields`, { Title: "Changed" }],
    ];
    for (const [method, path, body] of writes) {
      const answer = await sandbox.graphJson<Failure>(path, { method, body, as: STUDENT });
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body.error.code).toBe("accessDenied");
    }
  });

  it("keeps advisors' notes from students; a read-only advisor reads them, a member edits", async () => {
    const notes = `${items("volunteerNotes")}?$expand=fields`;
    expect((await sandbox.graphJson<Failure>(notes, { as: STUDENT })).status).toBe(403);
    const kate = await sandbox.graphJson<Items>(notes, { as: READONLY_ADVISOR });
    expect(kate.body.value.map((i) => i.fields.Notes)).toEqual(["Prefers mornings."]);
    const kateWrites = await sandbox.graphJson<Failure>(`${items("volunteerNotes")}/1/fields`, {
      method: "PATCH",
      body: { Notes: "x" },
      as: READONLY_ADVISOR,
    });
    expect(kateWrites.status).toBe(403);
    const maya = await sandbox.graph(`${items("volunteerNotes")}/1/fields`, {
      method: "PATCH",
      body: { Notes: "Mornings, and never Fridays." },
      as: ADVISOR,
    });
    expect(maya.status).toBe(200);
  });
});

describe("item-level security on the bookings", () => {
  it("shows a student only the rows they created; another's row does not exist for them", async () => {
    const mine = await sandbox.graphJson<Items>(`${items("bookings")}?$expand=fields`, {
      as: STUDENT,
    });
    expect(mine.body.value.map((i) => i.id)).toEqual(["1", "2", "4", "5"]);
    const theirs = await sandbox.graphJson<Failure>(`${items("bookings")}/3?$expand=fields`, {
      as: STUDENT,
    });
    expect(theirs.status).toBe(404);
    const edit = await sandbox.graphJson<Failure>(`${items("bookings")}/3/fields`, {
      method: "PATCH",
      body: { Stage: "met" },
      as: STUDENT,
    });
    expect(edit.status).toBe(404);
  });

  it("records who created a row, lets its author edit it, and lets advisors see every row", async () => {
    const created = await sandbox.graphJson<{ id: string; createdBy: { user: { id: string } } }>(
      items("bookings"),
      { method: "POST", body: { fields: { Title: "Booked", Stage: "booked" } }, as: OTHER_STUDENT },
    );
    expect(created.status).toBe(201);
    expect(created.body.createdBy.user.id).toBe("u-sam");
    const own = await sandbox.graph(`${items("bookings")}/${created.body.id}/fields`, {
      method: "PATCH",
      body: { Stage: "met" },
      as: OTHER_STUDENT,
    });
    expect(own.status).toBe(200);
    const avery = await sandbox.graphJson<Items>(items("bookings"), { as: STUDENT });
    expect(avery.body.value.map((i) => i.id)).not.toContain(created.body.id);
    const maya = await sandbox.graphJson<Items>(items("bookings"), { as: ADVISOR });
    expect(maya.body.value.map((i) => i.id)).toEqual(["1", "2", "3", "4", "5", created.body.id]);
  });
});

describe("Sites.Selected", () => {
  it("refuses a Sites.Selected token until the site grants the app, then intersects the rights", async () => {
    const student = await scopedToken(STUDENT, ["User.Read", "Sites.Selected"]);
    const refused = await sandbox.graphJson<Failure>(items("volunteers"), {
      as: null,
      headers: student,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("accessDenied");

    // Only an administrator with Sites.FullControl.All grants (site-post-permissions.md).
    const grant = {
      roles: ["write"],
      grantedToIdentities: [{ application: { id: "app-interviews", displayName: "Interviews" } }],
    };
    const byAdvisor = await sandbox.graph(`${site}/permissions`, {
      method: "POST",
      body: grant,
      as: null,
      headers: await scopedToken(ADVISOR, ["Sites.Selected"]),
    });
    expect(byAdvisor.status).toBe(403);
    const byAdmin = await sandbox.graph(`${site}/permissions`, {
      method: "POST",
      body: grant,
      as: null,
      headers: await scopedToken(ADVISOR, ["Sites.FullControl.All"], "app-provision"),
    });
    expect(byAdmin.status).toBe(201);

    expect((await sandbox.graph(items("volunteers"), { as: null, headers: student })).status).toBe(
      200,
    );
    // The app may write, the student still may not.
    const write = await sandbox.graph(items("volunteers"), {
      method: "POST",
      body: { fields: { Title: "Nobody" } },
      as: null,
      headers: student,
    });
    expect(write.status).toBe(403);
    const advisor = await sandbox.graph(`${items("volunteers")}/1/fields`, {
      method: "PATCH",
      body: { Title: "Morgan Diaz" },
      as: null,
      headers: await scopedToken(ADVISOR, ["Sites.Selected"]),
    });
    expect(advisor.status).toBe(200);
  });
});

describe("creating lists and columns", () => {
  it("needs Sites.Manage.All and Manage Lists on the site; a name is taken only once", async () => {
    const body = {
      displayName: "Extra",
      columns: [{ name: "Count", number: {} }],
      list: { template: "genericList" },
    };
    const student = await sandbox.graph(`${site}/lists`, {
      method: "POST",
      body,
      as: null,
      headers: await scopedToken(STUDENT, ["Sites.Manage.All"]),
    });
    expect(student.status).toBe(403);
    const manage = await scopedToken(ADVISOR, ["Sites.Manage.All"]);
    const created = await sandbox.graphJson<{ id: string }>(`${site}/lists`, {
      method: "POST",
      body,
      as: null,
      headers: manage,
    });
    expect(created.status).toBe(201);
    const again = await sandbox.graph(`${site}/lists`, {
      method: "POST",
      body,
      as: null,
      headers: manage,
    });
    expect(again.status).toBe(409);
    const column = await sandbox.graph(`${site}/lists/${created.body.id}/columns`, {
      method: "POST",
      body: { name: "When", dateTime: {}, indexed: true },
      as: null,
      headers: manage,
    });
    expect(column.status).toBe(201);
    const columns = await sandbox.graphJson<{ value: { name: string; indexed: boolean }[] }>(
      `${site}/lists/${created.body.id}/columns`,
      { as: ADVISOR },
    );
    expect(columns.body.value.map((c) => [c.name, c.indexed])).toEqual([
      ["Title", false],
      ["Count", false],
      ["When", true],
    ]);
  });
});

describe("group membership", () => {
  it("lists the groups a user is a member of, and the group's team site", async () => {
    const maya = await sandbox.graphJson<{ value: { id: string }[] }>("/me/memberOf?$select=id", {
      as: ADVISOR,
    });
    expect(maya.body.value.map((g) => g.id)).toEqual([CAREER_CENTRE.advisorsGroupId]);
    const avery = await sandbox.graphJson<{ value: unknown[] }>("/me/memberOf", { as: STUDENT });
    expect(avery.body.value).toEqual([]);
    const root = await sandbox.graphJson<{ id: string }>(
      `/groups/${CAREER_CENTRE.advisorsGroupId}/sites/root`,
      { as: ADVISOR },
    );
    expect(root.body.id).toBe(CAREER_CENTRE.siteId);
  });
});
