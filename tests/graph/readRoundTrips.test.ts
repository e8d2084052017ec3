// Round trips per read action over real HTTP: a settled search, a contact card and opening a prep
// sheet each travel as one $batch, and each item inside keeps its own failure.
import { describe, expect, it } from "vitest";
import { searchPeople } from "../../src/app/find/searchPeople";
import { loadInterview } from "../../src/app/interviews/interviewExtension";
import { loadInterviews } from "../../src/app/interviews/interviews";
import { findInterviewNear } from "../../src/app/meeting/meetingEvent";
import { graphReasonOf } from "../../src/domain/graphReason";
import { createPrepSheet } from "../../src/domain/prepSheet";
import { getContactCard } from "../../src/graph/directory";
import { GraphError } from "../../src/graph/errors";
import { getSignedInUser } from "../../src/graph/me";
import { addMorganContact, bookMorganEvent, storedRecord } from "../support/interviews";
import { PROFESSIONAL } from "../support/people";
import { type LoggedRequest, useSandbox } from "../support/sandbox";
import { northfieldTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: () => northfieldTenant() });

/** Each HTTP request as one line; a $batch lists the Graph calls it carried. */
function lines(requests: LoggedRequest[]): string[] {
  return requests.map((r) =>
    r.batch
      ? `${r.status} $batch [${r.batch.map((b) => `${b.status} ${b.method} ${b.path}`).join(", ")}]`
      : `${r.status} ${r.method} ${r.path}`,
  );
}

describe("a settled search", () => {
  it("asks the directory and the people the user works with in one round trip", async () => {
    const answer = await searchPeople(sandbox.client(), { text: "morgan" });
    expect(answer.directory.map((p) => p.displayName)).toEqual(["Morgan Diaz"]);
    expect(answer.relevanceMissing).toBe(false);
    expect(lines(await sandbox.requests())).toEqual([
      "200 $batch [200 GET /v1.0/users, 200 GET /v1.0/me/people]",
    ]);
    // The directory item keeps its own ConsistencyLevel: $search is refused without it.
    const [batch] = await sandbox.requests();
    expect(batch?.batch?.[0]?.query).toMatchObject({ $count: "true" });
  });

  it("re-sends only a throttled item, after its Retry-After, and keeps the other's answer", async () => {
    await sandbox.faults([
      { method: "GET", path: "^/v1.0/me/people$", status: 429, retryAfter: 2, times: 1 },
    ]);
    const client = sandbox.client();
    const answer = await searchPeople(client, { text: "morgan" });
    expect(answer.directory.map((p) => p.displayName)).toEqual(["Morgan Diaz"]);
    expect(answer.relevanceMissing).toBe(false);
    expect(sandbox.clock.sleeps).toEqual([2000]);
    // Graph may answer the whole batch 424 when an item is throttled (concepts/throttling.md).
    expect(lines(await sandbox.requests())).toEqual([
      "424 $batch [200 GET /v1.0/users, 429 GET /v1.0/me/people]",
      "200 $batch [200 GET /v1.0/me/people]",
    ]);
  });

  it("asks a batch of reads again when its connection dropped, as it would a GET", async () => {
    await sandbox.faults([{ method: "POST", path: "^/v1.0/\\$batch$", status: 0, times: 1 }]);
    const answer = await searchPeople(sandbox.client(), { text: "morgan" });
    expect(answer.directory.map((p) => p.displayName)).toEqual(["Morgan Diaz"]);
    expect(lines(await sandbox.requests()).at(-1)).toBe(
      "200 $batch [200 GET /v1.0/users, 200 GET /v1.0/me/people]",
    );
  });

  it("falls back to basic fields when the directory item is refused, then asks for them at once", async () => {
    await sandbox.faults([{ method: "GET", path: "^/v1.0/users$", status: 403, times: 1 }]);
    const client = sandbox.client();
    expect((await searchPeople(client, { text: "morgan" })).limited).toBe(true);
    const again = await searchPeople(client, { text: "kim" });
    expect(again.limited).toBe(true);
    expect(again.directory.map((p) => p.displayName)).toEqual(["Kim Lee"]);
    const log = await sandbox.requests();
    // The refused search, its basic retry, then the next search in one round trip.
    expect(log).toHaveLength(3);
    expect(log[2]?.batch?.[0]?.query).toMatchObject({
      $select: "id,displayName,givenName,surname,mail,userPrincipalName",
    });
  });
});

