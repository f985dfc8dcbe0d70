/**
 * The page parser's throughput and whether it grows linearly: one page file of 0.25, 0.5, 1 and
 * 2 MB (synthetic pages run together, as a badly split PDF export might deliver), each read with
 * `readPage`, in this process. Linear means the time per MB stays flat as the page grows.
 */
import { readPage } from "../src/read/index.js";

export const PAGE_SIZES_MB = [0.25, 0.5, 1, 2] as const;

/** One page size's timing. */
export interface ParseCase {
  sizeMB: number;
  /** Fastest of the runs. */
  ms: number;
  msPerMB: number;
  items: number;
}

export interface ParseThroughput {
  cases: ParseCase[];
  /** MB per second at 1 MB. */
  mbPerSecond: number | null;
  /** ms per MB at the largest size ÷ at the smallest: ~1 when linear, ~8 when quadratic. */
  perMBRatio: number | null;
  /** Sizes skipped because a smaller one already took too long. */
  skipped: number[];
}

const MB = 1024 * 1024;
/** Least runs per size; the fastest is reported: on a shared machine the slower runs measure the neighbours. */
const RUNS = 5;
const round = (n: number, d: number): number => Number(n.toFixed(d));

/** Joins page texts until the result holds at least `bytes` UTF-8 bytes, then cuts at a line end. */
export function bigPage(pages: Iterable<string>, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const text of pages) {
    parts.push(text);
    size += Buffer.byteLength(text);
    if (size >= bytes) break;
  }
  if (size < bytes) throw new Error(`only ${size} bytes of page text for a ${bytes}-byte page`);
  const joined = parts.join("\n");
  // Cut near the target at a line end; byte → char position is close enough for CJK (3 bytes/char).
  const cut = joined.indexOf("\n", Math.floor((joined.length * bytes) / Buffer.byteLength(joined)));
  return cut < 0 ? joined : joined.slice(0, cut + 1);
}

const fastest = (values: number[]): number => Math.min(...values);

/** Times `readPage` on each size (best of RUNS after a warm-up); stops early past `budgetMs` per run. */
export function measureParseThroughput(
  pageTexts: () => Iterable<string>,
  budgetMs = 60_000,
): ParseThroughput {
  // Warm-up: without it the first size pays for JIT compilation and looks slower per MB.
  // A 1 MB page twice gets every function to V8's optimising tier, as a long build would.
  const warmUp = bigPage(pageTexts(), MB);
  for (let run = 0; run < 2; run++) readPage(warmUp);
  const cases: ParseCase[] = [];
  const skipped: number[] = [];
  for (const sizeMB of PAGE_SIZES_MB) {
    const last = cases[cases.length - 1];
    if (skipped.length > 0 || (last && last.ms * (sizeMB / last.sizeMB) ** 2 > budgetMs)) {
      skipped.push(sizeMB);
      continue;
    }
    const text = bigPage(pageTexts(), sizeMB * MB);
    const actualMB = Buffer.byteLength(text) / MB;
    const runs: number[] = [];
    let items = 0;
    // At least RUNS runs, and more (up to 30) until 2 s were spent: small pages get many tries.
    const spentFrom = performance.now();
    while (runs.length < RUNS || (runs.length < 30 && performance.now() - spentFrom < 2000)) {
      const started = performance.now();
      items = readPage(text).items.length;
      runs.push(performance.now() - started);
    }
    const ms = fastest(runs);
    cases.push({ sizeMB: round(actualMB, 3), ms: round(ms, 1), msPerMB: round(ms / actualMB, 1), items });
  }
  const at1 = cases.find((c) => Math.abs(c.sizeMB - 1) < 0.01);
  const first = cases[0];
  const lastCase = cases[cases.length - 1];
  return {
    cases,
    mbPerSecond: at1 ? round(1000 / at1.msPerMB, 2) : null,
    perMBRatio: first && lastCase && cases.length > 1 ? round(lastCase.msPerMB / first.msPerMB, 2) : null,
    skipped,
  };
}
