// The workbench as Teams: answers the real teams-js (2.58) over postMessage for the frames it
// shows.
//
// Written from teams-js's own source (node_modules/@microsoft/teams-js/dist/esm/.../internal/
// communication.js, messageObjects.js, appHelpers.js, public/pages/config.js, authentication.js):
// - a request is `{id, uuidAsString, func, args, …}`; the answer is `{id, uuidAsString, args}`
//   posted back to the frame; an event from the host is `{func, args}` (themeChange, settings.save).
// - teams-js accepts messages only from its parent window whose origin is valid; its first rule
//   (communication.js, verifyIncomingMessageOrigin) accepts the page's own origin, so a workbench
//   served from the same origin as the frames passes the product's real check. No validDomains or
//   extra origins are added for it; a parent on another origin would be refused, as in production.
// - `initialize` is answered with [frameContext, hostClientType, runtime config JSON, SDK version];
//   `getContext` with Teams' legacy context shape, which teams-js turns into app.Context.
// - what Teams itself would show (a call's confirmation, a chat opening) is handed to the
//   workbench's chrome as a host action (`onHostAction`), never acted out: no call is placed.

/** The Teams app id the workbench's frames report (a fixed GUID of its own, never a real app's). */
export const WORKBENCH_TEAMS_APP_ID = "7e57a99b-0000-4000-8000-00000000b0b0";

/** Teams' frame contexts this simulator serves. */
export type TeamsFrameContext = "content" | "settings" | "sidePanel" | "authentication";

/** What Teams knows about a frame: the fields of its (legacy) context that the product reads. */
export interface TeamsFrameSpec {
  frameContext: TeamsFrameContext;
  locale: string;
  theme: "default" | "dark" | "contrast";
  userPrincipalName: string;
  /** The Teams app the frame belongs to (context `appId`, teams-js public/app/app.d.ts). */
  appId?: string;
  /** The tab's entity id (a configured tab) or the static tab's. */
  entityId?: string;
  /** A channel tab's channel; a meeting's or chat's tab has a chat id instead. */
  channelId?: string;
  teamId?: string;
  /** The chat the tab is in: `19:meeting_…@thread.v2` in a meeting. */
  chatId?: string;
  /** The meeting's id as Teams gives it (opaque; never a calendar event id). */
  meetingId?: string;
}

/** A tab configuration as the page handed it to `pages.config.setConfig`. */
export interface SavedTabConfig {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName?: string;
  websiteUrl?: string;
}

/**
 * Something Teams would now show outside the page: its prompt to confirm a call, or the chat it
 * opens. The workbench's chrome says so; nothing else happens.
 */
export type TeamsHostAction =
  { kind: "call"; targets: string[]; video: boolean } | { kind: "chat"; members: string[] };

/** One framed page the simulator answers. */
export interface TeamsFrame {
  /** Whether Teams' Save may be pressed (settings frames only). */
  readonly valid: boolean;
  onValidityChanged(listener: (valid: boolean) => void): void;
  /** Presses Teams' Save: runs the page's save handler; resolves with what it saved. */
  save(): Promise<SavedTabConfig>;
  setTheme(theme: TeamsFrameSpec["theme"]): void;
  /** Called when the page asks Teams for something Teams shows itself (a call, a chat). */
  onHostAction(listener: (action: TeamsHostAction) => void): () => void;
  detach(): void;
}

interface Request {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
}

interface FrameState {
  spec: TeamsFrameSpec;
  window: () => Window | null;
  valid: boolean;
  validityListeners: Array<(valid: boolean) => void>;
  handlers: Set<string>;
  /** What setConfig last stored (kept until the save event answers). */
  pendingConfig: SavedTabConfig | null;
  saving: { resolve: (config: SavedTabConfig) => void; reject: (error: Error) => void } | null;
  actionListeners: Set<(action: TeamsHostAction) => void>;
}

/**
 * The runtime Teams reports (apiVersion 4, teams-js public/runtime.js). Only what this host answers
 * is listed: pages.config for the configuration page, authentication for the sign-in window,
 * meeting for the side panel, call and chat (Teams' own runtime lists both: teams-js
 * public/runtime.js, the Teams runtime config). No nestedAppAuth: the workbench signs in with
 * sandbox tokens.
 */
