// The keep-in-touch panel against a real sandbox: a note drafted on an earlier visit and sent from
// Outlook is found in Sent Items (the older thank-you is not), marked sent and shown; a note not
// sent yet says how it will be noticed and keeps "I sent it"; without a draft nobody looks.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { useFollowUp } from "../../src/app/meeting/useFollowUp";
import { decodeInterviewExtension } from "../../src/domain/interview";
import type { Locale } from "../../src/domain/locale";
import type { GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { createFakeHost } from "../../src/hosts/fake";
import { ThankYouPanel } from "../../src/ui/meeting/ThankYouPanel";
import { addMorganContact, storedRecord } from "../support/interviews";
import { PROFESSIONAL } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";

const sandbox = useSandbox();
const client = (): GraphClient => sandbox.appClient();
beforeEach(() => localStorage.clear());

const HOUR = 3_600_000;

/** Morgan, thanked in December, with a keep-in-touch note drafted at `draftedAt` (if given). */
async function thankedMorgan(graph: GraphClient, draftedAt: Date | null) {
  return addMorganContact(graph, {
    record: storedRecord("thanked", {
      thankYou: JSON.stringify({ sentAt: "2026-11-20T15:00:00.000Z" }),
      keepInTouch: JSON.stringify({
        months: 3,
        ...(draftedAt ? { draftedAt: draftedAt.toISOString() } : {}),
      }),
    }),
  });
}

/** The user writing to Morgan from Outlook: a draft, then Send (the sandbox stamps it now). */
async function sendToMorganFromOutlook(subject: string): Promise<void> {
  const made = await sandbox.graphJson<{ id: string }>("/me/messages", {
    method: "POST",
    body: { subject, toRecipients: [{ emailAddress: { address: PROFESSIONAL } }] },
  });
  const sent = await sandbox.graph(`/me/messages/${made.body.id}/send`, { method: "POST" });
  expect(sent.status).toBe(202);
}

async function sentItemsReads(): Promise<number> {
  return (await sandbox.requests()).filter(
    (r) => r.method === "GET" && r.path.includes("/mailFolders/sentitems/messages"),
  ).length;
}

function FollowUpHarness({ contactId }: { contactId: string }) {
  const followUp = useFollowUp(contactId, null);
  return (
    <ThankYouPanel followUp={followUp} takeaways={{ notes: "", answers: {}, referrals: [] }} />
  );
}

function renderPanel(graph: GraphClient, contactId: string, locale: Locale = "en") {
  const services = appServices(sandbox.url, { host: createFakeHost(), graph });
  render(
    <AppProviders services={services} locale={locale} route={{ view: "pipeline" }}>
      <FollowUpHarness contactId={contactId} />
    </AppProviders>,
  );
}

async function stored(graph: GraphClient, contactId: string) {
  return decodeInterviewExtension(await readContactRecord(graph, contactId));
}

describe("the keep-in-touch note in Sent Items", { timeout: 30_000 }, () => {
  it("finds a note sent since it was drafted, records when, and shows it as sent", async () => {
    const graph = client();
    const contact = await thankedMorgan(graph, new Date(Date.now() - HOUR));
    await sendToMorganFromOutlook("An update since our conversation, Morgan");
    renderPanel(graph, contact.id);

    await screen.findByText("Your update was found in Sent Items.");
    expect(await screen.findByText(/^Update sent /)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Draft the update" })).toBeNull();
    expect(screen.queryByRole("button", { name: "I sent it" })).toBeNull();
    const record = await stored(graph, contact.id);
    const sentAt = Date.parse(record.keepInTouch?.sentAt ?? "");
    expect(Date.now() - sentAt).toBeLessThan(HOUR);
    expect(await sentItemsReads()).toBe(1);
  });

  it("does not take the older thank-you for the note; says how it is noticed; 'I sent it' still marks it", async () => {
    const user = userEvent.setup();
    const graph = client();
    // Sent Items holds the thank-you to Morgan (November), from before the note was drafted.
    const contact = await thankedMorgan(graph, new Date(Date.now() - HOUR));
    renderPanel(graph, contact.id, "fr-CA");

    await screen.findByText(/^Nouvelles rédigées le .*Éléments envoyés/);
    await waitFor(async () => expect(await sentItemsReads()).toBe(1));
    expect(screen.queryByText(/trouvées dans les Éléments envoyés/)).toBeNull();
    expect((await stored(graph, contact.id)).keepInTouch?.sentAt).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "Je l'ai envoyé" }));
    await screen.findByText(/^Nouvelles envoyées le /);
    await waitFor(async () =>
      expect((await stored(graph, contact.id)).keepInTouch?.sentAt).toBeTruthy(),
    );
  });

  it("does not look in Sent Items when no note was drafted", async () => {
    const graph = client();
    const contact = await thankedMorgan(graph, null);
    await sendToMorganFromOutlook("Quick question");
    renderPanel(graph, contact.id);

    await screen.findByRole("button", { name: "Draft the update" });
    expect(screen.getByRole("button", { name: "I sent it" })).toBeTruthy();
    // Time for a look the view would have started with the record, had it wanted one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await sentItemsReads()).toBe(0);
    expect(screen.queryByText("Your update was found in Sent Items.")).toBeNull();
  });
});
