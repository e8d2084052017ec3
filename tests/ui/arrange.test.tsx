// The arrange section against a real sandbox: find times, pick one, book it (the event lands at
// that
// time, two requests after "Find times"); draft the request; propose own times when the contact's
// calendar cannot be read; move a booked conversation.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Event, Message } from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { decodeInterviewExtension } from "../../src/domain/interview";
import { type GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { listRows } from "../../src/graph/lists";
import { createFakeHost, type FakeHost } from "../../src/hosts/fake";
import ArrangeSection from "../../src/ui/arrange/ArrangeSection";
import { useSandbox } from "../support/sandbox";
import { CAREER_CENTRE, bookingTenant } from "../support/tenants";
import { storedRecord, addMorganContact } from "../support/interviews";
import { STUDENT, PROFESSIONAL } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";

const sandbox = useSandbox({ tenant: bookingTenant });
beforeEach(() => {
  localStorage.clear();
});

const client = (upn = STUDENT): GraphClient => sandbox.appClient(upn);

async function addContact(graph: GraphClient, email = PROFESSIONAL): Promise<string> {
  const contact = await addMorganContact(graph, {
    email,
    notes: "Private: ask about the field course",
    record: storedRecord("questionsReady", {
      source: "volunteer",
      questions: JSON.stringify([{ id: "own-1", text: "What drew you to Biology?" }]),
      updatedAt: "2026-11-29T00:00:00.000Z",
    }),
  });
  return contact.id;
}

function renderArrange(graph: GraphClient, contactId: string, host: FakeHost = createFakeHost()) {
  const services = appServices(sandbox.url, { host, graph }, CAREER_CENTRE);
  render(
    <AppProviders services={services} route={{ view: "interview", contactId, section: "arrange" }}>
      <ArrangeSection contactId={contactId} />
    </AppProviders>,
  );
}

async function requestLog(): Promise<{ method: string; path: string }[]> {
  return (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as never;
}

async function interviewEvents(graph: GraphClient): Promise<Event[]> {
  const answer = await graph.call<{ value: Event[] }>({
    method: "GET",
    path: "/me/events",
    query: { $select: "id,subject,start,end,isCancelled,transactionId", $top: 100 },
    headers: { Prefer: 'outlook.timezone="UTC"' },
  });
  return answer.body.value.filter((e) => e.subject?.startsWith("Information interview"));
}

/** Finds times, books the first one offered and waits until it is booked; the times offered. */
async function bookFirstOfferedTime(
  user: ReturnType<typeof userEvent.setup>,
): Promise<HTMLInputElement[]> {
  await user.click(await screen.findByRole("button", { name: "Find times" }));
  const group = await screen.findByRole("radiogroup", { name: "Times that suit you both" });
  const offered = within(group).getAllByRole("radio") as HTMLInputElement[];
  await user.click(offered[0]!);
  await user.click(screen.getByRole("button", { name: "Book interview" }));
  await screen.findByText(/^Booked for/u, {}, { timeout: 10_000 });
  return offered;
}

describe("arrange section", { timeout: 30_000 }, () => {
  it("finds times, books the chosen one and records it — two requests from Find times to the event", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph);
    renderArrange(graph, contactId);

    const find = await screen.findByRole("button", { name: "Find times" });
    const before = (await requestLog()).length;
    await user.click(find);
    const group = await screen.findByRole("radiogroup", { name: "Times that suit you both" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.length).toBeGreaterThan(0);
    const chosen = radios[0] as HTMLInputElement;
    const start = new Date(chosen.value);
    // The option's name spells out the date and both people's local times.
    const name = chosen.labels?.[0]?.textContent ?? "";
    expect(name).toMatch(/^You: \w+day, \w+ \d+, \d+:\d\d [ap]\.m\./u);
    expect(name).toContain("Morgan Diaz:");
    expect(name).toMatch(/E[SD]T/u);
    expect(name).toMatch(/P[SD]T/u);

    await user.click(chosen);
    await user.click(screen.getByRole("button", { name: "Book interview" }));
    expect(await screen.findByText(/^Booked for/u, {}, { timeout: 10_000 })).toBeTruthy();

    const events = await interviewEvents(graph);
    expect(events).toHaveLength(1);
    expect(new Date(`${events[0]!.start!.dateTime}Z`).toISOString()).toBe(start.toISOString());

    const sent = (await requestLog())
      .slice(before)
      .map((r) => `${r.method} ${r.path}`)
      // The user's own name, read once when the section opens, may still be on its way.
      .filter((r) => r !== "GET /v1.0/me");
    // The event and the contact's record travel in one $batch.
    const toEvent = sent.slice(0, sent.indexOf("POST /v1.0/$batch") + 1);
    expect(toEvent).toEqual(["POST /v1.0/me/calendar/getSchedule", "POST /v1.0/$batch"]);

    const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(record.stage).toBe("booked");
    // Linked by the booking's transactionId (the id did not exist yet when the record was sent).
    expect(record.events.map((e) => e.transactionId)).toEqual([
      (events[0] as { transactionId?: string }).transactionId,
    ]);
    // A volunteer: the career centre's log gets a row, without the student's name by default.
    await waitFor(async () => {
      const rows = await listRows(graph, CAREER_CENTRE.siteId, CAREER_CENTRE.lists.bookings, []);
      expect(rows.map((r) => [r.fields.VolunteerEmail, r.fields.StudentUpn ?? null])).toEqual([
        [PROFESSIONAL, null],
      ]);
    });
    // The booked conversation is listed with its actions.
    expect(await screen.findByRole("button", { name: "Move to the chosen time" })).toBeTruthy();
  });

  it("drafts the request in the mailbox and moves the stage to requested", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph);
    renderArrange(graph, contactId);
    const message = (await screen.findByRole("textbox", {
      name: "Message",
    })) as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Hello Morgan,/u);
    expect(message.value).toContain("I am not looking for a job");
    expect(message.value).not.toContain("Private");
    await user.click(screen.getByRole("button", { name: "Draft request" }));
    expect(
      await screen.findByText(/Saved in your Drafts folder/u, {}, { timeout: 10_000 }),
    ).toBeTruthy();

    const drafts = await graph.call<{ value: Message[] }>({
      method: "GET",
      path: "/me/mailFolders/drafts/messages",
      query: { $select: "subject,toRecipients,isDraft" },
    });
    const request = drafts.body.value.find((m) => m.subject?.startsWith("Could I ask you"));
    expect(request?.toRecipients?.[0]?.emailAddress?.address).toBe(PROFESSIONAL);
    const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(record.stage).toBe("requested");
  });

  it("opens Outlook's compose form instead of saving a draft when in Outlook", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph);
    const host = createFakeHost({ kind: "outlook" });
    renderArrange(graph, contactId, host);
    await user.click(await screen.findByRole("button", { name: "Draft request" }));
    expect(await screen.findByText(/The message is open in Outlook/u)).toBeTruthy();
    expect(host.composed).toHaveLength(1);
    expect(host.composed[0]!.to[0]!.emailAddress).toBe(PROFESSIONAL);
    expect(host.composed[0]!.htmlBody).toContain("<p>Hello Morgan,</p>");
    const posts = (await requestLog()).filter(
      (r) => r.method === "POST" && r.path === "/v1.0/me/messages",
    );
    expect(posts).toEqual([]);
  });

  it("says when the contact's calendar cannot be read and puts the user's own times in the request", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph, "rae@elsewhere.example");
    renderArrange(graph, contactId);
    await user.click(await screen.findByRole("button", { name: "Find times" }));
    expect(await screen.findByText(/Their calendar cannot be read/u)).toBeTruthy();
    const group = screen.getByRole("radiogroup", { name: "Times you are free" });
    const first = within(group).getAllByRole("radio")[0] as HTMLInputElement;
    await user.click(screen.getByRole("button", { name: "Put these times in the request" }));
    const message = screen.getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement;
    expect(message.value).toContain("Here are a few times that could work");
    const day = new Intl.DateTimeFormat("en-CA", {
      weekday: "long",
      month: "long",
      day: "numeric",
      timeZone: "America/New_York",
    }).format(new Date(first.value));
    expect(message.value).toContain(day);
  });

  it("moves a booked conversation to another offered time", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph);
    renderArrange(graph, contactId);
    const [, second] = await bookFirstOfferedTime(user);
    await user.click(second!);
    await user.click(screen.getByRole("button", { name: "Move to the chosen time" }));
    expect(await screen.findByText(/^Moved\./u, {}, { timeout: 10_000 })).toBeTruthy();
    const events = await interviewEvents(graph);
    expect(events).toHaveLength(1);
    expect(new Date(`${events[0]!.start!.dateTime}Z`).toISOString()).toBe(
      new Date(second!.value).toISOString(),
    );
  });

  it("cancels a booked conversation with a short message the user can edit", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contactId = await addContact(graph);
    renderArrange(graph, contactId);
    await bookFirstOfferedTime(user);

    await user.click(screen.getByRole("button", { name: "Cancel…" }));
    const message = screen.getByRole("textbox", {
      name: "Message to Morgan Diaz",
    }) as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Hello Morgan,\n\nI am sorry, but I need to cancel/u);
    await user.click(screen.getByRole("button", { name: "Cancel the conversation" }));
    expect(await screen.findByText(/^Cancelled\./u, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText("Nothing booked yet.")).toBeTruthy();
    const left = (await interviewEvents(graph)).filter((e) => !e.isCancelled);
    expect(left).toEqual([]);
    const record = decodeInterviewExtension(await readContactRecord(graph, contactId));
    expect(record.events).toEqual([]);
  });
});
