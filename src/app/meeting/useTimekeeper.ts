// The timekeeper's clock for a view: re-read every second from the event's times, a sound only when
// asked.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  timekeeperState,
  type TimekeeperNudge,
  type TimekeeperState,
} from "../../domain/timekeeper";
import { useServices } from "../services";

const SOUND_KEY = "information-interviews.timekeeper.sound";

/**
 * The timekeeper at the page clock's `now`, re-read every `tickMs`. Nothing is stored: the state
 * comes from the event's booked times alone, so a reload mid-meeting shows the same reading.
 */
export function useTimekeeper(start: Date, end: Date, tickMs = 1000): TimekeeperState {
  const { now } = useServices();
  const read = useCallback(() => timekeeperState({ start, end, now: now() }), [start, end, now]);
  const [state, setState] = useState(read);
  useEffect(() => {
    setState(read());
    const timer = setInterval(() => setState(read()), tickMs);
    return () => clearInterval(timer);
  }, [read, tickMs]);
  return state;
}

/** True when the user asked the system for less motion. */
export function useReducedMotion(): boolean {
  const media = useMemo(
    () =>
      typeof window !== "undefined" && typeof window.matchMedia === "function"
        ? window.matchMedia("(prefers-reduced-motion: reduce)")
        : null,
    [],
  );
  const [reduced, setReduced] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const listen = () => setReduced(media.matches);
    media.addEventListener?.("change", listen);
    return () => media.removeEventListener?.("change", listen);
  }, [media]);
  return reduced;
}

function readSoundChoice(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_KEY) === "on";
  } catch {
    return false;
  }
}

/** A short, soft tone (Web Audio); silently nothing where audio is unavailable. */
function chime(): void {
  const Context = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.6);
    tone.onended = () => void audio.close();
  } catch {
    // No sound is better than an error in the meeting.
  }
}

/**
 * The opt-in sound: off unless the user turned it on (remembered on this device); plays once
 * when a nudge appears, never on load and never every second.
 */
export function useNudgeSound(nudge: TimekeeperNudge): {
  sound: boolean;
  setSound: (on: boolean) => void;
} {
  const [sound, setSoundState] = useState(readSoundChoice);
  const last = useRef<TimekeeperNudge | undefined>(undefined);
  useEffect(() => {
    const previous = last.current;
    last.current = nudge;
    if (previous === undefined || previous === nudge || !nudge || !sound) return;
    chime();
  }, [nudge, sound]);
  const setSound = useCallback((on: boolean) => {
    setSoundState(on);
    try {
      globalThis.localStorage?.setItem(SOUND_KEY, on ? "on" : "off");
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  return { sound, setSound };
}
