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

/** How this window hands its answer back, and the language to explain a failure in. */
interface ParentChannel {
  send: ((message: string) => void) | null;
  language: string;
}

async function officeChannel(): Promise<ParentChannel> {
  const office = (await loadOfficeJs()) as OfficeApi | null;
  const messageParent = office?.context.ui?.messageParent;
  return {
    send: messageParent ? (message) => messageParent(message) : null,
    language: office?.context.displayLanguage ?? navigator.language,
  };
}

/** Teams' sign-in window answers with notifySuccess, only where Teams opened it for our tab. */
async function teamsChannel(): Promise<ParentChannel> {
  try {
    const sdk: TeamsSdk = await import("@microsoft/teams-js");
    return { send: await teamsSignInAnswer(sdk), language: navigator.language };
  } catch {
    return { send: null, language: navigator.language };
  }
}

async function main() {
  const inTeams = new URLSearchParams(window.location.search).get("host") === "teams";
  const [channel, config] = await Promise.all([
    inTeams ? teamsChannel() : officeChannel(),
    loadConfig(),
  ]);
  const status = document.getElementById("boot");
  const send = channel.send;
  if (!send || !config.ok) {
    if (status) status.textContent = translate(pickLocale(channel.language), "signIn.cannotStart");
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