const RUNTIME = JSON.stringify({
  apiVersion: 4,
  isLegacyTeams: false,
  supports: {
    pages: { config: {}, tabs: {} },
    authentication: {},
    teamsCore: {},
    meeting: {},
    call: {},
    chat: {},
  },
});

/**
 * Frames that may start a call or open a chat: teams-js sends `call.startCall` and `chat.openChat`
 * only from content and task frames (its public/call.js and chat.js, `ensureInitialized(runtime,
 * content, task)`); this host serves no task frames.
 */
const CALLING_FRAMES: ReadonlySet<TeamsFrameContext> = new Set(["content"]);

/**
 * Whom Teams can call or chat with (msteams-docs concepts/build-and-test/deep-link-workflow.md):
 * a Microsoft Entra user principal name, usually an email address; a call also takes a phone
 * number as a PSTN id `4:<phonenumber>`.
 */
function isTeamsUser(value: unknown): value is string {
  return typeof value === "string" && /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/u.test(value);
}

function isPstnTarget(value: unknown): value is string {
  return typeof value === "string" && /^4:\+?[0-9]{3,15}$/u.test(value);
}

const HOST_CLIENT_TYPE = "web";

/** The legacy context Teams sends for `getContext` (teams-js app.js maps it to app.Context). */
function legacyContext(spec: TeamsFrameSpec): Record<string, unknown> {
  return {
    locale: spec.locale,
    theme: spec.theme,
    frameContext: spec.frameContext,
    entityId: spec.entityId,
    userPrincipalName: spec.userPrincipalName,
    loginHint: spec.userPrincipalName,
    hostClientType: HOST_CLIENT_TYPE,
    hostName: "Teams",
    ...(spec.appId ? { appId: spec.appId } : {}),
    ...(spec.channelId ? { channelId: spec.channelId } : {}),
    ...(spec.teamId ? { teamId: spec.teamId } : {}),
    ...(spec.chatId ? { chatId: spec.chatId } : {}),
    ...(spec.meetingId ? { meetingId: spec.meetingId } : {}),
  };
}

function isRequest(data: unknown): data is Request {
  const value = data as Partial<Request> | null;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof value.id === "number" &&
    typeof value.func === "string"
  );
}

/** The simulator for one workbench page: attach each framed Teams page to it. */
export class TeamsHostSimulator {
  private readonly frames = new Map<Window, FrameState>();
  private readonly pendingByFrame = new Map<FrameState, FrameState>();
  /** Messages no rule here answers, for whoever debugs the workbench. */
  readonly unanswered: string[] = [];
  /** Every request a frame made and what it was answered, for tests and debugging. */
  readonly log: Array<{ frameContext: TeamsFrameContext; func: string; answer?: unknown[] }> = [];

  /** Every call and chat a page asked Teams for, in order, for tests and debugging. */
  readonly actions: TeamsHostAction[] = [];

  constructor(private readonly host: Window) {
    host.addEventListener("message", (event) => this.receive(event));
  }

  /** Starts answering `frame` (an iframe's window, or a window Teams opened) as `spec` says. */
  attach(frame: () => Window | null, spec: TeamsFrameSpec): TeamsFrame {
    const state: FrameState = {
      spec,
      window: frame,
      valid: false,
      validityListeners: [],
      handlers: new Set(),
      pendingConfig: null,
      saving: null,
      actionListeners: new Set(),
    };
    const register = () => {
      const win = frame();
      if (win) this.frames.set(win, state);
    };
    register();
    return {
      get valid() {
        return state.valid;
      },
      onValidityChanged: (listener) => {
        state.validityListeners.push(listener);
      },
      save: () => this.save(state),
      setTheme: (theme) => {
        state.spec = { ...state.spec, theme };
        // A one-way event; teams-js calls the page's themeChange handler (handlers.js).
        this.post(state, { func: "themeChange", args: [theme] });
      },
      onHostAction: (listener) => {
        state.actionListeners.add(listener);
        return () => state.actionListeners.delete(listener);
      },
      detach: () => {
        for (const [win, s] of this.frames) if (s === state) this.frames.delete(win);
      },
    };
  }

  private post(state: FrameState, message: unknown): void {
    // Only to the frame's own origin, which is ours: the same rule real hosts use.
    state.window()?.postMessage(message, this.host.location.origin);
  }

