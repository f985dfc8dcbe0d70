/**
 * The benchmark's report: a table for people, then one line of JSON for tools and for
 * docs/performance.md. Pure formatting; the figures come from bench/run.ts.
 */
import type { StageFigures } from "./stages.js";
import type { SearchCost } from "./search-cost.js";
import type { ParseThroughput } from "./parse-throughput.js";

/** Everything one run measured. Field names of the JSON line are part of the bench's interface. */
export interface BenchResult {
  date: string;
  commit: string;
  node: string;
  cpus: number;
  /** 1-minute load average when the run began and ended: above the CPU count, others were busy too. */
  loadAverage: { start: number; end: number };
  seed: number;
  issues: number;
  pages: number;
  articles: number;
  notes: number;
  generateSeconds: number;
  wallSeconds: StageFigures["wallSeconds"];
  peakMemoryMB: StageFigures["peakMemoryMB"];
  /** CPU seconds of the build's process tree: steadier than wall time on a busy machine. */
  cpuSeconds: StageFigures["cpuSeconds"];
  msPerArticle: number;
  outputMB: number;
  outputFiles: number;
  outputHtmlFiles: number;
  /** Mean wire KB per cold query, null when not measurable (see searchNullReason). */
  searchKBPerQuery: number | null;
  searchRawKBPerQuery: number | null;
  searchNullReason: string | null;
  searchQueries: SearchCost["queries"];
  baselinePages: number;
  baselineRenderSeconds: number | null;
  baselinePeakMemoryMB: number | null;
  renderVsBaseline: number | null;
  /** The same ratio in CPU seconds: the two builds run one after the other, so wall time may see different neighbours. */
  baselineRenderCpuSeconds: number | null;
  renderVsBaselineCpu: number | null;
  parseMBPerSecond: number | null;
  parsePerMBRatio: number | null;
  parseCases: ParseThroughput["cases"];
  parseSkippedSizesMB: number[];
  /** Lines the archive build printed: a year's should stay under 100. */
  buildLogLines: number;
  searchShards: number | null;
  /** With `--add`: the rebuild after adding issues, from the first build's search cache. */
  incrementalSeconds?: number | null;
  incrementalCpuSeconds?: number | null;
  incrementalPeakMemoryMB?: number | null;
  incrementalShardsIndexed?: number | null;
  /** incrementalSeconds ÷ the clean build's total wall seconds. */
  incrementalVsClean?: number | null;
  /** With `--images`: the image stage of the first build (cold cache) and of a second one; null without. */
  images: ImagesResult | null;
}

/** One build's image stage. */
export interface ImageStage {
  wallSeconds: number | null;
  cpuSeconds: number | null;
  peakMemoryMB: number | null;
}

export interface ImagesResult {
  /** Scans made, one per page, this many px wide. */
  scans: number;
  width: number;
  /** Files in the encoded-scans cache after both builds, and their size. */
  encodedFiles: number;
  cacheMB: number;
  first: ImageStage;
  second: ImageStage;
  /** Cache files the second build wrote: 0 when no unchanged scan was encoded again. */
  encodedAgain: number;
}

/** The issue's targets, as stated there; the one-year time target applies to 365 issues. */
export const TARGETS = {
  yearSeconds: 90,
  peakMB: 3 * 1024,
  renderVsBaseline: 1.5,
  searchKB: 150,
  incrementalSeconds: 45,
  incrementalVsClean: 0.15,
} as const;

const num = (n: number | null, digits = 2): string => (n === null ? "—" : n.toFixed(digits));
const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number): string => " ".repeat(Math.max(0, n - s.length)) + s;

function verdict(ok: boolean | null): string {
  return ok === null ? "n/a" : ok ? "met" : "MISSED";
}

function imageLines(images: ImagesResult | null): string[] {
  if (!images) return [];
  const stage = (s: ImageStage): string =>
    `${num(s.wallSeconds)} s wall, ${num(s.cpuSeconds)} s CPU, peak ${num(s.peakMemoryMB, 0)} MB`;
  return [
    `images: ${images.scans} scans ${images.width} px wide → ${images.encodedFiles} files, ${num(images.cacheMB, 1)} MB`,
    `  first build (cold cache): ${stage(images.first)}`,
    `  second build (cache kept): ${stage(images.second)}; files encoded again: ${images.encodedAgain}`,
    "",
  ];
}

