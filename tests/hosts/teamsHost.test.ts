// The Teams adapter with teams-js stubbed at the module edge: context, themes, side panel, timeout.
import { describe, expect, it } from "vitest";
import type { TeamsContextLike, TeamsSaveEvent, TeamsSdk } from "../../src/hosts/teams/teamsSdk";
import { createTeamsHost } from "../../src/hosts/teams/teamsHost";
import { surfaceFromUrl } from "../../src/hosts/detect";

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

/** teams-js's pages.config as a stub that records what the page told Teams. */
function stubConfig(context: TeamsContextLike, setConfigFails = false) {
  const { sdk } = stubTeams(context);
  const told: { validity: boolean[]; saved: unknown[]; outcome: string[] } = {
    validity: [],
    saved: [],
    outcome: [],
  };
  let save: ((event: TeamsSaveEvent) => void) | null = null;
  sdk.pages = {
    config: {
      setValidityState: (valid) => told.validity.push(valid),
      registerOnSaveHandler: (handler) => {
        save = handler;
      },
      setConfig: async (config) => {
        if (setConfigFails) throw new Error("contentUrl not in validDomains");
        told.saved.push(config);
      },
    },
  };
  const pressSave = () =>
    new Promise<void>((done) => {
      save?.({
        notifySuccess: () => {
          told.outcome.push("success");
          done();
        },
        notifyFailure: (reason) => {
          told.outcome.push(`failure: ${reason}`);
          done();
        },
      });
    });
  return { sdk, told, pressSave };
}

