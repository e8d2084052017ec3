// Spans of time as millisecond pairs, and the sort-and-sweep set operations the slot finder needs.

/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sorts spans and joins those that overlap or touch, dropping empty ones.
 * The result is the canonical form every other function here expects.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      out.push({ start: span.start, end: span.end });
    }
  }
  return out;
}

/**
 * {@link mergeSpans} for an array the caller owns and will not use again: sorts and joins in
 * place, so a search over thousands of meetings does not copy them twice.
 */
export function mergeOwnSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  let out = 0;
  for (const span of spans) {
    if (!(span.end > span.start)) continue;
    const last = out > 0 ? (spans[out - 1] as Span) : undefined;
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      spans[out++] = span;
    }
  }
  spans.length = out;
  return spans;
}

/** `base` minus `cut`, both canonical (sorted, merged). One linear sweep. */
export function subtractSpans(base: readonly Span[], cut: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const span of base) {
    let cursor = span.start;
    // Skip cuts that end before this span starts; they cannot touch later spans either.
    while (j < cut.length && (cut[j] as Span).end <= cursor) j++;
    let k = j;
    while (k < cut.length && (cut[k] as Span).start < span.end) {
      const c = cut[k] as Span;
      if (c.start > cursor) out.push({ start: cursor, end: c.start });
      if (c.end > cursor) cursor = c.end;
      if (cursor >= span.end) break;
      k++;
    }
    if (cursor < span.end) out.push({ start: cursor, end: span.end });
  }
  return out;
}

/** Where two canonical span lists overlap. One linear sweep. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Keeps only the parts of canonical spans that fall inside `window`. */
export function clipSpans(spans: readonly Span[], window: Span): Span[] {
  return intersectSpans(spans, [window]);
}

/** Whether [start, end) overlaps any span of a canonical list (binary search, then a look). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // First span whose end is after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = spans[lo];
  return candidate !== undefined && candidate.start < end;
}
