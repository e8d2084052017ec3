// The user's arranging preferences (length, buffer, search window, reminder, format, consent), kept
// in localStorage.
import { useCallback, useState } from "react";
import type { MeetingFormat } from "../../domain/prepSheet";
import type { MeetingLength } from "../../domain/slots";
import { MAX_SCHEDULE_DAYS } from "../../domain/slots";

/** How the user likes interviews arranged. Every field has a default that suits a first request. */
export interface ArrangeSettings {
  /** Booked length: short, because the contact is giving their time. */
  durationMinutes: MeetingLength;
  /** Minutes kept clear next to other meetings. */
  bufferMinutes: number;
  /** How far ahead "Find times" looks, in days (Graph allows fewer than 62). */
  searchDays: number;
  /** The reminder on the booked event. */
  reminderMinutes: number;
  format: MeetingFormat;
  /** The place for in-person conversations. */
  location: string;
  /**
   * The student agreed that their address may go into the career centre's booking log when they
   * book a volunteer. Off unless the student turns it on.
   */
  shareNameWithCareerCentre: boolean;
}

/** Defaults: 30 minutes on Teams, 10-minute buffers, the next two weeks, a 15-minute reminder. */
export const DEFAULT_ARRANGE_SETTINGS: Readonly<ArrangeSettings> = Object.freeze({
  durationMinutes: 30,
  bufferMinutes: 10,
  searchDays: 14,
  reminderMinutes: 15,
  format: "teams",
  location: "",
  shareNameWithCareerCentre: false,
});

/** The localStorage key (one per browser profile; nothing private is stored). */
export const SETTINGS_KEY = "informationInterviews.arrangeSettings";

const LENGTHS: readonly MeetingLength[] = [20, 30, 45];

function whole(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
}

/** Reads settings, repairing anything missing or out of range with the defaults. */
export function parseArrangeSettings(raw: unknown): ArrangeSettings {
  const obj = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_ARRANGE_SETTINGS;
  return {
    durationMinutes: LENGTHS.includes(obj.durationMinutes as MeetingLength)
      ? (obj.durationMinutes as MeetingLength)
      : d.durationMinutes,
    bufferMinutes: whole(obj.bufferMinutes, 0, 60, d.bufferMinutes),
    searchDays: whole(obj.searchDays, 1, MAX_SCHEDULE_DAYS, d.searchDays),
    reminderMinutes: whole(obj.reminderMinutes, 0, 24 * 60, d.reminderMinutes),
    format: obj.format === "in-person" ? "in-person" : d.format,
    location: typeof obj.location === "string" ? obj.location.slice(0, 200) : d.location,
    shareNameWithCareerCentre: obj.shareNameWithCareerCentre === true,
  };
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some hosts block storage in third-party frames; the defaults still work.
    return null;
  }
}

/** The saved settings, or the defaults. */
export function loadArrangeSettings(store: Storage | null = storage()): ArrangeSettings {
  try {
    const text = store?.getItem(SETTINGS_KEY);
    return parseArrangeSettings(text ? JSON.parse(text) : null);
  } catch {
    return { ...DEFAULT_ARRANGE_SETTINGS };
  }
}

/** Saves settings; a full or blocked storage keeps them for this session only. */
export function saveArrangeSettings(
  settings: ArrangeSettings,
  store: Storage | null = storage(),
): void {
  try {
    store?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: the settings still apply until the pane closes.
  }
}

/** The settings and a function that changes some of them (saved at once). */
export function useArrangeSettings(): [
  ArrangeSettings,
  (changes: Partial<ArrangeSettings>) => void,
] {
  const [settings, setSettings] = useState<ArrangeSettings>(() => loadArrangeSettings());
  const update = useCallback((changes: Partial<ArrangeSettings>) => {
    setSettings((current) => {
      const next = parseArrangeSettings({ ...current, ...changes });
      saveArrangeSettings(next);
      return next;
    });
  }, []);
  return [settings, update];
}
