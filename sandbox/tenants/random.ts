// A small seeded random source (mulberry32) so a generated tenant is the same on every run.

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** 32-bit seed from any text (FNV-1a), so seeds can be read like "northfield-directory". */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: a tiny, well-mixed 32-bit generator giving numbers in [0, 1). Deterministic for a
 * seed, which is the point: the same seed yields the same tenant, or replays the same chaos run.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic random numbers and the choices the generators need. */
export class SeededRandom {
  private readonly step: () => number;

  constructor(seed: number | string) {
    this.step = mulberry32(typeof seed === "string" ? seedFrom(seed) : seed);
  }

  /** A number in [0, 1): one step of mulberry32. */
  next(): number {
    return this.step();
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick() needs a non-empty list");
    return item;
  }

  /** One element, chosen in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error("weighted() needs entries");
    return last[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  }

  /** 32 random bits as eight hex digits. */
  private hex8(): string {
    return Math.floor(this.next() * 4294967296)
      .toString(16)
      .padStart(8, "0");
  }

  /** A version-4-shaped GUID, as Entra ID writes object ids. */
  guid(): string {
    const a = this.hex8();
    const b = this.hex8();
    const c = this.hex8();
    const d = this.hex8();
    const variant = "89ab"[Math.floor(this.next() * 4)] ?? "8";
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }

  /** Letters and digits in the alphabet Exchange item ids use (base64url); five characters per draw. */
  base64(length: number): string {
    let text = "";
    while (text.length < length) {
      let bits = Math.floor(this.next() * 1073741824); // 30 bits
      for (let i = 0; i < 5 && text.length < length; i += 1) {
        text += BASE64URL[bits & 63];
        bits >>>= 6;
      }
    }
    return text;
  }
}
