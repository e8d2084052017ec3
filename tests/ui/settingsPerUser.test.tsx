// Arranging settings and the consent to be named, on a browser two people share: each person has
// their own, and the second starts from the defaults.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { GraphClient } from "../../src/graph/client";
import { userKeyFor } from "../../src/app/userKey";
import { createFakeHost } from "../../src/hosts/fake";
import ArrangeSection from "../../src/ui/arrange/ArrangeSection";
import { addMorganContact, storedRecord } from "../support/interviews";
import { STUDENT } from "../support/people";
import { appServices, AppProviders } from "../support/renderApp";
import { useSandbox } from "../support/sandbox";
import { CAREER_CENTRE, bookingTenant } from "../support/tenants";

const sandbox = useSandbox({ tenant: bookingTenant });
beforeEach(() => localStorage.clear());

/** A second person signing in on the same browser. */
const LEE = "lee.park@northfield.example";
const CONSENT = "Let the career centre see my name when I book one of its volunteers";

async function openArrange(upn: string) {
  const graph: GraphClient = sandbox.appClient(upn);
  const contact = await addMorganContact(graph, {
    record: storedRecord("questionsReady", { source: "volunteer" }),
  });
  const services = appServices(sandbox.url, { host: createFakeHost(), graph }, CAREER_CENTRE);
  const view = render(
    <AppProviders
      services={{ ...services, user: { userPrincipalName: upn } }}
      route={{ view: "interview", contactId: contact.id, section: "arrange" }}
    >
      <ArrangeSection contactId={contact.id} />
    </AppProviders>,
  );
  // Stored settings apply once Graph has said who is signed in.
  await waitFor(() => expect(userKeyFor(graph).known()).not.toBeNull());
  return view;
}

describe("settings on a shared browser", { timeout: 30_000 }, () => {
  it("keeps each person's consent and length their own; a second person starts from the defaults", async () => {
    const user = userEvent.setup();
    const avery = await openArrange(STUDENT);
    const consent = await screen.findByRole("checkbox", { name: CONSENT });
    await user.click(consent);
    await user.click(screen.getByRole("radio", { name: "45 minutes" }));
    await waitFor(() =>
      expect(Object.keys(localStorage)).toContain(
        "informationInterviews.arrangeSettings.u-student",
      ),
    );
    avery.unmount();

    const lee = await openArrange(LEE);
    const leesConsent = await screen.findByRole("checkbox", { name: CONSENT });
    expect((leesConsent as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("radio", { name: "30 minutes" }) as HTMLInputElement).checked).toBe(
      true,
    );
    lee.unmount();

    await openArrange(STUDENT);
    await waitFor(async () =>
      expect(
        ((await screen.findByRole("checkbox", { name: CONSENT })) as HTMLInputElement).checked,
      ).toBe(true),
    );
    expect((screen.getByRole("radio", { name: "45 minutes" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it("never hands settings saved for the whole browser (before they were per person) to anyone", async () => {
    localStorage.setItem(
      "informationInterviews.arrangeSettings",
      JSON.stringify({ shareNameWithCareerCentre: true, durationMinutes: 45 }),
    );
    await openArrange(LEE);
    const consent = await screen.findByRole("checkbox", { name: CONSENT });
    await waitFor(() =>
      expect(localStorage.getItem("informationInterviews.arrangeSettings")).toBeNull(),
    );
    expect((consent as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("radio", { name: "30 minutes" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
