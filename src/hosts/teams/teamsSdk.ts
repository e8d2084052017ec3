// The slice of @microsoft/teams-js the Teams adapter uses, as a structural type, so the real SDK
// (loaded lazily) and the workbench's simulated Teams both fit, and tests stub it at this edge.

export interface TeamsContextLike {
  app: { locale: string; theme?: string };
  page: { id?: string; frameContext?: string };
  user?: { userPrincipalName?: string; displayName?: string; loginHint?: string };
  meeting?: { id?: string };
}

export interface TeamsSdk {
  app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    getContext(): Promise<TeamsContextLike>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess?(): Promise<unknown>;
  };
  /** Teams' own sign-in window, for when nested app auth is missing (older Teams clients). */
  authentication?: {
    /** Opens `url` in a window Teams manages; resolves with what that page passes to notifySuccess. */
    authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
    /** In the sign-in window: hands `result` back to the tab and closes the window. */
    notifySuccess(result?: string): void;
  };
}
