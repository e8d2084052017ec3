// Not signed in: said once, in the header, with a Sign in button that works from the click.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../../src/app/i18n/I18nProvider";
import { ServicesProvider, type AppServices } from "../../src/app/services";
import { createSignInGate } from "../../src/entries/signInGate";
import { SignInPrompt } from "../../src/ui/signIn/SignInPrompt";

function show(services: AppServices) {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="en">
        <ServicesProvider value={services}>
          <SignInPrompt />
        </ServicesProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("the sign-in prompt", () => {
  it("offers Sign in, says why it failed, and goes away once signed in", async () => {
    let attempt = 0;
    const tokens = {
      getToken: () =>
        ++attempt === 1
          ? Promise.reject(Object.assign(new Error("blocked"), { code: "12009" }))
          : Promise.resolve("token"),
    };
    const gate = createSignInGate(Promise.resolve({ interactive: true, tokens }));
    show({ signIn: gate.control } as unknown as AppServices);
    const button = await screen.findByRole("button", { name: "Sign in" });
    expect(screen.getByRole("status").textContent).toMatch(/not signed in/);
    await userEvent.click(button);
    expect((await screen.findByText(/Allow pop-up windows/)).textContent).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Sign in" })).toBeNull());
  });

  it("once signed in through a window, offers Sign out, which forgets the token and asks again", async () => {
    let signedOut = 0;
    const tokens = {
      getToken: () => Promise.resolve("token"),
      signOut: async () => {
        signedOut += 1;
      },
    };
    const gate = createSignInGate(Promise.resolve({ interactive: true, tokens }));
    show({ signIn: gate.control } as unknown as AppServices);
    await userEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    await userEvent.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(signedOut).toBe(1);
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeTruthy();
    await expect(gate.tokens.getToken()).rejects.toThrow(/Sign in/);
  });

  it("offers no Sign out where the host holds the sign-in (nested app auth)", async () => {
    const gate = createSignInGate(
      Promise.resolve({ interactive: false, tokens: { getToken: async () => "naa-token" } }),
    );
    show({ signIn: gate.control } as unknown as AppServices);
    expect(await gate.tokens.getToken()).toBe("naa-token");
    expect(screen.queryByRole("button", { name: "Sign out" })).toBeNull();
  });

  it("says nothing where no window is needed (nested app auth, sandbox)", () => {
    show({} as AppServices);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
