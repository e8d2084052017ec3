// Composition root of dialog.html: the sign-in window (Office dialog in Outlook, Teams' sign-in
// window in Teams) used when nested app auth is absent.
import { runDialogSignIn } from "../auth/dialogSignIn";
import { translate } from "../app/i18n/messages";
import { pickLocale } from "../domain/locale";
import type { OfficeApi } from "../hosts/outlook/officeApi";
import { teamsSignInAnswer } from "../hosts/teams/signInWindow";
import type { TeamsSdk } from "../hosts/teams/teamsSdk";
import { loadConfig } from "./loadConfig";
import { loadOfficeJs } from "./loadOfficeJs";

/** How this window hands its answer back (or why it must not), and the language to explain it in. */
interface ParentChannel {
  send: ((message: string) => void) | null;
  language: string;
  /** Why `send` is null: the message the window shows. */
  refusal?: "signIn.cannotStart" | "signIn.otherApp";
}

async function officeChannel(): Promise<ParentChannel> {
  const office = (await loadOfficeJs()) as OfficeApi | null;
  const messageParent = office?.context.ui?.messageParent;
  return {
    send: messageParent ? (message) => messageParent(message) : null,
    language: office?.context.displayLanguage ?? navigator.language,
  };
}

/** Teams' sign-in window answers with notifySuccess, only where Teams opened it for our app. */
async function teamsChannel(teamsAppId: string | undefined): Promise<ParentChannel> {
  const language = navigator.language;
  try {
    const sdk: TeamsSdk = await import("@microsoft/teams-js");
    const answer = await teamsSignInAnswer(sdk, teamsAppId);
    if (typeof answer === "function") return { send: answer, language };
    const refusal = answer === "otherApp" ? "signIn.otherApp" : "signIn.cannotStart";
    return { send: null, language, refusal };
  } catch {
    return { send: null, language };
  }
}

async function main() {
  const inTeams = new URLSearchParams(window.location.search).get("host") === "teams";
  // Teams' check needs the deployment's Teams app id; Office's channel loads alongside config.
  const loading = loadConfig();
  const [config, channel] = await Promise.all([
    loading,
    inTeams
      ? loading.then((loaded) => teamsChannel(loaded.ok ? loaded.config.teamsAppId : undefined))
      : officeChannel(),
  ]);
  const status = document.getElementById("boot");
  const send = channel.send;
  if (!send || !config.ok) {
    const why = channel.refusal ?? "signIn.cannotStart";
    if (status) status.textContent = translate(pickLocale(channel.language), why);
    return;
  }
  await runDialogSignIn({
    clientId: config.config.clientId,
    tenantId: config.config.tenantId,
    scopes: config.config.scopes,
    redirectUri: new URL(config.config.redirectUri ?? "auth-redirect.html", window.location.href)
      .href,
    pageUrl: window.location.href,
    messageParent: send,
  });
}

void main();
