// The Host adapter for the Outlook task pane: item, item changes, theme, locale and compose form.
import { pickLocale } from "../../domain/locale";
import { themeFromOfficeColors, type ThemeName } from "../../domain/theme";
import type { ComposeRequest, Host, HostContext, Surface, Unsubscribe } from "../types";
import { OFFICE_EVENTS, type OfficeApi, type OfficeItem } from "./officeApi";
import { callOffice } from "./promisify";
import { readOutlookItem } from "./readItem";

/** Whether Office says it supports a requirement set; false when it cannot say (older Office). */
function supports(office: OfficeApi, name: string, version: string): boolean {
  try {
    return office.context.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

/**
 * Builds the Outlook host from an Office namespace that is ready (after `Office.onReady`).
 * Office is passed in, never read from a global, so the workbench and tests can hand in theirs.
 */
export function createOutlookHost(office: OfficeApi, surface: Surface = "taskpane"): Host {
  const mailbox = office.context.mailbox;
  const profile = mailbox?.userProfile;
  const context: HostContext = {
    kind: "outlook",
    surface,
    locale: pickLocale(office.context.displayLanguage),
    theme: themeFromOfficeColors(office.context.officeTheme?.bodyBackgroundColor),
    user: profile?.emailAddress
      ? {
          userPrincipalName: profile.emailAddress,
          ...(profile.displayName ? { displayName: profile.displayName } : {}),
        }
      : null,
    meetingId: null,
    problem: mailbox ? null : "office-unavailable",
    nestedAppAuthSupported: supports(office, "NestedAppAuth", "1.1"),
  };
  const themeListeners = new Set<(theme: ThemeName) => void>();
  let themeRegistered = false;
  /** Mailbox 1.14 tells the pane when Office's theme changes; older clients keep the first one. */
  function ensureThemeHandler(): void {
    if (themeRegistered || !mailbox?.addHandlerAsync) return;
    if (!supports(office, "Mailbox", "1.14")) return;
    themeRegistered = true;
    const onTheme = (args?: { officeTheme?: { bodyBackgroundColor?: string } }) => {
      const theme = themeFromOfficeColors(
        args?.officeTheme?.bodyBackgroundColor ?? office.context.officeTheme?.bodyBackgroundColor,
      );
      context.theme = theme;
      themeListeners.forEach((listener) => listener(theme));
    };
    void callOffice<unknown>((cb) =>
      mailbox.addHandlerAsync?.(OFFICE_EVENTS.officeThemeChanged, onTheme, cb),
    ).catch(() => {
      themeRegistered = false;
    });
  }

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let watchedItem: OfficeItem | null = null;

  /** Recipient and time changes are per item, so they are re-registered whenever the item changes. */
  function watchCurrentItem(): void {
    const item = mailbox?.item ?? null;
    if (item === watchedItem) return;
    watchedItem = item;
    if (!item?.addHandlerAsync) return;
    const events =
      item.itemType === "appointment"
        ? [OFFICE_EVENTS.recipientsChanged, OFFICE_EVENTS.appointmentTimeChanged]
        : [OFFICE_EVENTS.recipientsChanged];
    for (const eventType of events) {
      // Unsupported on older clients: the pane still follows item selection.
      void callOffice<unknown>((cb) => item.addHandlerAsync?.(eventType, notify, cb)).catch(
        () => {},
      );
    }
  }

  let itemChangedRegistered = false;
  function ensureItemChangedHandler(): void {
    if (itemChangedRegistered || !mailbox?.addHandlerAsync) return;
    itemChangedRegistered = true;
    const onItemChanged = () => {
      watchCurrentItem();
      notify();
    };
    void callOffice<unknown>((cb) =>
      mailbox.addHandlerAsync?.(OFFICE_EVENTS.itemChanged, onItemChanged, cb),
    ).catch(() => {
      itemChangedRegistered = false;
    });
  }

  return {
    context,
    async readItem() {
      watchCurrentItem();
      return readOutlookItem(mailbox);
    },
    onItemChanged(listener): Unsubscribe {
      listeners.add(listener);
      ensureItemChangedHandler();
      watchCurrentItem();
      return () => listeners.delete(listener);
    },
    onThemeChanged(listener): Unsubscribe {
      themeListeners.add(listener);
      ensureThemeHandler();
      return () => themeListeners.delete(listener);
    },
    async signInHint() {
      // The signed-in account, not the mailbox address (a shared or aliased SMTP may differ).
      const auth = await office.auth?.getAuthContext?.().catch(() => null);
      return auth?.userPrincipalName || undefined;
    },
    async openCompose(request: ComposeRequest) {
      if (!mailbox?.displayNewMessageForm) return false;
      mailbox.displayNewMessageForm({
        toRecipients: request.to.map((p) => ({
          displayName: p.displayName,
          emailAddress: p.emailAddress,
        })),
        subject: request.subject,
        htmlBody: request.htmlBody,
      });
      return true;
    },
  };
}