  private receive(event: MessageEvent): void {
    // Like Teams, answer only frames we host, on our origin; anything else is not ours to answer.
    if (event.origin !== this.host.location.origin || !isRequest(event.data)) return;
    const source = event.source as Window | null;
    const state = source ? this.frames.get(source) : undefined;
    if (!state || !source) return;
    const request = event.data;
    const entry: (typeof this.log)[number] = {
      frameContext: state.spec.frameContext,
      func: request.func,
    };
    this.log.push(entry);
    const reply = (args: unknown[]) => {
      entry.answer = args;
      source.postMessage(
        { id: request.id, uuidAsString: request.uuidAsString, args },
        this.host.location.origin,
      );
    };
    this.handle(state, request, reply);
  }

  private handle(state: FrameState, request: Request, reply: (args: unknown[]) => void): void {
    const args = request.args ?? [];
    switch (request.func) {
      case "initialize":
        reply([state.spec.frameContext, HOST_CLIENT_TYPE, RUNTIME, String(args[0] ?? "2.0.0")]);
        return;
      case "getContext":
        reply([legacyContext(state.spec)]);
        return;
      case "registerHandler":
        state.handlers.add(String(args[0]));
        return;
      case "appInitialization.success":
      case "appInitialization.appLoaded":
      case "appInitialization.failure":
      case "appInitialization.expectedFailure":
        return;
      case "settings.setValidityState":
        // Save stays disabled until the page says its settings are valid
        // (msteams-docs tabs/how-to/create-tab-pages/configuration-page.md).
        if (state.spec.frameContext !== "settings") return;
        state.valid = args[0] === true;
        state.validityListeners.forEach((listener) => listener(state.valid));
        return;
      case "settings.setSettings":
        reply(this.setSettings(state, args[0]));
        return;
      case "settings.save.success":
        this.finishSave(state, null);
        return;
      case "settings.save.failure":
        this.finishSave(state, String(args[0] ?? "The page could not save its settings."));
        return;
      case "authentication.authenticate":
        this.authenticate(state, args, reply);
        return;
      case "authentication.authenticate.success":
      case "authentication.authenticate.failure":
        this.finishAuthentication(state, request.func.endsWith("success"), args[0]);
        return;
      case "call.startCall":
        reply(this.startCall(state, args[0]));
        return;
      case "chat.openChat":
        reply(this.openChat(state, args[0]));
        return;
      default:
        this.unanswered.push(request.func);
    }
  }

  /**
   * setConfig: the content URL must be on a domain the manifest lists in validDomains (the same
   * doc, "Context and authentication"); for the workbench that is its own origin.
   */
  private setSettings(state: FrameState, raw: unknown): unknown[] {
    const config = raw as Partial<SavedTabConfig> | null;
    if (!["content", "settings", "sidePanel"].includes(state.spec.frameContext)) {
      return [false, "setConfig is not allowed in this frame"];
    }
    if (!config?.entityId || !config.contentUrl) {
      return [false, "entityId and contentUrl are required"];
    }
    let origin: string;
    try {
      origin = new URL(config.contentUrl).origin;
    } catch {
      return [false, "contentUrl is not a URL"];
    }
    if (origin !== this.host.location.origin) {
      return [false, `contentUrl is not on a valid domain: ${config.contentUrl}`];
    }
    state.pendingConfig = {
      entityId: config.entityId,
      contentUrl: config.contentUrl,
      ...(config.suggestedDisplayName ? { suggestedDisplayName: config.suggestedDisplayName } : {}),
      ...(config.websiteUrl ? { websiteUrl: config.websiteUrl } : {}),
    };
    return [true];
  }

  private show(state: FrameState, action: TeamsHostAction): void {
    this.actions.push(action);
    state.actionListeners.forEach((listener) => listener(action));
  }

  /**
   * `call.startCall` (msteams-docs concepts/build-and-test/deep-link-workflow.md, "Deep link to
   * start an audio-video call with users"): Teams asks the user to confirm before it places the
   * call, and a video call turns on the caller's camera only. teams-js resolves `startCall` with
   * the answer's first value, true when Teams "notifies of a successful call initiation"
   * (teams-js public/call.d.ts); a request Teams cannot place is answered false, never true.
   */
  private startCall(state: FrameState, raw: unknown): unknown[] {
    const params = raw as { targets?: unknown; requestedModalities?: unknown } | null;
    const targets = Array.isArray(params?.targets) ? (params.targets as unknown[]) : [];
    if (!CALLING_FRAMES.has(state.spec.frameContext)) return [false];
    if (targets.length === 0 || !targets.every((t) => isTeamsUser(t) || isPstnTarget(t))) {
      return [false];
    }
    const modalities = Array.isArray(params?.requestedModalities)
      ? (params.requestedModalities as unknown[])
      : [];
    this.show(state, {
      kind: "call",
      targets: targets as string[],
      video: modalities.includes("video"),
    });
    return [true];
  }

