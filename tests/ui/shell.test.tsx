// The shell renders before sign-in finishes: a notice sign-in raises later must still appear.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { createLimitedFlag, ServicesProvider, type AppServices } from "../../src/app/services";
import { createFakeHost } from "../../src/hosts/fake";
import { HostProblemNotice } from "../../src/ui/shell/HostProblemNotice";

describe("HostProblemNotice", () => {
  it("shows the limited-directory notice when sign-in falls back after the shell rendered", () => {
    const limited = createLimitedFlag();
    const services = {
      host: createFakeHost(),
      directoryLimited: limited.flag,
    } as unknown as AppServices;
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider locale="en">
          <ServicesProvider value={services}>
            <HostProblemNotice />
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    expect(screen.queryByRole("status")).toBeNull();
    act(() => limited.raise());
    expect(screen.getByRole("status").textContent).toMatch(/User\.Read\.All/);
  });
});
