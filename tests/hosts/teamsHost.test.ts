// The Teams adapter with teams-js stubbed at the module edge: context, themes, side panel, timeout.
import { describe, expect, it } from "vitest";
import type { TeamsContextLike, TeamsSdk } from "../../src/hosts/teams/teamsSdk";
import { createTeamsHost } from "../../src/hosts/teams/teamsHost";

function stubTeams(context: TeamsContextLike) {
  let themeHandler: ((theme: string) => void) | null = null;
  const sdk: TeamsSdk = {
    app: {
      initialize: async () => {},
      getContext: async () => context,
      registerOnThemeChangeHandler: (handler) => {
        themeHandler = handler;
      },
    },
  };
  return { sdk, changeTheme: (theme: string) => themeHandler?.(theme) };
}

describe("Teams host", () => {
  it("reads locale, theme, user and the meeting side panel from the Teams context", async () => {
    const { sdk } = stubTeams({
      app: { locale: "fr-ca", theme: "dark" },
      page: { id: "interviews", frameContext: "sidePanel" },
      user: { userPrincipalName: "maya@northfield.example", displayName: "Maya" },
      meeting: { id: "MCMx" },
    });
    const host = await createTeamsHost(async () => sdk);
    expect(host.context).toEqual({
      kind: "teams",
      surface: "sidePanel",
      locale: "fr-CA",
      theme: "dark",
      user: { userPrincipalName: "maya@northfield.example", displayName: "Maya" },
      meetingId: "MCMx",
      problem: null,
    });
  });

  it("a content tab is a tab, and theme changes reach listeners live", async () => {
    const { sdk, changeTheme } = stubTeams({
      app: { locale: "en-US", theme: "default" },
      page: { frameContext: "content" },
    });
    const host = await createTeamsHost(async () => sdk);
    expect(host.context.surface).toBe("tab");
    expect(host.context.theme).toBe("light");
    const seen: string[] = [];
    host.onThemeChanged((theme) => seen.push(theme));
    changeTheme("contrast");
    changeTheme("dark");
    expect(seen).toEqual(["contrast", "dark"]);
    expect(host.context.theme).toBe("dark");
  });

  it("gives up after the timeout when Teams never answers, instead of the SDK's 60 s", async () => {
    const never: TeamsSdk = {
      app: {
        initialize: () => new Promise<void>(() => {}),
        getContext: () => new Promise(() => {}),
        registerOnThemeChangeHandler: () => {},
      },
    };
    const timers: Array<{ ms: number; fire: () => void }> = [];
    const pending = createTeamsHost(async () => never, {
      timeoutMs: 3000,
      fallbackLocale: "fr-FR",
      setTimer: (fire, ms) => timers.push({ ms, fire }),
    });
    await Promise.resolve();
    await Promise.resolve();
    // The SDK loaded (first timer unused); the initialize timer is the one that matters.
    expect(timers.map((t) => t.ms)).toContain(3000);
    timers.forEach((t) => t.fire());
    const host = await pending;
    expect(host.context).toMatchObject({
      kind: "teams",
      problem: "teams-unavailable",
      locale: "fr-CA",
      theme: "light",
    });
  });

  it("renders anyway when teams-js itself cannot load (CDN down, blocked)", async () => {
    const host = await createTeamsHost(() => Promise.reject(new Error("ChunkLoadError")));
    expect(host.context.problem).toBe("teams-unavailable");
    expect(await host.readItem()).toEqual({ kind: "none" });
  });
});
