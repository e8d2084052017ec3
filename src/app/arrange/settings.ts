// The user's arranging preferences (length, buffer, search window, reminder, format, consent), kept
// in localStorage under the signed-in user's key: a second person on the same browser starts from
// the defaults and never sees the first one's consent.
import { useCallback, useEffect, useRef, useState } from "react";
import type { MeetingFormat } from "../../domain/prepSheet";
import type { MeetingLength } from "../../domain/slots";
import { MAX_SCHEDULE_DAYS } from "../../domain/slots";
import type { GraphClient } from "../../graph/client";
import { userKeyFor } from "../userKey";
import { useServices } from "../services";

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

/** The localStorage key of one user's settings (`userKey`: their object id). */
export function settingsKey(userKey: string): string {
  return `${LEGACY_SETTINGS_KEY}.${userKey}`;
}

/**
 * Where settings used to be kept for the whole browser profile. Whose they were is unknown, so they
 * are removed, never handed to whoever signs in next.
 */
const LEGACY_SETTINGS_KEY = "informationInterviews.arrangeSettings";

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

/** The user's saved settings, or the defaults. */
export function loadArrangeSettings(
  userKey: string,
  store: Storage | null = storage(),
): ArrangeSettings {
  try {
    store?.removeItem(LEGACY_SETTINGS_KEY);
    const text = store?.getItem(settingsKey(userKey));
    return parseArrangeSettings(text ? JSON.parse(text) : null);
  } catch {
    return { ...DEFAULT_ARRANGE_SETTINGS };
  }
}

/** Saves the user's settings; a full or blocked storage keeps them for this session only. */
export function saveArrangeSettings(
  userKey: string,
  settings: ArrangeSettings,
  store: Storage | null = storage(),
): void {
  try {
    store?.setItem(settingsKey(userKey), JSON.stringify(settings));
  } catch {
    // Nothing to do: the settings still apply until the pane closes.
  }
}

/** Removes the user's settings and consent from this browser (they signed out). */
export function forgetArrangeSettings(userKey: string, store: Storage | null = storage()): void {
  try {
    store?.removeItem(settingsKey(userKey));
  } catch {
    // Blocked storage held nothing.
  }
}

/**
 * The settings and a function that changes some of them (saved at once). Until the user's key is
 * known (one Graph read per page) the defaults show, and consent is off; changes made meanwhile
 * apply at once and are saved over the stored ones when the key arrives.
 */
export function useArrangeSettings(): [
  ArrangeSettings,
  (changes: Partial<ArrangeSettings>) => void,
] {
  const userKey = userKeyFor(useServices().graph);
  const known = userKey.known();
  const [settings, setSettings] = useState<ArrangeSettings>(() =>
    known ? loadArrangeSettings(known) : { ...DEFAULT_ARRANGE_SETTINGS },
  );
  /** Changes made before the key was known, to lay over the stored settings. */
  const early = useRef<Partial<ArrangeSettings> | null>(known ? null : {});
  useEffect(() => {
    if (early.current === null) return;
    let live = true;
    userKey.get().then(
      (key) => {
        if (!live || early.current === null) return;
        const changes = early.current;
        early.current = null;
        const next = parseArrangeSettings({ ...loadArrangeSettings(key), ...changes });
        if (Object.keys(changes).length > 0) saveArrangeSettings(key, next);
        setSettings(next);
      },
      // Graph unreachable: the settings apply in this view, unsaved.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [userKey]);
  const update = useCallback(
    (changes: Partial<ArrangeSettings>) => {
      setSettings((current) => parseArrangeSettings({ ...current, ...changes }));
      if (early.current !== null) {
        early.current = { ...early.current, ...changes };
        return;
      }
      const key = userKey.known();
      if (key)
        saveArrangeSettings(key, parseArrangeSettings({ ...loadArrangeSettings(key), ...changes }));
    },
    [userKey],
  );
  return [settings, update];
}

/** The user's settings if their key is already known on this page, else the defaults. */
export function knownArrangeSettings(graph: GraphClient): ArrangeSettings {
  const key = userKeyFor(graph).known();
  return key ? loadArrangeSettings(key) : { ...DEFAULT_ARRANGE_SETTINGS };
}
