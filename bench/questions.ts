// Benchmark of the question coach (it runs on every keystroke) and the etiquette guard on a draft.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { BUILT_IN_QUESTIONS } from "../src/domain/questionBank";
import { checkEtiquette } from "../src/domain/etiquette";
import type { Locale } from "../src/domain/locale";
import { assessQuestion } from "../src/domain/questionCoach/coach";

/** One measured figure, as the bench runner prints it. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

const ROUNDS = 7;
const MIN_ROUND_MS = 60;

const TABLE_FILE = new URL("../tests/unit/questions.coach.test.ts", import.meta.url);

/**
 * The coach's labelled table, read from its test file so the bench measures exactly the questions
 * the tests judge (French rows follow the `FR_OPEN` marker). Importing the test module itself
 * would register its tests, so the rows are picked out of the source text instead.
 */
async function coachTable(): Promise<[string, Locale][]> {
  let source: string;
  try {
    source = await readFile(TABLE_FILE, "utf8");
  } catch {
    return [];
  }
  const frenchFrom = source.indexOf("const FR_OPEN");
  const rows: [string, Locale][] = [];
  for (const match of source.matchAll(/\[\s*"((?:[^"\\]|\\.)+)",\s*"(?:open|closed)"/gu)) {
    const text = JSON.parse(`"${match[1] ?? ""}"`) as string;
    rows.push([text, frenchFrom >= 0 && (match.index ?? 0) > frenchFrom ? "fr-CA" : "en"]);
  }
  return rows;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median items per second over the rounds, by the wall clock and by the process's CPU time. */
interface Rates {
  wall: number;
  cpu: number;
}

/**
 * Runs `work` (which handles `perCall` items) in timed rounds. CPU time is reported too because a
 * busy machine slows the wall clock without the code getting any slower.
 */
function throughput(work: () => number, perCall: number): Rates {
  // Warm up so the JIT has compiled the hot paths before timing.
  for (let i = 0; i < 20; i++) work();
  const wallRates: number[] = [];
  const cpuRates: number[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let calls = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let elapsed: number;
    do {
      sink += work();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_ROUND_MS);
    const cpu = process.cpuUsage(cpuStart);
    wallRates.push((calls * perCall * 1000) / elapsed);
    cpuRates.push((calls * perCall * 1e6) / Math.max(1, cpu.user + cpu.system));
  }
  if (sink < 0) throw new Error("unreachable: keeps the work from being optimised away");
  return { wall: Math.round(median(wallRates)), cpu: Math.round(median(cpuRates)) };
}

const DRAFT = [
  "Dear Ms. Chen,",
  "I'm a third-year commerce student exploring careers in health-care finance, and your path",
  "from audit into analytics caught my eye. Would you have 20 minutes in the next few weeks for",
  "a short conversation about your work? I am not looking for a job; I'd simply like to learn how",
  "you chose this field and what the work is like day to day. I'm flexible on timing and happy",
  "to meet on Teams or in person.",
  "Thank you for considering it,",
  "Sam Rivera",
].join("\n");

/**
 * Measures the question coach's throughput over the whole coach table plus the built-in bank in
 * both languages (median of several rounds), and the etiquette guard on a typical request mail.
 */
export async function benchQuestionCoach(): Promise<BenchResult[]> {
  const corpus: [string, Locale][] = [
    ...(await coachTable()),
    ...BUILT_IN_QUESTIONS.flatMap((q): [string, Locale][] => [
      [q.text.en, "en"],
      [q.text["fr-CA"], "fr-CA"],
    ]),
  ];
  const coach = throughput(() => {
    let closed = 0;
    for (const [text, locale] of corpus) {
      if (assessQuestion(text, locale).kind === "closed") closed++;
    }
    return closed;
  }, corpus.length);
  const guard = throughput(() => checkEtiquette(DRAFT, "en").length, 1);
  return [
    {
      name: `question coach: assessQuestion over ${corpus.length} questions`,
      value: coach.wall,
      unit: "questions/s",
    },
    {
      name: "question coach: assessQuestion per CPU second",
      value: coach.cpu,
      unit: "questions/s",
    },
    {
      name: "etiquette guard: checkEtiquette on a request mail",
      value: guard.wall,
      unit: "drafts/s",
    },
  ];
}