  /**
   * `chat.openChat` (the same doc, "Deep link to start a new chat"): Teams opens the chat with
   * these users (an existing one if there is one); members are user principal names only.
   * teams-js reads the answer as [success, reason] and throws the reason on failure.
   */
  private openChat(state: FrameState, raw: unknown): unknown[] {
    const request = raw as { members?: unknown } | null;
    const members = Array.isArray(request?.members) ? (request.members as unknown[]) : [];
    if (!CALLING_FRAMES.has(state.spec.frameContext)) {
      return [false, "openChat is not allowed in this frame"];
    }
    if (members.length === 0 || !members.every(isTeamsUser)) {
      return [false, "Chat members must be user principal names"];
    }
    this.show(state, { kind: "chat", members: members as string[] });
    return [true];
  }

  private save(state: FrameState): Promise<SavedTabConfig> {
    if (state.spec.frameContext !== "settings") {
      return Promise.reject(new Error("Only a configuration page is saved."));
    }
    if (!state.valid) return Promise.reject(new Error("Save is disabled: settings not valid."));
    return new Promise<SavedTabConfig>((resolve, reject) => {
      state.saving = { resolve, reject };
      if (state.handlers.has("save")) {
        // The page registered a save handler: it must answer success or failure (same doc, note).
        this.post(state, { func: "settings.save", args: [{}] });
      } else {
        // Without a handler Teams counts the save as a success at once (same doc, note).
        this.finishSave(state, null);
      }
    });
  }

  private finishSave(state: FrameState, failure: string | null): void {
    const saving = state.saving;
    if (!saving) return;
    state.saving = null;
    if (failure) saving.reject(new Error(failure));
    else if (!state.pendingConfig) saving.reject(new Error("The page saved no settings."));
    else saving.resolve(state.pendingConfig);
  }

  /**
   * Teams' sign-in window (msteams-docs tabs/how-to/authentication/auth-flow-tab.md): Teams opens
   * the URL, which must be on the app's domain, in a window whose page answers with
   * notifySuccess/notifyFailure; closing it fails with "CancelledByUser".
   */
  private authenticate(state: FrameState, args: unknown[], reply: (args: unknown[]) => void): void {
    const [url, width, height] = args as [string, number | undefined, number | undefined];
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reply([false, "Invalid url"]);
      return;
    }
    if (target.origin !== this.host.location.origin) {
      reply([false, "The sign-in page is not on a valid domain"]);
      return;
    }
    const popup = this.host.open(
      target.href,
      "_blank",
      `width=${width ?? 600},height=${height ?? 535}`,
    );
    if (!popup) {
      reply([false, "FailedToOpenWindow"]);
      return;
    }
    const windowState: FrameState = {
      spec: { ...state.spec, frameContext: "authentication" },
      window: () => popup,
      valid: false,
      validityListeners: [],
      handlers: new Set(),
      pendingConfig: null,
      actionListeners: new Set(),
      saving: {
        resolve: (config) => reply([true, config.entityId]),
        reject: (error) => reply([false, error.message]),
      },
    };
    this.frames.set(popup, windowState);
    this.pendingByFrame.set(windowState, state);
    const watch = this.host.setInterval(() => {
      if (!popup.closed) return;
      this.host.clearInterval(watch);
      this.finishAuthentication(windowState, false, "CancelledByUser");
    }, 250);
  }

  private finishAuthentication(state: FrameState, ok: boolean, result: unknown): void {
    const saving = state.saving;
    if (!saving || !this.pendingByFrame.has(state)) return;
    state.saving = null;
    this.pendingByFrame.delete(state);
    for (const [win, s] of this.frames) if (s === state) this.frames.delete(win);
    // The answer rides in entityId: the sign-in window hands back one string.
    if (ok) saving.resolve({ entityId: String(result ?? ""), contentUrl: "" });
    else saving.reject(new Error(String(result ?? "CancelledByUser")));
    state.window()?.close();
  }
}
