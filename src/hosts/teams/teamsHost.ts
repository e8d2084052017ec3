// The Host adapter for Teams (tab and meeting side panel): context, theme changes, frame context.
import { pickLocale } from "../../domain/locale";
import { themeFromTeams, type ThemeName } from "../../domain/theme";
import type {
  CallModality,
  Host,
  HostCallOutcome,
  HostContext,
  Surface,
  TabChoice,
  TabConfigPort,
  TabPlace,
  Unsubscribe,
} from "../types";
import type { TeamsContextLike, TeamsSdk } from "./teamsSdk";

export interface TeamsHostOptions {
  /**
   * How long to wait for Teams to answer. teams-js itself waits 60 s inside a non-Teams frame
   * before failing, which would leave the tab blank; we give up much sooner and say why.
   */
  timeoutMs?: number;
  /** Locale to use when Teams cannot be reached (the browser's). */
  fallbackLocale?: string;
  /** Timer injection for tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  /** The page's own address: saved tabs open `tab.html` beside it (same origin, in validDomains). */
  pageUrl?: string;
  /**
   * The surface the page's URL names (`surfaceFromUrl`): a content frame outside a meeting is the
   * advisors' tab when its saved content URL opens the advisors' view, else the student's tab.
   */
  pageSurface?: Surface;
}

/** teams-js throws from capability checks before initialize or on hosts without the runtime. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * teams-js sends `call.startCall` and `chat.openChat` only from these frames (its public/call.js
 * and chat.js check `ensureInitialized(runtime, content, task)` and throw elsewhere, e.g. in a
 * meeting's side panel), so the ports are offered only there.
 */
const CALLING_FRAMES = new Set(["content", "task"]);

/** teams-js's `errorNotSupportedOnPlatform` ({ errorCode: 100 }, public/constants.js). */
function notSupported(error: unknown): boolean {
  return (error as { errorCode?: unknown } | null)?.errorCode === 100;
}

/**
 * Teams' own call and chat, when this frame may use them and Teams says it has them
 * (msteams-docs concepts/build-and-test/deep-link-workflow.md: check `isSupported()` first).
 * Teams answers `startCall` with true once the call starts (after the user confirms it in Teams);
 * anything else is a refusal, never read as a call.
 */
function callingPorts(
  sdk: TeamsSdk,
  context: TeamsContextLike,
): Pick<Host, "startCall" | "openChat"> {
  if (!CALLING_FRAMES.has(context.page.frameContext ?? "")) return {};
  const call = sdk.call;
  const chat = sdk.chat;
  const ports: Pick<Host, "startCall" | "openChat"> = {};
  if (call && safely(() => call.isSupported())) {
    ports.startCall = async (targets: string[], modality: CallModality) => {
      try {
        const started = await call.startCall({
          targets,
          // Teams' default is audio; asking for video turns on the caller's camera only.
          requestedModalities: modality === "video" ? ["audio", "video"] : ["audio"],
        });
        return started === true ? "started" : "refused";
      } catch (error) {
        return notSupported(error) ? "unsupported" : "refused";
      }
    };
  }
  if (chat && safely(() => chat.isSupported())) {
    ports.openChat = async (user: string): Promise<HostCallOutcome> => {
      try {
        await chat.openChat({ user });
        return "started";
      } catch (error) {
        return notSupported(error) ? "unsupported" : "refused";
      }
    };
  }
  return ports;
}

/** Where the tab is being added, from the ids Teams puts in the context. */
function placeOf(context: TeamsContextLike): TabPlace {
  if (context.meeting?.id || context.chat?.id?.startsWith("19:meeting_")) return "meeting";
  return context.channel?.id ? "channel" : "chat";
}

/**
 * The configuration page's port (msteams-docs tabs/how-to/create-tab-pages/configuration-page.md):
 * validity goes to Teams as the user chooses; on Save, setConfig with a same-origin contentUrl, then
 * notifySuccess — or notifyFailure, so Teams never waits on a page that could not save.
 */