describe("Teams configuration page", () => {
  const channel: TeamsContextLike = {
    app: { locale: "en-US" },
    page: { frameContext: "settings" },
    channel: { id: "19:advisors@thread.tacv2" },
  };

  it("is offered only in the settings frame, knowing where the tab goes", async () => {
    const { sdk } = stubConfig(channel);
    const host = await createTeamsHost(async () => sdk, { pageUrl: "https://x.example/tab.html" });
    expect(host.tabConfig?.place).toBe("channel");
    const inMeeting = stubConfig({
      ...channel,
      channel: undefined,
      chat: { id: "19:meeting_abc@thread.v2" },
    });
    expect((await createTeamsHost(async () => inMeeting.sdk)).tabConfig?.place).toBe("meeting");
  });

  it("passes validity on and, on Save, sets a same-origin config before notifying success", async () => {
    const { sdk, told, pressSave } = stubConfig(channel);
    const host = await createTeamsHost(async () => sdk, {
      pageUrl: "https://careers.contoso.edu/interviews/tab.html?host=teams&view=config",
    });
    host.tabConfig?.setValid(false);
    host.tabConfig?.onSave(() => ({
      entityId: "careerCentre",
      view: "advisor",
      suggestedDisplayName: "Career centre",
    }));
    host.tabConfig?.setValid(true);
    await pressSave();
    expect(told.validity).toEqual([false, true]);
    expect(told.saved).toEqual([
      {
        entityId: "careerCentre",
        contentUrl: "https://careers.contoso.edu/interviews/tab.html?host=teams&view=advisor",
        suggestedDisplayName: "Career centre",
        websiteUrl: "https://careers.contoso.edu/interviews/tab.html?view=advisor",
      },
    ]);
    expect(told.outcome).toEqual(["success"]);
  });

  it("answers failure when nothing is chosen or Teams refuses the config, never leaving Save hanging", async () => {
    const nothing = stubConfig(channel);
    const host = await createTeamsHost(async () => nothing.sdk, { pageUrl: "https://x.example/" });
    host.tabConfig?.onSave(() => null);
    await nothing.pressSave();
    expect(nothing.told.outcome).toEqual(["failure: Nothing was chosen."]);

    const refused = stubConfig(channel, true);
    const refusing = await createTeamsHost(async () => refused.sdk, {
      pageUrl: "https://x.example/",
    });
    refusing.tabConfig?.onSave(() => ({
      entityId: "a",
      view: "advisor",
      suggestedDisplayName: "A",
    }));
    await refused.pressSave();
    expect(refused.told.outcome[0]).toMatch(/^failure: .*validDomains/);
  });
});

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
      chatId: null,
      problem: null,
      nestedAppAuthSupported: false,
    });
  });

  it("hands over the meeting chat's id, and a meeting's own tab shows the side panel's sheet", async () => {
    const { sdk } = stubTeams({
      app: { locale: "en-US" },
      page: { frameContext: "content" },
      chat: { id: "19:meeting_abc@thread.v2" },
      meeting: { id: "MCMx" },
    });
    const host = await createTeamsHost(async () => sdk);
    expect(host.context.chatId).toBe("19:meeting_abc@thread.v2");
    expect(host.context.surface).toBe("sidePanel");
    expect(host.tabConfig).toBeUndefined();
  });

  it("a channel tab saved on the advisors' view is the advisors' tab; a personal tab never is", async () => {
    const channel = stubTeams({
      app: { locale: "en-US" },
      page: { id: "careerCentre", frameContext: "content" },
      channel: { id: "19:advisors@thread.tacv2" },
    });
    const advisors = await createTeamsHost(async () => channel.sdk, {
      pageSurface: surfaceFromUrl({ pathname: "/tab.html", search: "?host=teams&view=advisor" }),
    });
    expect(advisors.context.surface).toBe("advisorsTab");
    const personal = stubTeams({
      app: { locale: "en-US" },
      page: { id: "myInterviews", frameContext: "content" },
    });
    const tab = await createTeamsHost(async () => personal.sdk, {
      pageSurface: surfaceFromUrl({ pathname: "/tab.html", search: "?host=teams" }),
    });
    expect(tab.context.surface).toBe("tab");
    // The meeting's own tab stays the prep sheet whatever its URL says.
    const meeting = stubTeams({
      app: { locale: "en-US" },
      page: { frameContext: "content" },
      meeting: { id: "MCMx" },
    });
    const sheet = await createTeamsHost(async () => meeting.sdk, { pageSurface: "advisorsTab" });
    expect(sheet.context.surface).toBe("sidePanel");
  });

  it("uses nested app auth only when teams-js recommends it, and hints Teams' login hint", async () => {
    const { sdk } = stubTeams({
      app: { locale: "en-US" },
      page: { frameContext: "content" },
      user: {
        userPrincipalName: "avery@northfield.example",
        loginHint: "avery.chen@northfield.example",
      },
    });
    expect((await createTeamsHost(async () => sdk)).context.nestedAppAuthSupported).toBe(false);
    sdk.nestedAppAuth = { isNAAChannelRecommended: () => true };
    const host = await createTeamsHost(async () => sdk);
    expect(host.context.nestedAppAuthSupported).toBe(true);
    expect(await host.signInHint?.()).toBe("avery.chen@northfield.example");
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

describe("Teams' own call and chat", () => {
  const TAB: TeamsContextLike = { app: { locale: "en-US" }, page: { frameContext: "content" } };

  /** teams-js's call and chat as stubs: what the page asked Teams for, and how Teams answers. */
  function stubCalling(
    context: TeamsContextLike,
    answers: { call?: () => Promise<boolean>; chat?: () => Promise<void>; supported?: boolean },
  ) {
    const { sdk } = stubTeams(context);
    const asked: unknown[] = [];
    const supported = () => answers.supported ?? true;
    sdk.call = {
      isSupported: supported,
      startCall: (params) => {
        asked.push(params);
        return answers.call?.() ?? Promise.resolve(true);
      },
    };
    sdk.chat = {
      isSupported: supported,
      openChat: (request) => {
        asked.push(request);
        return answers.chat?.() ?? Promise.resolve();
      },
    };
    return { sdk, asked };
  }

  it("starts an audio call and opens a chat through teams-js in the tab, as Teams answers", async () => {
    const { sdk, asked } = stubCalling(TAB, {});
    const host = await createTeamsHost(async () => sdk);
    expect(await host.startCall?.(["morgan@contoso.example"], "audio")).toBe("started");
    expect(await host.openChat?.("morgan@contoso.example")).toBe("started");
    expect(asked).toEqual([
      { targets: ["morgan@contoso.example"], requestedModalities: ["audio"] },
      { user: "morgan@contoso.example" },
    ]);
  });

  it("reads anything but Teams' true as a refusal, and teams-js's 'not supported' as unsupported", async () => {
    const declined = stubCalling(TAB, {
      call: () => Promise.resolve(false),
      chat: () => Promise.reject(new Error("User not found")),
    });
    const host = await createTeamsHost(async () => declined.sdk);
    expect(await host.startCall?.(["morgan@contoso.example"], "audio")).toBe("refused");
    expect(await host.openChat?.("morgan@contoso.example")).toBe("refused");

    // What teams-js throws when the host lacks the capability (public/constants.js).
    const missing = stubCalling(TAB, {
      call: () => Promise.reject({ errorCode: 100 }),
      chat: () => Promise.reject({ errorCode: 100 }),
    });
    const older = await createTeamsHost(async () => missing.sdk);
    expect(await older.startCall?.(["morgan@contoso.example"], "video")).toBe("unsupported");
    expect(await older.openChat?.("morgan@contoso.example")).toBe("unsupported");
    expect(missing.asked[0]).toEqual({
      targets: ["morgan@contoso.example"],
      requestedModalities: ["audio", "video"],
    });
  });

  it("is not offered where teams-js cannot send it: unsupported, a side panel, Teams unreachable", async () => {
    const unsupported = stubCalling(TAB, { supported: false });
    const noCapability = await createTeamsHost(async () => unsupported.sdk);
    expect(noCapability.startCall).toBeUndefined();
    expect(noCapability.openChat).toBeUndefined();

    // teams-js allows startCall and openChat in content and task frames only (public/call.js).
    const panel = stubCalling(
      { app: { locale: "en-US" }, page: { frameContext: "sidePanel" }, meeting: { id: "MCMx" } },
      {},
    );
    const sidePanel = await createTeamsHost(async () => panel.sdk);
    expect(sidePanel.startCall).toBeUndefined();
    expect(sidePanel.openChat).toBeUndefined();

    // isSupported throws before initialize or without a runtime: read as "no".
    const throwing = stubCalling(TAB, {});
    throwing.sdk.call!.isSupported = () => {
      throw new Error("The library has not yet been initialized");
    };
    const noRuntime = await createTeamsHost(async () => throwing.sdk);
    expect(noRuntime.startCall).toBeUndefined();
    expect(noRuntime.openChat).toBeDefined();

    const offline = await createTeamsHost(() => Promise.reject(new Error("ChunkLoadError")));
    expect(offline.startCall).toBeUndefined();
    expect(unsupported.asked).toEqual([]);
    expect(panel.asked).toEqual([]);
  });
});
