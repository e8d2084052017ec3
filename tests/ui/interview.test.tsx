// The Outlook context: the card of the person on the selected item, with stage and notes if known.
import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { addInterview } from "../../src/app/interviews/interviews";
import type { HostItem } from "../../src/hosts/types";
import { ContactCardForItem } from "../../src/ui/contact/ContactCardForItem";
import { useSandbox } from "../support/sandbox";
import { findTenant } from "../support/tenants";
import { STUDENT, morganInterview } from "../support/people";
import { renderWithSandbox } from "../support/renderApp";

vi.setConfig({ testTimeout: 20_000 });

const sandbox = useSandbox({ tenant: findTenant });

const mailFrom = (displayName: string, emailAddress: string): HostItem => ({
  kind: "message-read",
  itemId: `item-${emailAddress}`,
  subject: "Hello",
  from: { displayName, emailAddress },
  to: [{ displayName: "Avery Chen", emailAddress: STUDENT }],
  cc: [],
});

describe("ContactCardForItem", () => {
  it("shows the sender's card at once and follows the selection to the next message", async () => {
    const { host } = renderWithSandbox(<ContactCardForItem />, sandbox, {
      item: mailFrom("Morgan Diaz", "morgan.diaz@northfield.example"),
    });
    expect(await screen.findByRole("heading", { name: "Morgan Diaz" })).toBeTruthy();
    expect(await screen.findByText("Lee Park")).toBeTruthy();
    expect(await screen.findByText("Not in your interviews yet.")).toBeTruthy();

    act(() => host.setItem(mailFrom("Kim Lee", "kim.lee@northfield.example")));
    expect(await screen.findByRole("heading", { name: "Kim Lee" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Morgan Diaz" })).toBeNull();
  });

  it("for someone in My interviews, shows their stage, the next step and the notes", async () => {
    await addInterview(sandbox.appClient(), morganInterview(), { locale: "en", now: new Date() });
    renderWithSandbox(<ContactCardForItem />, sandbox, {
      item: mailFrom("Morgan Diaz", "Morgan.Diaz@northfield.example"),
    });
    expect(await screen.findByText("Stage: Found")).toBeTruthy();
    expect(screen.getByText("Next: Do your research")).toBeTruthy();
    expect(screen.getByText(/- Role: Research Scientist/)).toBeTruthy();
    // The card's actions show once the card is read (an address is resolved to an id first).
    expect(await screen.findByRole("button", { name: "Open interview" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add to my interviews" })).toBeNull();
  });

  it("shows a person outside the directory with what the message says, and offers to add them", async () => {
    renderWithSandbox(<ContactCardForItem />, sandbox, {
      item: mailFrom("Pat Neighbour", "pat@home.example"),
    });
    expect(await screen.findByRole("heading", { name: "Pat Neighbour" })).toBeTruthy();
    expect(await screen.findByText("Not in your organisation's directory.")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Add to my interviews" })).toBeTruthy();
  });
});
