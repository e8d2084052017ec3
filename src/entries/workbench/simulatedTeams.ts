// A simulated teams-js for the workbench's Teams tab and meeting side panel frames.
import type { TeamsSdk } from "../../hosts/teams/teamsSdk";

export interface SimulatedTeamsOptions {
  frameContext: "content" | "sidePanel";
  locale: string;
  userPrincipalName: string;
  meetingId: string | null;
  /** The theme Teams reports when the frame starts (the workbench's `?theme=`); "default" if unset. */
  theme?: "default" | "dark" | "contrast";
}

export interface SimulatedTeams {
  sdk: TeamsSdk;
  setTheme(theme: "default" | "dark" | "contrast"): void;
}

export function createSimulatedTeams(options: SimulatedTeamsOptions): SimulatedTeams {
  const themeHandlers: Array<(theme: string) => void> = [];
  let theme: string = options.theme ?? "default";
  return {
    sdk: {
      app: {
        initialize: async () => {},
        getContext: async () => ({
          app: { locale: options.locale, theme },
          page: { id: "interviews", frameContext: options.frameContext },
          user: { userPrincipalName: options.userPrincipalName },
          ...(options.meetingId ? { meeting: { id: options.meetingId } } : {}),
        }),
        registerOnThemeChangeHandler: (handler) => {
          themeHandlers.push(handler);
        },
      },
    },
    setTheme(next) {
      theme = next;
      themeHandlers.forEach((handler) => handler(next));
    },
  };
}
