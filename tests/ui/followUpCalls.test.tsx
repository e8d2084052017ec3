// Calling and keeping in touch in the views, against a real sandbox: "Call on Teams" links to
// the contact and records the call; the keep-in-touch reminder's interval is saved on the record.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useFollowUp } from "../../src/app/meeting/useFollowUp";
import { decodeInterviewExtension } from "../../src/domain/interview";
import type { GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { createFakeHost } from "../../src/hosts/fake";
import ArrangeSection from "../../src/ui/arrange/ArrangeSection";
import { ThankYouPanel } from "../../src/ui/meeting/ThankYouPanel";
import { addMorganContact, storedRecord } from "../support/interviews";
import { PROFESSIONAL, STUDENT } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { CAREER_CENTRE, bookingTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: bookingTenant });
const client = (): GraphClient => sandbox.appClient(STUDENT);

// jsdom cannot navigate: the link's own click still runs, its default action (opening Teams) not.
const stopNavigation = (event: MouseEvent) => event.preventDefault();
beforeEach(() => {
  localStorage.clear();
  document.addEventListener("click", stopNavigation);
});
afterEach(() => document.removeEventListener("click", stopNavigation));

async function stored(graph: GraphClient, contactId: string) {
  return decodeInterviewExtension(await readContactRecord(graph, contactId));
}

function renderArrange(graph: GraphClient, contactId: string) {
  const services = appServices(sandbox.url, { host: createFakeHost(), graph }, CAREER_CENTRE);
  render(
    <AppProviders services={services} route={{ view: "interview", contactId, section: "arrange" }}>
      <ArrangeSection contactId={contactId} />
    </AppProviders>,
  );
}

describe("calling a contact", { timeout: 30_000 }, () => {
  it("links a directory contact to a Teams call and chat, and records the call when it is opened", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contact = await addMorganContact(graph, {
      record: storedRecord("questionsReady", { directoryId: "u-pro" }),
    });
    renderArrange(graph, contact.id);
    const call = await screen.findByRole("button", { name: "Call on Teams" });
    const address = encodeURIComponent(PROFESSIONAL);
    expect(call.getAttribute("href")).toBe(
      `https://teams.microsoft.com/l/call/0/0?users=${address}`,
    );
    expect(screen.getByRole("link", { name: "Chat on Teams" }).getAttribute("href")).toBe(
      `https://teams.microsoft.com/l/chat/0/0?users=${address}`,
    );
    expect(screen.getByRole("list", { name: "What to say" }).textContent).toContain(
      "I am not looking for a job",
    );

    await user.click(call);
    await screen.findByText(/^Called .*That counts as your request/u);
    const record = await stored(graph, contact.id);
    expect(record.calledAt).toBeTruthy();
    expect(record.stage).toBe("requested");
  });

  it("offers no Teams link for a contact outside the directory, but still lets the user note a call", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contact = await addMorganContact(graph, {
      record: storedRecord("questionsReady", { source: "manual" }),
    });
    renderArrange(graph, contact.id);
    const called = await screen.findByRole("button", { name: "I called" });
    expect(screen.queryByRole("button", { name: "Call on Teams" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Chat on Teams" })).toBeNull();
    await user.click(called);
    await waitFor(async () => expect((await stored(graph, contact.id)).calledAt).toBeTruthy());
  });
});

function FollowUpHarness({ contactId }: { contactId: string }) {
  const followUp = useFollowUp(contactId, null);
  return (
    <ThankYouPanel followUp={followUp} takeaways={{ notes: "", answers: {}, referrals: [] }} />
  );
}

describe("keeping in touch", { timeout: 30_000 }, () => {
  it("defaults to three months after the thank-you and saves the interval the student picks", async () => {
    const user = userEvent.setup();
    const graph = client();
    const contact = await addMorganContact(graph, {
      record: storedRecord("thanked", {
        thankYou: JSON.stringify({ sentAt: "2026-12-02T15:00:00.000Z" }),
      }),
    });
    const services = appServices(sandbox.url, { host: createFakeHost(), graph }, CAREER_CENTRE);
    render(
      <AppProviders services={services} route={{ view: "pipeline" }}>
        <FollowUpHarness contactId={contact.id} />
      </AppProviders>,
    );
    const interval = await screen.findByRole("combobox", { name: "Remind me" });
    expect((interval as HTMLSelectElement).value).toBe("3");
    expect(screen.getByText("Write to them by Mar 2, 2027.")).toBeTruthy();

    await user.selectOptions(interval, "6");
    await screen.findByText("Write to them by Jun 2, 2027.");
    await waitFor(async () =>
      expect((await stored(graph, contact.id)).keepInTouch?.months).toBe(6),
    );

    await user.selectOptions(interval, "0");
    await screen.findByText("No reminder for this contact.");
    expect(screen.queryByRole("button", { name: "Draft the update" })).toBeNull();
    await waitFor(async () =>
      expect((await stored(graph, contact.id)).keepInTouch?.months).toBe(0),
    );
  });
});
