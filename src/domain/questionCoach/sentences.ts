// An entry cut into sentences, and its words counted, by a character walk cheap enough per key.

export interface Segment {
  text: string;
  /** Whitespace that followed the segment, kept so the suggestion reads like the original. */
  gap: string;
  asked: boolean;
}

/** Splits an entry into sentences: after "?", and after "." or "!" followed by a capital letter. */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isQuestion = c === 63; // ?
    const isStop = c === 46 || c === 33; // . !
    if (!isQuestion && !isStop) continue;
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 63 || text.charCodeAt(j) === 33)) j++;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (isStop && !isQuestion && (k === j || k >= n || !/\p{Lu}/u.test(text.charAt(k)))) continue;
    out.push({
      text: text.slice(start, j),
      gap: text.slice(j, k),
      asked: text.slice(i, j).includes("?"),
    });
    start = k;
    i = k - 1;
  }
  if (start < n) out.push({ text: text.slice(start), gap: "", asked: false });
  return out;
}

/** Spaces (including the no-break ones French uses) and the punctuation that separates words. */
function isSeparator(code: number): boolean {
  return (
    code === 32 || // space
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 63 || // ?
    code === 33 || // !
    code === 46 || // .
    code === 44 || // ,
    code === 59 || // ;
    code === 58 || // :
    code === 0x2026 // …
  );
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f
  );
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const separator = isSeparator(text.charCodeAt(i));
    if (!separator && !inWord) count++;
    inWord = !separator;
  }
  return count;
}

/** The sentence without its closing punctuation and trailing spaces. */
export function withoutEndMark(text: string): string {
  let end = text.length;
  while (end > 0 && isSeparator(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 44) end--;
  return text.slice(0, end);
}
