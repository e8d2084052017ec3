// A simulated Office for the workbench: one mailbox whose item the workbench page sets and changes.
import type { OfficeApi, OfficeCallback, OfficeEmailAddress } from "../../hosts/outlook/officeApi";

export type SimulatedItem =
  | {
      kind: "message";
      itemId: string;
      subject: string;
      from: OfficeEmailAddress;
      to: OfficeEmailAddress[];
      cc: OfficeEmailAddress[];
    }
  | {
      kind: "appointment";
      itemId: string;
      subject: string;
      organizer: OfficeEmailAddress;
      attendees: OfficeEmailAddress[];
      start: Date;
      end: Date;
    };

export interface ComposedMessage {
  toRecipients: Array<{ displayName: string; emailAddress: string }>;
  subject: string;
  htmlBody: string;
}

export interface SimulatedOffice extends OfficeApi {
  setItem(item: SimulatedItem): void;
  onCompose(listener: (message: ComposedMessage) => void): void;
}

/**
 * `bodyBackgroundColor` is how Office tells an add-in its theme (white unless the workbench's
 * `?theme=` asks for a dark one).
 */
export function createSimulatedOffice(
  user: OfficeEmailAddress,
  language: string,
  bodyBackgroundColor = "#ffffff",
): SimulatedOffice {
  const handlers = new Map<string, () => void>();
  const composeListeners: Array<(m: ComposedMessage) => void> = [];
  const mailbox: NonNullable<OfficeApi["context"]["mailbox"]> = {
    item: null,
    userProfile: user,
    addHandlerAsync(eventType: string, handler: () => void, callback?: OfficeCallback<unknown>) {
      handlers.set(eventType, handler);
      callback?.({ status: "succeeded", value: undefined });
    },
    displayNewMessageForm(parameters) {
      composeListeners.forEach((listener) => listener(parameters));
    },
  };
  return {
    onReady: async () => ({ host: "Outlook" }),
    context: {
      displayLanguage: language,
      officeTheme: { bodyBackgroundColor },
      mailbox,
    },
    setItem(item) {
      // Read-mode shapes: the workbench shows received mail and meetings as an attendee sees them.
      mailbox.item =
        item.kind === "message"
          ? {
              itemType: "message",
              itemId: item.itemId,
              subject: item.subject,
              from: item.from,
              to: item.to,
              cc: item.cc,
            }
          : {
              itemType: "appointment",
              itemId: item.itemId,
              subject: item.subject,
              organizer: item.organizer,
              requiredAttendees: item.attendees,
              optionalAttendees: [],
              start: item.start,
              end: item.end,
            };
      handlers.get("olkItemSelectedChanged")?.();
    },
    onCompose(listener) {
      composeListeners.push(listener);
    },
  };
}
