// Office.js's callback APIs turned into promises once, so nothing ever throws inside a callback.
import type { OfficeAsyncField, OfficeCallback } from "./officeApi";

/** Error from an Office `*Async` call, carrying Office's own message. */
export class OfficeCallError extends Error {
  constructor(
    message: string,
    readonly code: number | string | undefined,
  ) {
    super(message);
    this.name = "OfficeCallError";
  }
}

/**
 * Runs an Office `*Async` method and settles with its value. A failed status and a synchronous
 * throw both become a rejection; the callback itself never throws (Office would swallow it).
 */
export function callOffice<T>(start: (callback: OfficeCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === "succeeded") resolve(result.value);
        else
          reject(
            new OfficeCallError(result.error?.message ?? "Office call failed", result.error?.code),
          );
      });
    } catch (error) {
      reject(error instanceof Error ? error : new OfficeCallError(String(error), undefined));
    }
  });
}

export function isAsyncField<T>(value: unknown): value is OfficeAsyncField<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { getAsync?: unknown }).getAsync === "function"
  );
}

/** Reads a field that is a plain value in read mode and a getAsync object in compose mode. */
export async function readField<T>(
  field: T | OfficeAsyncField<T> | undefined,
): Promise<T | undefined> {
  if (field === undefined || field === null) return undefined;
  if (isAsyncField<T>(field)) return callOffice<T>((cb) => field.getAsync(cb));
  return field;
}
