// The workbench's Teams, held to Teams' rules: Save only when valid, same-origin content, sign-in
// window.
import { describe, expect, it } from "vitest";
import {
  TeamsHostSimulator,
  type TeamsFrameSpec,
} from "../../src/entries/workbench/teamsHostSimulator";

const ORIGIN = "http://localhost:3000";

/** A frame window: records what the host posted to it. */
function fakeFrame() {
  const posted: unknown[] = [];
  return {
    posted,
    closed: false,
    postMessage: (message: unknown) => posted.push(message),
    close() {
      this.closed = true;
    },
  };
}

/** The workbench window: the simulator listens on it; tests deliver messages as frames would. */
function fakeHost() {
  let listener: ((event: MessageEvent) => void) | null = null;
  const opened: Array<{ url: string; frame: ReturnType<typeof fakeFrame> }> = [];
  const timers: Array<() => void> = [];
  const host = {
    location: { origin: ORIGIN },
    addEventListener: (_type: string, handler: (event: MessageEvent) => void) => {
      listener = handler;
    },
    open: (url: string) => {
      const frame = fakeFrame();
      opened.push({ url, frame });
      return frame;
    },
    setInterval: (tick: () => void) => timers.push(tick),
    clearInterval: () => {},
  };
  let nextId = 0;
  const send = (
    from: unknown,
    func: string,
    args: unknown[] = [],
    origin = ORIGIN,
  ): { id: number; uuidAsString: string } => {
    const request = { id: nextId++, uuidAsString: `uuid-${nextId}`, func, args };
    listener?.({ data: request, origin, source: from } as unknown as MessageEvent);
    return request;
  };
  return { window: host as unknown as Window, send, opened, timers };
}

const SETTINGS: TeamsFrameSpec = {
  frameContext: "settings",
  locale: "en-US",
  theme: "default",
  userPrincipalName: "avery.chen@northfield.example",
  channelId: "19:advisors@thread.tacv2",
};

function answerTo(frame: ReturnType<typeof fakeFrame>, request: { id: number }) {
  return (frame.posted as Array<{ id?: number; args?: unknown[] }>).find((m) => m.id === request.id)
    ?.args;
}

