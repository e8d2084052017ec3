// The slice of Office.js the Outlook adapter uses, as a structural type: real office.js, the
// workbench's simulated Office and office-addin-mock all satisfy it.

export interface OfficeAsyncResult<T> {
  status: string; // "succeeded" | "failed"
  value: T;
  error?: { message?: string; code?: number | string };
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeEmailAddress {
  displayName?: string;
  emailAddress?: string;
}

/** A compose-mode field read through getAsync. */
export interface OfficeAsyncField<T> {
  getAsync(callback: OfficeCallback<T>): void;
}

export interface OfficeItem {
  itemType?: string;
  itemId?: string;
  subject?: string | OfficeAsyncField<string>;
  from?: OfficeEmailAddress | OfficeAsyncField<OfficeEmailAddress>;
  to?: OfficeEmailAddress[] | OfficeAsyncField<OfficeEmailAddress[]>;
  cc?: OfficeEmailAddress[] | OfficeAsyncField<OfficeEmailAddress[]>;
  organizer?: OfficeEmailAddress | OfficeAsyncField<OfficeEmailAddress>;
  requiredAttendees?: OfficeEmailAddress[] | OfficeAsyncField<OfficeEmailAddress[]>;
  optionalAttendees?: OfficeEmailAddress[] | OfficeAsyncField<OfficeEmailAddress[]>;
  start?: Date | string | OfficeAsyncField<Date>;
  end?: Date | string | OfficeAsyncField<Date>;
  getItemIdAsync?(callback: OfficeCallback<string>): void;
  addHandlerAsync?(
    eventType: string,
    handler: () => void,
    callback?: OfficeCallback<unknown>,
  ): void;
  removeHandlerAsync?(eventType: string, callback?: OfficeCallback<unknown>): void;
}

export interface OfficeMailbox {
  item: OfficeItem | null | undefined;
  userProfile?: { emailAddress?: string; displayName?: string };
  addHandlerAsync?(
    eventType: string,
    handler: (args?: { officeTheme?: { bodyBackgroundColor?: string } }) => void,
    callback?: OfficeCallback<unknown>,
  ): void;
  removeHandlerAsync?(eventType: string, callback?: OfficeCallback<unknown>): void;
  displayNewMessageForm?(parameters: {
    toRecipients: Array<{ displayName: string; emailAddress: string }>;
    subject: string;
    htmlBody: string;
  }): void;
  convertToRestId?(itemId: string, restVersion: string): string;
}

/** An open Office dialog as displayDialogAsync hands it over. */
export interface OfficeDialogHandle {
  addEventHandler(
    eventType: string,
    handler: (arg: { message?: string; error?: number }) => void,
  ): void;
  close(): void;
}

export interface OfficeApi {
  onReady?(): Promise<unknown>;
  /** Nested app auth's identity (NestedAppAuth 1.1): who is signed in to Office. */
  auth?: { getAuthContext?(): Promise<{ userPrincipalName?: string }> };
  context: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync?(
        url: string,
        options: { height: number; width: number; promptBeforeOpen: boolean },
        callback: OfficeCallback<OfficeDialogHandle>,
      ): void;
      messageParent?(message: string): void;
    };
    officeTheme?: { bodyBackgroundColor?: string };
    mailbox?: OfficeMailbox;
  };
}

/** Office.EventType values the adapter listens to (strings, so simulated Offices need no enums). */
export const OFFICE_EVENTS = {
  itemChanged: "olkItemSelectedChanged",
  recipientsChanged: "olkRecipientsChanged",
  appointmentTimeChanged: "olkAppointmentTimeChanged",
  /** Mailbox 1.14: the user changed Office's theme while the pane is open. */
  officeThemeChanged: "officeThemeChanged",
  dialogMessageReceived: "dialogMessageReceived",
  dialogEventReceived: "dialogEventReceived",
} as const;
