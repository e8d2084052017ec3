// The slice of msal-browser the app uses, as types only, so the library loads lazily and tests can
// inject it.
import type {
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
  PopupRequest,
  SilentRequest,
} from "@azure/msal-browser";

/** The calls our token providers make on an MSAL application (`clearCache` on sign-out). */
export type MsalApp = Pick<
  IPublicClientApplication,
  | "acquireTokenSilent"
  | "acquireTokenPopup"
  | "acquireTokenRedirect"
  | "handleRedirectPromise"
  | "getActiveAccount"
  | "getAllAccounts"
  | "setActiveAccount"
> &
  Partial<Pick<IPublicClientApplication, "clearCache">>;

/** What we take from the msal-browser module (loaded with `import()` so it stays out of first render). */
export interface MsalModule {
  createNestablePublicClientApplication(configuration: Configuration): Promise<MsalApp>;
  createStandardPublicClientApplication(configuration: Configuration): Promise<MsalApp>;
}

/** Loads msal-browser on demand. */
export type LoadMsal = () => Promise<MsalModule>;

/** The real loader: a separate chunk fetched only when sign-in is needed. */
export const loadMsalBrowser: LoadMsal = async () => {
  const msal = await import("@azure/msal-browser");
  return {
    createNestablePublicClientApplication: (configuration) =>
      msal.createNestablePublicClientApplication(configuration),
    createStandardPublicClientApplication: (configuration) =>
      msal.createStandardPublicClientApplication(configuration),
  };
};

export type { AuthenticationResult, Configuration, PopupRequest, SilentRequest };