export function formatTable(r: BenchResult): string {
  const rows: [string, keyof BenchResult["wallSeconds"]][] = [
    ["startup (node, tsx, Eleventy config)", "startup"],
    ["load + parse", "parse"],
    ["images (encode scans, copy prints)", "images"],
    ["search index (every core, before render)", "search"],
    ["render (Eleventy)", "render"],
    ["total", "total"],
  ];
  const lines = [
    `Synthetic archive: ${r.issues} issues, ${r.pages} pages, ${r.articles} articles, ${r.notes} notes (seed ${r.seed}); generated in ${r.generateSeconds} s`,
    `Commit ${r.commit}, ${r.date}, Node ${r.node}, ${r.cpus} CPUs, load average ${r.loadAverage.start} → ${r.loadAverage.end}`,
    "",
    `${pad("stage", 38)}${lpad("wall s", 9)}${lpad("CPU s", 9)}${lpad("peak MB", 10)}`,
    ...rows.map(
      ([label, key]) =>
        `${pad(label, 38)}${lpad(num(r.wallSeconds[key]), 9)}${lpad(num(r.cpuSeconds[key]), 9)}${lpad(num(r.peakMemoryMB[key], 0), 10)}`,
    ),
    "",
    ...imageLines(r.images),
    `ms per article (total): ${num(r.msPerArticle, 1)}`,
    `build log: ${r.buildLogLines} lines; search shards: ${r.searchShards ?? "—"}`,
    `output: ${num(r.outputMB, 1)} MB in ${r.outputFiles} files (${r.outputHtmlFiles} HTML)`,
    `baseline, bare Eleventy writing ${r.baselinePages} pages: render ${num(r.baselineRenderSeconds)} s, peak ${num(r.baselinePeakMemoryMB, 0)} MB; render ÷ baseline = ${num(r.renderVsBaseline)} (wall), ${num(r.renderVsBaselineCpu)} (CPU)`,
  ];
  if (r.searchQueries && r.searchNullReason === null) {
    lines.push("cold search (fresh browser context per query):");
    for (const q of r.searchQueries) {
      lines.push(
        `  ${pad(q.query, 12)} ${lpad(num(q.wireKB, 1), 8)} KB wire ${lpad(num(q.rawKB, 1), 8)} KB raw  (${num(q.pagefindWireKB, 1)} KB from /pagefind/, ${q.requests} requests, ${q.fragmentsFetched} fragments, settled in ${num(q.secondsToSettle, 1)} s)`,
      );
    }
    lines.push(`  mean: ${num(r.searchKBPerQuery, 1)} KB wire, ${num(r.searchRawKBPerQuery, 1)} KB raw`);
  } else lines.push(`cold search: not measured — ${r.searchNullReason}`);
  lines.push("page parser (one page of N MB, best of 5):");
  for (const c of r.parseCases) {
    lines.push(
      `  ${lpad(num(c.sizeMB, 2), 5)} MB  ${lpad(num(c.ms, 1), 9)} ms  ${lpad(num(c.msPerMB, 1), 9)} ms/MB  ${c.items} items`,
    );
  }
  if (r.parseSkippedSizesMB.length > 0)
    lines.push(`  skipped (too slow to finish): ${r.parseSkippedSizesMB.join(", ")} MB`);
  lines.push(
    `  ${num(r.parseMBPerSecond)} MB/s at 1 MB; ms/MB largest ÷ smallest = ${num(r.parsePerMBRatio)} (1 = linear)`,
  );
  if (r.incrementalSeconds !== undefined)
    lines.push(
      `after adding issues, from the cache: ${num(r.incrementalSeconds ?? null)} s wall, ${num(r.incrementalCpuSeconds ?? null)} CPU s, peak ${num(r.incrementalPeakMemoryMB ?? null, 0)} MB, ${r.incrementalShardsIndexed ?? "—"} shard(s) indexed; ${num(r.incrementalVsClean ?? null)}× the clean build`,
    );
  const total = r.wallSeconds.total;
  const peak = r.peakMemoryMB.total;
  lines.push(
    "targets:",
    `  one year ≤ ${TARGETS.yearSeconds} s: ${r.issues === 365 && total !== null ? verdict(total <= TARGETS.yearSeconds) : "n/a (365 issues only)"}`,
    `  peak ≤ ${TARGETS.peakMB} MB: ${verdict(peak === null ? null : peak <= TARGETS.peakMB)}`,
    `  render ≤ ${TARGETS.renderVsBaseline}× baseline: ${verdict(r.renderVsBaseline === null ? null : r.renderVsBaseline <= TARGETS.renderVsBaseline)}`,
    `  cold query ≤ ${TARGETS.searchKB} KB, every query: ${worstQuery(r)}`,
  );
  if (r.incrementalSeconds !== undefined) {
    const s = r.incrementalSeconds ?? null;
    const share = r.incrementalVsClean ?? null;
    lines.push(
      `  rebuild after adding ≤ ${TARGETS.incrementalSeconds} s and ≤ ${TARGETS.incrementalVsClean * 100} % of the clean build: ${r.issues === 365 ? verdict(s === null || share === null ? null : s <= TARGETS.incrementalSeconds && share <= TARGETS.incrementalVsClean) : "n/a (365 issues only)"}`,
    );
  }
  return lines.join("\n");
}

/** The verdict on the byte budget: it holds for every query, not on average. */
function worstQuery(r: BenchResult): string {
  if (!r.searchQueries || r.searchNullReason !== null) return verdict(null);
  const worst = r.searchQueries.reduce((a, b) => (b.wireKB > a.wireKB ? b : a));
  const over = r.searchQueries.filter((q) => q.wireKB > TARGETS.searchKB).map((q) => q.query);
  return `${verdict(over.length === 0)} (worst ${worst.query} ${num(worst.wireKB, 1)} KB${over.length ? `; over: ${over.join(", ")}` : ""})`;
}

/** The final line: the figures as one JSON object. */
export function formatJsonLine(r: BenchResult): string {
  return JSON.stringify(r);
}
