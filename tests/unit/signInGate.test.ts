// A window-based sign-in waits for the user's click; nested app auth never asks.
import { describe, expect, it } from "vitest";
import { createSignInGate, SignInNeededError, whySignInFailed } from "../../src/entries/signInGate";
import { SignInError } from "../../src/auth/dialogFallback";

function windowSignIn(outcome: () => Promise<string>) {
  let opened = 0;
  return {
    opened: () => opened,
    tokens: {
      getToken: () => {
        opened += 1;
        return outcome();
      },
    },
  };
}

describe("the sign-in gate", () => {
  it("opens no window before the click, says sign-in is needed, then lets Graph through", async () => {
    const dialog = windowSignIn(async () => "token-1");
    const gate = createSignInGate(Promise.resolve({ interactive: true, tokens: dialog.tokens }));
    await expect(gate.tokens.getToken()).rejects.toBeInstanceOf(SignInNeededError);
    expect(dialog.opened()).toBe(0);
    expect(gate.control.status()).toEqual({ state: "needed", why: "not-yet" });
    const seen: string[] = [];
    gate.control.subscribe(() => seen.push(gate.control.status().state));
    await gate.control.signIn(); // the user's click
    expect(seen).toEqual(["signing-in", "signed-in"]);
    expect(await gate.tokens.getToken()).toBe("token-1");
  });

  it("says why when the window was closed, blocked or consent is missing", async () => {
    for (const [error, why] of [
      [new SignInError("12006", "closed"), "cancelled"],
      [new SignInError("12009", "The user chose to ignore the dialog box."), "blocked"],
      [new SignInError("consent_required", "AADSTS65001: consent"), "consent"],
      [new Error("network"), "failed"],
    ] as const) {
      const gate = createSignInGate(
        Promise.resolve({
          interactive: true,
          tokens: windowSignIn(() => Promise.reject(error)).tokens,
        }),
      );
      await gate.control.signIn();
      expect(gate.control.status()).toEqual({ state: "needed", why });
      expect(whySignInFailed(error)).toBe(why);
    }
  });

  it("passes nested app auth straight through, never claiming sign-in is needed", async () => {
    const nested = windowSignIn(async () => "naa-token");
    const gate = createSignInGate(Promise.resolve({ interactive: false, tokens: nested.tokens }));
    expect(await gate.tokens.getToken()).toBe("naa-token");
    expect(gate.control.status()).toEqual({ state: "signed-in" });
  });

  it("lets a user who signed in before on this device through without a click or a window", async () => {
    const popup = windowSignIn(async () => "cached-token");
    const gate = createSignInGate(
      Promise.resolve({
        interactive: true,
        tokens: { ...popup.tokens, silentToken: async () => "cached-token" },
      }),
    );
    expect(await gate.tokens.getToken()).toBe("cached-token");
    expect(gate.control.status().state).toBe("signed-in");
  });

  it("still waits for the click when the device holds no usable sign-in", async () => {
    const popup = windowSignIn(async () => "token");
    const gate = createSignInGate(
      Promise.resolve({
        interactive: true,
        tokens: { ...popup.tokens, silentToken: async () => null },
      }),
    );
    await expect(gate.tokens.getToken()).rejects.toBeInstanceOf(SignInNeededError);
    expect(popup.opened()).toBe(0);
    expect(gate.control.status()).toEqual({ state: "needed", why: "not-yet" });
  });
});
