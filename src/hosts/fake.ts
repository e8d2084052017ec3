// A scriptable Host for tests and the workbench: set the item, change it, switch the theme.
import type { ThemeName } from "../domain/theme";
import type { ComposeRequest, Host, HostContext, HostItem, Unsubscribe } from "./types";

export interface FakeHost extends Host {
  setItem(item: HostItem): void;
  setTheme(theme: ThemeName): void;
  /** Compose forms the product asked the host to open, newest last. */
  readonly composed: ComposeRequest[];
}

export function createFakeHost(
  context: Partial<HostContext> = {},
  item: HostItem = { kind: "none" },
): FakeHost {
  let current = item;
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: ThemeName) => void>();
  const composed: ComposeRequest[] = [];
  const full: HostContext = {
    kind: "browser",
    surface: "taskpane",
    locale: "en",
    theme: "light",
    user: null,
    meetingId: null,
    problem: null,
    ...context,
  };
  return {
    context: full,
    composed,
    async readItem() {
      return current;
    },
    onItemChanged(listener): Unsubscribe {
      itemListeners.add(listener);
      return () => itemListeners.delete(listener);
    },
    onThemeChanged(listener): Unsubscribe {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    async openCompose(request) {
      composed.push(request);
      return full.kind === "outlook";
    },
    setItem(next) {
      current = next;
      itemListeners.forEach((listener) => listener());
    },
    setTheme(theme) {
      full.theme = theme;
      themeListeners.forEach((listener) => listener(theme));
    },
  };
}
