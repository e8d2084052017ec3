// The configuration page: valid only once a choice is made, and Save gets what was chosen, in
// French too.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { loadFeatureMessages } from "../../src/app/i18n/messages";
import type { Locale } from "../../src/domain/locale";
import type { TabChoice, TabConfigPort, TabPlace } from "../../src/hosts/types";
import TabConfigPage from "../../src/ui/tabConfig/TabConfigPage";

function fakePort(place: TabPlace) {
  const validity: boolean[] = [];
  let choose: () => TabChoice | null = () => null;
  const port: TabConfigPort = {
    place,
    setValid: (valid) => validity.push(valid),
    onSave: (next) => {
      choose = next;
    },
  };
  return { port, validity, saved: () => choose() };
}

function show(port: TabConfigPort, locale: Locale = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <TabConfigPage port={port} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("the tab configuration page", () => {
  beforeAll(() => loadFeatureMessages());

  it("is invalid until the installer chooses, then saves the advisors' view", async () => {
    const { port, validity, saved } = fakePort("channel");
    show(port);
    expect(validity).toEqual([false]);
    expect(saved()).toBeNull();
    const group = screen.getByRole("radiogroup", { name: "What should this tab show?" });
    expect(group).toBeTruthy();
    await userEvent.click(
      screen.getByRole("radio", { name: /Career centre: volunteers and question bank/ }),
    );
    expect(validity.at(-1)).toBe(true);
    expect(saved()).toEqual({
      entityId: "careerCentre",
      view: "advisor",
      suggestedDisplayName: "Career centre",
    });
    expect(screen.getByRole("status").textContent).toMatch(/select Save/);
  });

  it("offers only the prep sheet in a meeting, named in French for a French Teams", async () => {
    const { port, saved } = fakePort("meeting");
    show(port, "fr-CA");
    const radios = screen.getAllByRole("radio");
    expect(radios).toHaveLength(1);
    await userEvent.click(radios[0]!);
    expect(saved()).toMatchObject({ view: "prep", suggestedDisplayName: "Fiche de préparation" });
  });
});
