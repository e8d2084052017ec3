// The Host adapter for Teams (tab and meeting side panel): context, theme changes, frame context.
import { pickLocale } from "../../domain/locale";
import { themeFromTeams, type ThemeName } from "../../domain/theme";
import type { Host, HostContext, Surface, Unsubscribe } from "../types";
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
}

function surfaceOf(frameContext: string | undefined): Surface {
  return frameContext === "sidePanel" || frameContext === "meetingStage" ? "sidePanel" : "tab";
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
  try {
    const ready = await withTimeout(loadSdk(), timeoutMs, setTimer);
    teamsContext = await withTimeout(
      ready.app.initialize().then(() => ready.app.getContext()),
      timeoutMs,
      setTimer,
    );
    ready.app.registerOnThemeChangeHandler((theme) => {
      const mapped = themeFromTeams(theme);
      context.theme = mapped;
      themeListeners.forEach((listener) => listener(mapped));
    });
    void ready.app.notifySuccess?.().catch(() => {});
  } catch {
    teamsContext = null;
  }

  const context: HostContext = teamsContext
    ? {
        kind: "teams",
        surface: surfaceOf(teamsContext.page.frameContext),
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
        problem: null,
      }
    : {
        kind: "teams",
        surface: "tab",
        locale: pickLocale(options.fallbackLocale),
        theme: "light",
        user: null,
        meetingId: null,
        problem: "teams-unavailable",
      };

  return {
    context,
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
    async openCompose() {
      return false;
    },
  };
}
