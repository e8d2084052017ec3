// Adapts Office's displayDialogAsync to the sign-in fallback's OpenDialog (callback promisified
// once).
import type { OfficeDialog, OpenDialog } from "../../auth/dialogFallback";
import { OFFICE_EVENTS, type OfficeApi, type OfficeDialogHandle } from "./officeApi";
import { callOffice } from "./promisify";

/** The dialog opener for sign-in, or null when this Office cannot open dialogs. */
export function officeDialogOpener(office: OfficeApi): OpenDialog | null {
  const ui = office.context.ui;
  if (!ui?.displayDialogAsync) return null;
  return async (url, options) => {
    const handle = await callOffice<OfficeDialogHandle>((cb) =>
      ui.displayDialogAsync?.(url, options, cb),
    );
    const dialog: OfficeDialog = {
      onMessage(listener) {
        handle.addEventHandler(OFFICE_EVENTS.dialogMessageReceived, (arg) =>
          listener(arg.message ?? ""),
        );
      },
      onClosed(listener) {
        handle.addEventHandler(OFFICE_EVENTS.dialogEventReceived, (arg) =>
          listener(arg.error ?? 0),
        );
      },
      close: () => handle.close(),
    };
    return dialog;
  };
}
