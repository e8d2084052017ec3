// Sandbox contract: names Graph's v1.0 schema lacks are refused in $select, $filter and bodies.
import { describe, expect, it } from "vitest";
import type { GraphErrorBody } from "./graphAnswers";
import { useSandbox } from "../support/sandbox";

const sandbox = useSandbox();

const eastern = (dateTime: string) => ({ dateTime, timeZone: "Eastern Standard Time" });

async function refused(path: string, init: { method?: string; body?: unknown } = {}) {
  const { status, body } = await sandbox.graphJson<GraphErrorBody>(path, init);
  expect(status, path).toBe(400);
  return body.error;
}

// The property names come from sandbox/schema/graphTypes.ts (checked against Graph's CSDL).
describe("$select and $filter names", () => {
  it("refuses an unknown $select on users, contacts, events, messages and list items", async () => {
    expect(await refused("/me?$select=displayName,shoeSize")).toMatchObject({
      code: "BadRequest",
      message: "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.",
    });
    // Outlook words it as RequestBroker--ParseUri; names are matched exactly (nickName, not nickname).
    expect(await refused("/me/contacts?$select=displayName,nickname")).toMatchObject({
      code: "RequestBroker--ParseUri",
      message: "Could not find a property named 'nickname' on type 'microsoft.graph.contact'.",
    });
    expect((await refused("/me/events?$select=subject,room")).code).toBe("RequestBroker--ParseUri");
    expect((await refused("/me/messages?$select=subject,cc")).code).toBe("RequestBroker--ParseUri");
    const items = "/sites/site-career/lists/list-volunteers/items";
    expect((await refused(`${items}?$select=id,colour`)).code).toBe("invalidRequest");
  });

  it("accepts known names, including inherited ones", async () => {
    for (const path of [
      "/me?$select=displayName,jobTitle,id",
      "/me/contacts?$select=displayName,nickName,emailAddresses,changeKey,categories",
      "/me/events?$select=subject,start,transactionId",
      "/me/messages?$select=subject,ccRecipients,sentDateTime",
      "/sites/site-career/lists/list-volunteers/items?$select=id,eTag,lastModifiedDateTime",
      "/me/people?$select=displayName,scoredEmailAddresses",
    ]) {
      expect((await sandbox.graph(path)).status, path).toBe(200);
    }
  });

  it("checks $filter and $orderby paths, into complex types and any() lambdas", async () => {
    expect(
      await refused("/me/contacts?$filter=emailAddresses/any(a:a/adress eq 'x')"),
    ).toMatchObject({
      code: "RequestBroker--ParseUri",
      message: "Could not find a property named 'adress' on type 'microsoft.graph.emailAddress'.",
    });
    expect((await refused("/me/messages?$filter=sentTime ge 2026-01-01T00:00:00Z")).code).toBe(
      "RequestBroker--ParseUri",
    );
    expect((await refused("/me/events?$orderby=start/time")).message).toContain("dateTimeTimeZone");
    expect((await refused("/users?$filter=shoeSize eq 'x'")).message).toContain("shoeSize");
    for (const path of [
      "/me/contacts?$filter=emailAddresses/any(a:a/address eq 'x@example.com')",
      "/me/messages?$filter=sentDateTime ge 2026-01-01T00:00:00Z&$orderby=sentDateTime desc",
      "/me/events?$orderby=start/dateTime",
    ]) {
      expect((await sandbox.graph(path)).status, path).toBe(200);
    }
  });
});

describe("request bodies", () => {
  it("refuses an unknown property of a contact, and of its complex values", async () => {
    expect(
      await refused("/me/contacts", { method: "POST", body: { displayName: "A", shoeSize: 9 } }),
    ).toMatchObject({
      code: "RequestBodyRead",
      message:
        "The property 'shoeSize' does not exist on type 'microsoft.graph.contact'. Make sure to only use property names that are defined by the type or mark the type as open type.",
    });
    const nested = await refused("/me/contacts", {
      method: "POST",
      body: { displayName: "A", emailAddresses: [{ address: "a@example.com", label: "work" }] },
    });
    expect(nested.message).toContain(
      "'label' does not exist on type 'microsoft.graph.emailAddress'",
    );
    const created = await sandbox.graphJson<{ id: string }>("/me/contacts", {
      method: "POST",
      body: {
        displayName: "A",
        emailAddresses: [{ address: "a@example.com", name: "A" }],
        extensions: [
          // An open extension's custom data is open: any name goes.
          { "@odata.type": "microsoft.graph.openTypeExtension", extensionName: "x.y", anyName: 1 },
        ],
      },
    });
    expect(created.status).toBe(201);
    const path = `/me/contacts/${created.body.id}`;
    expect((await refused(path, { method: "PATCH", body: { nickname: "Al" } })).message).toContain(
      "'nickname'",
    );
    expect((await sandbox.graph(path, { method: "PATCH", body: { nickName: "Al" } })).status).toBe(
      200,
    );
  });

  it("refuses unknown names two levels down in an event (attendee → emailAddress) and in times", async () => {
    const event = {
      subject: "Chat",
      start: eastern("2026-12-03T13:00:00"),
      end: eastern("2026-12-03T13:30:00"),
      attendees: [{ emailAddress: { address: "a@example.com", name: "A" }, type: "required" }],
    };
    const bad = [
      { ...event, start: { ...event.start, offset: "-05:00" } },
      { ...event, attendees: [{ ...event.attendees[0], role: "chair" }] },
      { ...event, attendees: [{ emailAddress: { address: "a@example.com", email: "x" } }] },
    ];
    for (const body of bad) {
      expect((await refused("/me/events", { method: "POST", body })).code).toBe("RequestBodyRead");
    }
    expect((await sandbox.graph("/me/events", { method: "POST", body: event })).status).toBe(201);
  });

  it("checks an action's parameters (getSchedule), in the doc's spelling or the CSDL's", async () => {
    const base = {
      schedules: ["avery.chen@northfield.example"],
      startTime: eastern("2026-12-03T08:00:00"),
      endTime: eastern("2026-12-03T18:00:00"),
    };
    const unknown = await refused("/me/calendar/getSchedule", {
      method: "POST",
      body: { ...base, interval: 30 },
    });
    expect(unknown.code).toBe("RequestBodyRead");
    expect(
      (
        await refused("/me/calendar/getSchedule", {
          method: "POST",
          body: { ...base, startTime: { ...base.startTime, zone: "x" } },
        })
      ).message,
    ).toContain("dateTimeTimeZone");
    const ok = await sandbox.graph("/me/calendar/getSchedule", {
      method: "POST",
      body: { ...base, availabilityViewInterval: 30 },
    });
    expect(ok.status).toBe(200);
  });

  it("applies inside $batch too", async () => {
    const { status, body } = await sandbox.graphJson<{
      responses: { id: string; status: number }[];
    }>("/$batch", {
      method: "POST",
      body: {
        requests: [
          { id: "1", method: "GET", url: "/me?$select=displayName" },
          { id: "2", method: "GET", url: "/me?$select=shoeSize" },
        ],
      },
    });
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.responses.map((r) => [r.id, r.status]));
    expect(byId).toEqual({ "1": 200, "2": 400 });
  });
});
