// The slice of @microsoft/teams-js the Teams adapter uses, as a structural type: the real SDK
// (loaded
// lazily; in the workbench it talks to the workbench's host simulator) fits, and unit tests stub it.

export interface TeamsContextLike {
  /** `appId` is teams-js's AppId object (its toString is the id) where Teams gives one. */
  app: { locale: string; theme?: string; appId?: { toString(): string } };
  page: { id?: string; frameContext?: string };
  user?: { userPrincipalName?: string; displayName?: string; loginHint?: string };
  meeting?: { id?: string };
  chat?: { id?: string };
  channel?: { id?: string };
}

/** Teams' save event on a configuration page: the page must answer once, success or failure. */
export interface TeamsSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** A configurable tab's settings as `pages.config.setConfig` takes them. */
export interface TeamsInstanceConfig {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName?: string;
  websiteUrl?: string;
}

/** `call.startCall`'s parameters (teams-js public/call.d.ts): UPNs, and modalities by their value. */
export interface TeamsStartCallParams {
  targets: string[];
  /** teams-js's CallModalities values ("audio", "video"); Teams defaults to audio. */
  requestedModalities?: string[];
  /** Where the call comes from, as Teams' deep link's `source` (an app's own label). */
  source?: string;
}

export interface TeamsSdk {
  app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    getContext(): Promise<TeamsContextLike>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess?(): Promise<unknown>;
  };
  /** The configuration page's calls (msteams-docs tabs/how-to/create-tab-pages/configuration-page.md). */
  pages?: {
    config: {
      setValidityState(valid: boolean): void;
      registerOnSaveHandler(handler: (event: TeamsSaveEvent) => void): void;
      setConfig(config: TeamsInstanceConfig): Promise<void>;
    };
  };
  /** Whether Teams recommends nested app auth here (teams-js nestedAppAuth.isNAAChannelRecommended). */
  nestedAppAuth?: { isNAAChannelRecommended(): boolean };
  /** Teams' own sign-in window, for when nested app auth is missing (older Teams clients). */
  authentication?: {
    /** Opens `url` in a window Teams manages; resolves with what that page passes to notifySuccess. */
    authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
    /** In the sign-in window: hands `result` back to the tab and closes the window. */
    notifySuccess(result?: string): void;
  };
  /**
   * Starting a call (msteams-docs concepts/build-and-test/deep-link-workflow.md, "Deep link to
   * start an audio-video call with users"): Teams asks the user to confirm, then calls.
   */
  call?: {
    isSupported(): boolean;
    /** Resolves true when Teams says the call started; rejects where it cannot (see teamsHost). */
    startCall(params: TeamsStartCallParams): Promise<boolean>;
  };
  /** Opening a chat (same doc, "Deep link to start a new chat"); an existing chat is reused. */
  chat?: {
    isSupported(): boolean;
    openChat(request: { user: string; message?: string }): Promise<void>;
  };
}