function tabConfigPort(
  sdk: TeamsSdk,
  context: TeamsContextLike,
  pageUrl: string,
): TabConfigPort | undefined {
  const config = sdk.pages?.config;
  if (context.page.frameContext !== "settings" || !config) return undefined;
  let choose: () => TabChoice | null = () => null;
  let registered = false;
  return {
    place: placeOf(context),
    setValid: (valid) => config.setValidityState(valid),
    onSave(next) {
      choose = next;
      if (registered) return;
      registered = true;
      config.registerOnSaveHandler((event) => {
        const choice = choose();
        if (!choice) {
          event.notifyFailure("Nothing was chosen.");
          return;
        }
        const contentUrl = new URL(
          `tab.html?host=teams&view=${encodeURIComponent(choice.view)}`,
          pageUrl,
        ).href;
        config
          .setConfig({
            entityId: choice.entityId,
            contentUrl,
            suggestedDisplayName: choice.suggestedDisplayName,
            // Required for the tab on Teams mobile (same doc, "Mobile clients"): the browser page.
            websiteUrl: new URL(`tab.html?view=${encodeURIComponent(choice.view)}`, pageUrl).href,
          })
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(String(error)),
          );
      });
    },
  };
}

/**
 * The side panel's prep sheet also serves a meeting's own tab (meeting details, frame context
 * "content" with a meeting id): the configuration page offers only the prep sheet there. Other
 * content frames are the advisors' channel tab or the student's tab, as the page's URL says.
 */
function surfaceOf(context: TeamsContextLike, page: Surface | undefined): Surface {
  const frame = context.page.frameContext;
  if (frame === "sidePanel" || frame === "meetingStage") return "sidePanel";
  if (frame === "content" && context.meeting?.id) return "sidePanel";
  return page === "advisorsTab" ? "advisorsTab" : "tab";
}

function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  setTimer: (callback: () => void, ms: number) => unknown,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimer(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms);
    promise.then(resolve, reject);
  });
}

/**
 * Connects to Teams and builds the host. Never rejects: when the SDK cannot load or Teams does not
 * answer, the host says so (`problem: "teams-unavailable"`) and the tab still renders.
 */
export async function createTeamsHost(
  loadSdk: () => Promise<TeamsSdk>,
  options: TeamsHostOptions = {},
): Promise<Host> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const themeListeners = new Set<(theme: ThemeName) => void>();
  let teamsContext: TeamsContextLike | null;
  let tabConfig: TabConfigPort | undefined;
  let naaRecommended = false;
  let calling: Pick<Host, "startCall" | "openChat"> = {};
  try {
    const ready = await withTimeout(loadSdk(), timeoutMs, setTimer);
    const answered = await withTimeout(
      ready.app.initialize().then(() => ready.app.getContext()),
      timeoutMs,
      setTimer,
    );
    teamsContext = answered;
    ready.app.registerOnThemeChangeHandler((theme) => {
      const mapped = themeFromTeams(theme);
      context.theme = mapped;
      themeListeners.forEach((listener) => listener(mapped));
    });
    naaRecommended = safely(() => ready.nestedAppAuth?.isNAAChannelRecommended() === true);
    tabConfig = tabConfigPort(ready, answered, options.pageUrl ?? globalThis.location?.href);
    calling = callingPorts(ready, answered);
    void ready.app.notifySuccess?.().catch(() => {});
  } catch {
    teamsContext = null;
  }

  const context: HostContext = teamsContext
    ? {
        kind: "teams",
        surface: surfaceOf(teamsContext, options.pageSurface),
        locale: pickLocale(teamsContext.app.locale),
        theme: themeFromTeams(teamsContext.app.theme),
        user: teamsContext.user
          ? {
              ...(teamsContext.user.userPrincipalName
                ? { userPrincipalName: teamsContext.user.userPrincipalName }
                : {}),
              ...(teamsContext.user.displayName
                ? { displayName: teamsContext.user.displayName }
                : {}),
            }
          : null,
        meetingId: teamsContext.meeting?.id ?? null,
        chatId: teamsContext.chat?.id ?? null,
        problem: null,
        nestedAppAuthSupported: naaRecommended,
      }
    : {
        kind: "teams",
        surface: options.pageSurface ?? "tab",
        locale: pickLocale(options.fallbackLocale),
        theme: "light",
        user: null,
        meetingId: null,
        chatId: null,
        problem: "teams-unavailable",
      };

  return {
    context,
    ...(tabConfig ? { tabConfig } : {}),
    ...calling,
    async readItem() {
      return { kind: "none" };
    },
    onItemChanged(): Unsubscribe {
      return () => {};
    },
    onThemeChanged(listener): Unsubscribe {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    async signInHint() {
      return teamsContext?.user?.loginHint || teamsContext?.user?.userPrincipalName || undefined;
    },
    async openCompose() {
      return false;
    },
  };
}
