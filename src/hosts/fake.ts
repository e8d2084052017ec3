// A scriptable Host for tests and the workbench: set the item, change it, switch the theme.
import type { ThemeName } from "../domain/theme";
import type {
  CallModality,
  ComposeRequest,
  Host,
  HostCallOutcome,
  HostContext,
  HostItem,
  Unsubscribe,
} from "./types";

export interface FakeHost extends Host {
  setItem(item: HostItem): void;
  setTheme(theme: ThemeName): void;
  /** Compose forms the product asked the host to open, newest last. */
  readonly composed: ComposeRequest[];
  /** Calls and chats the product asked the host for, newest last (only with `calling`). */
  readonly calls: Array<{ targets: string[]; modality: CallModality }>;
  readonly chats: string[];
}

export interface FakeHostOptions {
  /**
   * Gives the host Teams' own call and chat (`startCall`, `openChat`), answering this; without it
   * the host has neither, as Outlook and a browser have not.
   */
  calling?: HostCallOutcome;
}

export function createFakeHost(
  context: Partial<HostContext> = {},
  item: HostItem = { kind: "none" },
  options: FakeHostOptions = {},
): FakeHost {
  let current = item;
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: ThemeName) => void>();
  const composed: ComposeRequest[] = [];
  const calls: FakeHost["calls"] = [];
  const chats: string[] = [];
  const answer = options.calling;
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
    calls,
    chats,
    ...(answer
      ? {
          async startCall(targets: string[], modality: CallModality) {
            calls.push({ targets, modality });
            return answer;
          },
          async openChat(user: string) {
            chats.push(user);
            return answer;
          },
        }
      : {}),
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
