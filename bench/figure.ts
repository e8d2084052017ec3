// A benchmark figure: a named number with its unit, and whether CI gates it against a budget.

export interface Figure {
  /** Stable id, the key in bench/budgets.json and bench/results.json. */
  id: string;
  value: number;
  unit: string;
  /** Sizes and request counts are stable and gated; times are reported only (machines are noisy). */
  gated: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
