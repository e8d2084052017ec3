// An organizer's unsaved meeting: the pane says to save it first (read item only: it never saves).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { loadFeatureMessages } from "../../src/app/i18n/messages";
import { NavigationProvider } from "../../src/app/navigation";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import { createFakeHost } from "../../src/hosts/fake";
import type { HostItem } from "../../src/hosts/types";
import PrepView from "../../src/ui/meeting/PrepView";

const NEW_APPOINTMENT: HostItem = {
  kind: "appointment",
  role: "organizer",
  itemId: null,
  subject: "Coffee with Morgan",
  organizer: null,
  attendees: [],
  start: null,
  end: null,
};

describe("the prep sheet on a new appointment", () => {
  beforeAll(() => loadFeatureMessages());

  it("asks to save the meeting first, and looks again when asked", async () => {
    const host = createFakeHost({ kind: "outlook" }, NEW_APPOINTMENT);
    const services = {
      host,
      // The lookup after saving is not this test's concern: Graph never answers here.
      graph: { call: () => new Promise(() => {}) },
      user: { userPrincipalName: "avery.chen@northfield.example" },
      now: () => new Date("2026-12-01T15:00:00Z"),
    } as unknown as AppServices;
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider locale="en">
          <ServicesProvider value={services}>
            <NavigationProvider initial={{ view: "prep" }}>
              <PrepView />
            </NavigationProvider>
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    expect((await screen.findByRole("status")).textContent).toMatch(/not saved yet/);

    // The organizer saves in Outlook (no event tells the pane), then selects "Check again".
    const saved: HostItem = { ...NEW_APPOINTMENT, itemId: "AAMkAGI2" };
    (host as unknown as { readItem: () => Promise<HostItem> }).readItem = async () => saved;
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText("Loading the meeting…")).toBeTruthy();
    expect(screen.queryByText(/not saved yet/)).toBeNull();
  });
});