describe("the workbench's Teams", () => {
  it("answers initialize and getContext as Teams, only for its frames on its origin", () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const frame = fakeFrame();
    simulator.attach(() => frame as unknown as Window, SETTINGS);
    const init = host.send(frame, "initialize", ["2.58.0"]);
    const [frameContext, clientType, runtime] = answerTo(frame, init) ?? [];
    expect([frameContext, clientType]).toEqual(["settings", "web"]);
    expect(JSON.parse(String(runtime))).toMatchObject({
      apiVersion: 4,
      supports: { pages: { config: {} } },
    });
    const context = host.send(frame, "getContext");
    expect(answerTo(frame, context)?.[0]).toMatchObject({
      frameContext: "settings",
      channelId: SETTINGS.channelId,
      userPrincipalName: SETTINGS.userPrincipalName,
    });
    // Another origin, or a window it does not host: not answered.
    const stranger = host.send(frame, "getContext", [], "https://evil.example");
    expect(answerTo(frame, stranger)).toBeUndefined();
    const other = fakeFrame();
    host.send(other, "initialize", ["2.58.0"]);
    expect(other.posted).toEqual([]);
  });

  it("keeps Save disabled until the page is valid, and saves only a same-origin content URL", async () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const frame = fakeFrame();
    const teams = simulator.attach(() => frame as unknown as Window, SETTINGS);
    await expect(teams.save()).rejects.toThrow(/disabled/);
    host.send(frame, "registerHandler", ["save"]);
    host.send(frame, "settings.setValidityState", [true]);
    expect(teams.valid).toBe(true);

    const saving = teams.save();
    expect(frame.posted.at(-1)).toEqual({ func: "settings.save", args: [{}] });
    const refused = host.send(frame, "settings.setSettings", [
      { entityId: "x", contentUrl: "https://elsewhere.example/tab.html" },
    ]);
    expect(answerTo(frame, refused)?.[0]).toBe(false);
    const accepted = host.send(frame, "settings.setSettings", [
      { entityId: "careerCentre", contentUrl: `${ORIGIN}/tab.html?host=teams&view=advisor` },
    ]);
    expect(answerTo(frame, accepted)).toEqual([true]);
    host.send(frame, "settings.save.success");
    await expect(saving).resolves.toMatchObject({ entityId: "careerCentre" });
  });

  it("ignores validity from a frame that is not a configuration page", () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const frame = fakeFrame();
    const teams = simulator.attach(() => frame as unknown as Window, {
      ...SETTINGS,
      frameContext: "content",
    });
    host.send(frame, "settings.setValidityState", [true]);
    expect(teams.valid).toBe(false);
  });

  it("opens Teams' sign-in window and hands its answer back, or CancelledByUser when closed", () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const frame = fakeFrame();
    simulator.attach(() => frame as unknown as Window, { ...SETTINGS, frameContext: "content" });
    const asked = host.send(frame, "authentication.authenticate", [
      `${ORIGIN}/dialog.html?host=teams`,
      600,
      640,
    ]);
    const signInWindow = host.opened[0]!.frame;
    const init = host.send(signInWindow, "initialize", ["2.58.0"]);
    expect(answerTo(signInWindow, init)?.[0]).toBe("authentication");
    host.send(signInWindow, "authentication.authenticate.success", ['{"type":"token"}']);
    expect(answerTo(frame, asked)).toEqual([true, '{"type":"token"}']);

    const again = host.send(frame, "authentication.authenticate", [`${ORIGIN}/dialog.html`]);
    host.opened[1]!.frame.closed = true;
    host.timers.at(-1)?.();
    expect(answerTo(frame, again)).toEqual([false, "CancelledByUser"]);

    const offsite = host.send(frame, "authentication.authenticate", ["https://evil.example/"]);
    expect(answerTo(frame, offsite)?.[0]).toBe(false);
  });

  it("answers a tab's startCall and openChat as Teams, showing what Teams would show and nothing more", () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const frame = fakeFrame();
    const teams = simulator.attach(() => frame as unknown as Window, {
      ...SETTINGS,
      frameContext: "content",
    });
    const init = host.send(frame, "initialize", ["2.58.0"]);
    // Teams' runtime lists call and chat, so teams-js's isSupported() says yes in the tab.
    expect(JSON.parse(String(answerTo(frame, init)?.[2]))).toMatchObject({
      supports: { call: {}, chat: {} },
    });
    const shown: unknown[] = [];
    teams.onHostAction((action) => shown.push(action));

    // The messages teams-js 2.58 sends (public/call.js, public/chat.js).
    const call = host.send(frame, "call.startCall", [
      { targets: ["morgan.lee@contoso.example"], requestedModalities: ["audio"] },
    ]);
    expect(answerTo(frame, call)).toEqual([true]);
    const video = host.send(frame, "call.startCall", [
      { targets: ["morgan.lee@contoso.example", "4:+15145550100"], requestedModalities: ["video"] },
    ]);
    expect(answerTo(frame, video)).toEqual([true]);
    const chat = host.send(frame, "chat.openChat", [{ members: ["morgan.lee@contoso.example"] }]);
    expect(answerTo(frame, chat)).toEqual([true]);
    expect(shown).toEqual([
      { kind: "call", targets: ["morgan.lee@contoso.example"], video: false },
      { kind: "call", targets: ["morgan.lee@contoso.example", "4:+15145550100"], video: true },
      { kind: "chat", members: ["morgan.lee@contoso.example"] },
    ]);
    expect(simulator.actions).toEqual(shown);
    expect(simulator.unanswered).toEqual([]);
  });

  it("refuses a call or chat nobody can be reached by, or from a frame teams-js does not send it from", () => {
    const host = fakeHost();
    const simulator = new TeamsHostSimulator(host.window);
    const tab = fakeFrame();
    const teams = simulator.attach(() => tab as unknown as Window, {
      ...SETTINGS,
      frameContext: "content",
    });
    const shown: unknown[] = [];
    teams.onHostAction((action) => shown.push(action));
    for (const targets of [[], ["Morgan Lee"], ["a@contoso.example,b@contoso.example"]]) {
      const asked = host.send(tab, "call.startCall", [{ targets }]);
      expect(answerTo(tab, asked)).toEqual([false]);
    }
    // A chat takes sign-in names only, never a phone number.
    const phone = host.send(tab, "chat.openChat", [{ members: ["4:+15145550100"] }]);
    expect(answerTo(tab, phone)?.[0]).toBe(false);

    const panel = fakeFrame();
    simulator.attach(() => panel as unknown as Window, { ...SETTINGS, frameContext: "sidePanel" });
    const fromPanel = host.send(panel, "call.startCall", [
      { targets: ["morgan.lee@contoso.example"] },
    ]);
    expect(answerTo(panel, fromPanel)).toEqual([false]);
    const chatFromPanel = host.send(panel, "chat.openChat", [
      { members: ["morgan.lee@contoso.example"] },
    ]);
    expect(answerTo(panel, chatFromPanel)?.[0]).toBe(false);
    expect(shown).toEqual([]);
    expect(simulator.actions).toEqual([]);
  });
});
