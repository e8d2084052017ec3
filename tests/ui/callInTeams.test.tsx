// "Call on Teams" inside Teams, against a real sandbox: the host starts the call or chat itself,
// says what Teams answered, and falls back to Teams' links when Teams refuses.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeInterviewExtension } from "../../src/domain/interview";
import type { Locale } from "../../src/domain/locale";
import type { GraphClient } from "../../src/graph/client";
import { readContactRecord } from "../../src/graph/contacts";
import { createFakeHost, type FakeHost } from "../../src/hosts/fake";
import type { HostCallOutcome } from "../../src/hosts/types";
import ArrangeSection from "../../src/ui/arrange/ArrangeSection";
import { addMorganContact, storedRecord } from "../support/interviews";
import { PROFESSIONAL, STUDENT } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { CAREER_CENTRE, bookingTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: bookingTenant });
const client = (): GraphClient => sandbox.appClient(STUDENT);

// jsdom cannot navigate: a link's own click still runs, its default action (opening Teams) not.
const stopNavigation = (event: MouseEvent) => event.preventDefault();
beforeEach(() => {
  localStorage.clear();
  document.addEventListener("click", stopNavigation);
});
afterEach(() => document.removeEventListener("click", stopNavigation));

async function calledAt(graph: GraphClient, contactId: string) {
  return decodeInterviewExtension(await readContactRecord(graph, contactId)).calledAt;
}

/** Morgan, a directory contact, in the Arrange section, on a Teams tab answering `calling`. */
async function arrangeInTeams(
  calling: HostCallOutcome,
  locale: Locale = "en",
): Promise<{ graph: GraphClient; host: FakeHost; contactId: string }> {
  const graph = client();
  const contact = await addMorganContact(graph, {
    record: storedRecord("questionsReady", { directoryId: "u-pro" }),
  });
  const host = createFakeHost({ kind: "teams", surface: "tab", locale }, undefined, { calling });
  const services = appServices(sandbox.url, { host, graph }, CAREER_CENTRE);
  render(
    <AppProviders
      services={services}
      locale={locale}
      route={{ view: "interview", contactId: contact.id, section: "arrange" }}
    >
      <ArrangeSection contactId={contact.id} />
    </AppProviders>,
  );
  return { graph, host, contactId: contact.id };
}

const CALL_LINK = `https://teams.microsoft.com/l/call/0/0?users=${encodeURIComponent(PROFESSIONAL)}`;
const CHAT_LINK = `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(PROFESSIONAL)}`;

describe("calling from inside Teams", { timeout: 30_000 }, () => {
  it("asks Teams to start the call and open the chat, says so, and records the call", async () => {
    const user = userEvent.setup();
    const { graph, host, contactId } = await arrangeInTeams("started");
    const call = await screen.findByRole("button", { name: "Call on Teams" });
    // A button Teams answers, not a link that would take the tab away.
    expect(call.getAttribute("href")).toBeNull();
    expect(screen.queryByRole("link", { name: /on Teams/u })).toBeNull();

    await user.click(call);
    await screen.findByText(
      "Teams is starting your call with Morgan Diaz. If Teams asks you to confirm, do it there.",
    );
    expect(host.calls).toEqual([{ targets: [PROFESSIONAL], modality: "audio" }]);
    await screen.findByText(/^Called .*That counts as your request/u);
    await waitFor(async () => expect(await calledAt(graph, contactId)).toBeTruthy());

    await user.click(screen.getByRole("button", { name: "Chat on Teams" }));
    await screen.findByText("Teams opened your chat with Morgan Diaz.");
    expect(host.chats).toEqual([PROFESSIONAL]);
  });

  it("after a refusal records no call, says what to do, and offers Teams' link, which records it", async () => {
    const user = userEvent.setup();
    const { graph, host, contactId } = await arrangeInTeams("refused");
    await user.click(await screen.findByRole("button", { name: "Call on Teams" }));
    await screen.findByText(
      /^Teams did not start the call\. Try the link below, or call Morgan Diaz from the Teams app\./u,
    );
    expect(host.calls).toHaveLength(1);
    expect(screen.queryByText(/^Called /u)).toBeNull();
    expect(await calledAt(graph, contactId)).toBeUndefined();

    const link = screen.getByRole("link", { name: "Open the call in Teams" });
    expect(link.getAttribute("href")).toBe(CALL_LINK);
    await user.click(link);
    await screen.findByText(/^Called .*That counts as your request/u);
    await waitFor(async () => expect(await calledAt(graph, contactId)).toBeTruthy());

    await user.click(screen.getByRole("button", { name: "Chat on Teams" }));
    await screen.findByText(/^Teams did not open the chat\./u);
    expect(screen.getByRole("link", { name: "Open the chat in Teams" }).getAttribute("href")).toBe(
      CHAT_LINK,
    );
  });

  it("says in French when this Teams cannot start a call for an app, with the link to use", async () => {
    const user = userEvent.setup();
    await arrangeInTeams("unsupported", "fr-CA");
    await user.click(await screen.findByRole("button", { name: "Appeler sur Teams" }));
    await screen.findByText(
      /^Cette version de Teams ne peut pas lancer d'appel pour une application\./u,
    );
    expect(
      screen.getByRole("link", { name: "Ouvrir l'appel dans Teams" }).getAttribute("href"),
    ).toBe(CALL_LINK);
  });

  it("keeps Teams' links where the host cannot call (Outlook, a browser)", async () => {
    const graph = client();
    const contact = await addMorganContact(graph, {
      record: storedRecord("questionsReady", { directoryId: "u-pro" }),
    });
    const host = createFakeHost({ kind: "outlook" });
    render(
      <AppProviders
        services={appServices(sandbox.url, { host, graph }, CAREER_CENTRE)}
        route={{ view: "interview", contactId: contact.id, section: "arrange" }}
      >
        <ArrangeSection contactId={contact.id} />
      </AppProviders>,
    );
    const call = await screen.findByRole("button", { name: "Call on Teams" });
    expect(call.getAttribute("href")).toBe(CALL_LINK);
    expect(screen.getByRole("link", { name: "Chat on Teams" }).getAttribute("href")).toBe(
      CHAT_LINK,
    );
  });
});