describe("a contact card", () => {
  it("is one round trip with the interview-folder lookup beside it", async () => {
    const client = sandbox.client();
    const [card, interviews] = await Promise.all([
      getContactCard(client, "u-pro", { email: PROFESSIONAL }),
      loadInterviews(client),
    ]);
    expect(card.manager?.displayName).toBe("Lee Park");
    expect(card.directReports.map((p) => p.displayName).sort()).toEqual(["Jo Smith", "Kim Lee"]);
    expect(card.workingHours).not.toBeNull();
    expect(interviews).toEqual([]);
    expect(lines(await sandbox.requests())).toEqual([
      "200 $batch [200 GET /v1.0/users/u-pro, 200 GET /v1.0/users/u-pro/manager, " +
        "200 GET /v1.0/users/u-pro/directReports, 404 GET /v1.0/users/u-pro/photo/$value, " +
        "200 POST /v1.0/me/calendar/getSchedule, 200 GET /v1.0/me/contactFolders]",
    ]);
  });

  it("is one round trip by an address never seen before, when it is the sign-in name", async () => {
    const card = await getContactCard(sandbox.client(), PROFESSIONAL);
    expect(card.profile).toMatchObject({ id: "u-pro", department: "Biology" });
    expect(card.manager?.displayName).toBe("Lee Park");
    expect(await sandbox.requests()).toHaveLength(1);
  });

  it("says not found for a person who left, while the lookup beside it still answers", async () => {
    const client = sandbox.client();
    const [card, interviews] = await Promise.allSettled([
      getContactCard(client, "u-gone"),
      loadInterviews(client),
    ]);
    expect(card.status).toBe("rejected");
    const error = (card as PromiseRejectedResult).reason as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(graphReasonOf(error)).toMatchObject({ kind: "not-found" });
    expect(interviews).toEqual({ status: "fulfilled", value: [] });
    expect(await sandbox.requests()).toHaveLength(1);
  });

  it("says limited when the manager item is refused (403), still in one round trip", async () => {
    await sandbox.faults([
      { method: "GET", path: "^/v1.0/users/u-pro/manager$", status: 403, times: 1 },
    ]);
    const card = await getContactCard(sandbox.client(), "u-pro");
    expect(card).toMatchObject({ limited: true, manager: null });
    expect(card.directReports).toHaveLength(2);
    expect(await sandbox.requests()).toHaveLength(1);
  });
});

describe("opening the prep sheet of the meeting under way", () => {
  it("takes two round trips: the calendar, then the contact, its card and the signature", async () => {
    const setup = sandbox.client();
    const contact = await addMorganContact(setup, {
      record: storedRecord("booked", { directoryId: "u-pro" }),
    });
    const sheet = createPrepSheet({
      contactId: contact.id,
      researchNotes: "Runs the plant genetics lab.",
      questions: [{ id: "q1", text: "What does a typical week look like?" }],
      format: "teams",
    });
    await bookMorganEvent(setup, sheet, {
      start: "2026-11-26T11:55:00Z",
      end: "2026-11-26T12:25:00Z",
    });
    const before = (await sandbox.requests()).length;

    // A new page: nothing known yet. The views of the sheet start their reads together.
    const graph = sandbox.client();
    const meeting = await findInterviewNear(graph, new Date("2026-11-26T12:00:00Z"));
    expect(meeting?.sheet?.contactId).toBe(contact.id);
    const guest = meeting?.event.attendees[0]?.emailAddress ?? "";
    const [me, interview, card] = await Promise.all([
      getSignedInUser(graph),
      loadInterview(graph, contact.id),
      getContactCard(graph, guest, { email: guest }),
    ]);
    expect(me.displayName).toBe("Avery Chen");
    expect(interview.record.stage).toBe("booked");
    expect(card.manager?.displayName).toBe("Lee Park");

    const opened = (await sandbox.requests()).slice(before);
    expect(opened.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1.0/me/calendarView",
      "POST /v1.0/$batch",
    ]);
    expect(opened[1]?.batch).toHaveLength(7);
  });
});
