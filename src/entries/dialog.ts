// Composition root of dialog.html: the Outlook sign-in dialog (fallback when nested app auth is absent).
import { runDialogSignIn } from "../auth/dialogSignIn";
import { translate } from "../app/i18n/messages";
import { pickLocale } from "../domain/locale";
import type { OfficeApi } from "../hosts/outlook/officeApi";
import { loadConfig } from "./loadConfig";
import { loadOfficeJs } from "./loadOfficeJs";

async function main() {
  const [office, config] = await Promise.all([loadOfficeJs(), loadConfig()]);
  const messageParent = (office as OfficeApi | null)?.context.ui?.messageParent;
  const status = document.getElementById("boot");
  if (!office || !messageParent || !config.ok) {
    const locale = pickLocale(office?.context.displayLanguage ?? navigator.language);
    if (status) status.textContent = translate(locale, "signIn.cannotStart");
    return;
  }
  await runDialogSignIn({
    clientId: config.config.clientId,
    tenantId: config.config.tenantId,
    redirectUri: new URL(config.config.redirectUri ?? "auth-redirect.html", window.location.href)
      .href,
    pageUrl: window.location.href,
    messageParent: (message) => messageParent(message),
  });
}

void main();
