/**
 * `npm run bench -- --issues 30|365|1460 [--add N] [--seed N] [--keep] [--images [--image-width PX]]`, or `npm run bench --
 * --corpus` for the search's first screen on real articles (`real-articles.ts`).
 *
 * Generates a synthetic archive, builds it exactly as `npm run build` does, and reports wall time
 * and peak memory (the whole process tree) per stage, output size, the bytes a cold search fetches
 * in headless Chromium, a bare-Eleventy baseline writing as many pages, and the page parser's
 * throughput. With `--add N`, then adds the next N daily issues and builds again with the caches
 * the first build left, over the site it wrote, as a library's daily commit does in CI
 * (`incrementalSeconds`). With `--images`, every page
 * gets a scan (a JPEG `--image-width` px wide, 1200 by default) and the archive is built a second
 * time with the encoded scans kept: what the image stage costs cold, and that an unchanged scan is
 * not encoded again. Prints a
 * table, then one line of JSON. Work files live in a temp folder, removed at
 * the end unless `--keep`; the JSON is also saved to `bench/.out/`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generatePages, writeSyntheticArchive, type SyntheticOptions } from "./synthetic.js";
import { buildArchive, buildBaseline, type ArchiveBuild } from "./builds.js";
import type { StageFigures } from "./stages.js";
import { measureSearchCost } from "./search-cost.js";
import { measureParseThroughput } from "./parse-throughput.js";
import { formatJsonLine, formatTable, type BenchResult } from "./report.js";
import { runCorpusBench } from "./real-articles.js";
import { filesWrittenSince, writeSyntheticScans } from "./scans.js";
import { printsCacheDir } from "../src/prints/process.js";
import type { ImagesResult } from "./report.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE_PAGE = "issues/2025/2025-03-17/000_44ab08e54eea3468.txt";
/** Wide enough to be encoded at every size the site uses; real scans are 2–4 times wider, and slower. */
const DEFAULT_IMAGE_WIDTH = 1200;

interface Args {
  issues: number;
  /** Issues to add after the first build, then build again from its cache; 0: no second build. */
  add: number;
  seed: number;
  keep: boolean;
  corpus: boolean;
  /** Scans beside the pages, this many px wide; null without `--images`. */
  imageWidth: number | null;
}

const USAGE =
  "use --issues N (30, 365, 1460), --add N, --seed N, --keep, --images, --image-width PX, or --corpus";

function readArgs(argv: string[]): Args {
  let values: {
    issues: string;
    add?: string;
    seed: string;
    keep: boolean;
    corpus: boolean;
    images: boolean;
    "image-width"?: string;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        issues: { type: "string", default: "30" },
        add: { type: "string" },
        seed: { type: "string", default: "1" },
        keep: { type: "boolean", default: false },
        corpus: { type: "boolean", default: false },
        images: { type: "boolean", default: false },
        "image-width": { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  return {
    issues: wholeNumber("--issues", values.issues),
    add: values.add === undefined ? 0 : wholeNumber("--add", values.add),
    seed: wholeNumber("--seed", values.seed),
    keep: values.keep,
    corpus: values.corpus,
    imageWidth:
      values["image-width"] !== undefined
        ? wholeNumber("--image-width", values["image-width"])
        : values.images
          ? DEFAULT_IMAGE_WIDTH
          : null,
  };
}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
  return n;
}

function commitId(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO })
      .toString()
      .trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return "unknown";
  }
}

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const ratio = (a: number | null, b: number | null): number | null =>
  a !== null && b ? Number((a / b).toFixed(2)) : null;
const seconds = (from: number): number => Number(((Date.now() - from) / 1000).toFixed(2));

/**
 * Words to search for: frequent, mid and rare in the synthetic text, a reporter's name, and the
 * rest of issue #6's list (phrases rare in the synthetic text, and words absent from it), then
 * the Traditional forms of those that have one (issue #15: the budget holds for them too).
 */
function searchQueries(firstPage: string): string[] {
  const reporter = /□\s*(?:本报)?记\s*者\s+(\S+)/.exec(firstPage)?.[1];
  return [
    "聊城",
    "新质生产力",
    "轴承",
    "乡村振兴",
    ...(reporter ? [reporter] : []),
    "薛良诚",
    "健步走",
    "400亿元",
    "381.55亿元",
    "火箭",
    "rocket",
    "新質生產力",
    "軸承",
    "鄉村振興",
    "薛良誠",
    "400億元",
    "381.55億元",
  ];
}

/** The rebuild after `--add`: its figures, and its total against the clean build's. */
type Incremental = Pick<
  BenchResult,
  | "incrementalSeconds"
  | "incrementalCpuSeconds"
  | "incrementalPeakMemoryMB"
  | "incrementalShardsIndexed"
  | "incrementalVsClean"
>;

function incrementalFigures(again: ArchiveBuild, clean: StageFigures): Incremental {
  return {
    incrementalSeconds: again.figures.wallSeconds.total,
    incrementalCpuSeconds: again.figures.cpuSeconds.total,
    incrementalPeakMemoryMB: again.figures.peakMemoryMB.total,
    incrementalShardsIndexed: again.shards?.indexed ?? null,
    incrementalVsClean: ratio(again.figures.wallSeconds.total, clean.wallSeconds.total),
  };
}

/** The second build of an archive with scans: the cache is kept, so the image stage should encode nothing. */
async function rebuildWithImages(
  work: string,
  archiveDir: string,
  first: ArchiveBuild,
  made: { width: number; scans: number },
): Promise<ImagesResult> {
  const cache = printsCacheDir(archiveDir, {});
  const before = Date.now();
  log("building again, the encoded scans kept");
  const second = await buildArchive(REPO, work, archiveDir, { name: "site-2" });
  rmSync(second.siteDir, { recursive: true, force: true });
  const files = filesWrittenSince(cache, before);
  return {
    ...made,
    encodedFiles: files.total,
    cacheMB: Number((files.bytes / 1024 / 1024).toFixed(1)),
    first: stageOf(first.figures, "images"),
    second: stageOf(second.figures, "images"),
    encodedAgain: files.written,
  };
}

const stageOf = (figures: ArchiveBuild["figures"], stage: "images") => ({
  wallSeconds: figures.wallSeconds[stage],
  cpuSeconds: figures.cpuSeconds[stage],
  peakMemoryMB: figures.peakMemoryMB[stage],
});

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (args.corpus) return runCorpusBench();
  const loadAtStart = Number(loadavg()[0]!.toFixed(1));
  const commit = commitId(); // what is built is what is checked out now, not when the run ends
  const work = mkdtempSync(join(tmpdir(), "archive-bench-"));
  const archiveDir = join(work, "archive");
  mkdirSync(archiveDir);
  const options: SyntheticOptions = {
    issues: args.issues,
    seed: args.seed,
    sampleText: readFileSync(join(REPO, SAMPLE_PAGE), "utf8"),
  };
  const pageTexts = function* (): Generator<string> {
    for (const page of generatePages(options)) yield page.text;
  };
  try {
    log(`generating ${args.issues} issues in ${archiveDir}`);
    let started = Date.now();
    const archive = writeSyntheticArchive(archiveDir, options);
    const scans = args.imageWidth === null ? 0 : await writeSyntheticScans(archiveDir, args.imageWidth);
    if (args.imageWidth !== null) log(`wrote ${scans} scans, ${args.imageWidth} px wide`);
    const generateSeconds = seconds(started);

    log("building the archive (as npm run build)");
    const build = await buildArchive(REPO, work, archiveDir);
    const { figures, output } = build;
    const images =
      args.imageWidth === null
        ? null
        : await rebuildWithImages(work, archiveDir, build, { width: args.imageWidth, scans });

    log(`baseline: bare Eleventy writing ${build.eleventyFiles} pages`);
    const baselineFigures = await buildBaseline(REPO, work, pageTexts(), build.eleventyFiles);

    log("cold searches in headless Chromium");
    const firstPage = pageTexts().next().value ?? "";
    const search = await measureSearchCost(build.siteDir, searchQueries(firstPage));

    log("page parser throughput");
    started = Date.now();
    // Its own, longer stream of pages: a 2 MB page needs ~100 pages whatever --issues says.
    const parse = measureParseThroughput(function* () {
      for (const page of generatePages({ ...options, issues: 40 })) yield page.text;
    });
    log(`parser measured in ${seconds(started)} s`);

    let incremental: Incremental | null = null;
    if (args.add > 0) {
      log(`adding ${args.add} issue(s), building again with the search cache`);
      writeSyntheticArchive(archiveDir, { ...options, issues: args.issues + args.add }, args.issues);
      incremental = incrementalFigures(
        // Over the clean build's site, as the Pages workflow restores it with the caches.
        await buildArchive(REPO, work, archiveDir, { name: "site-add", into: "site" }),
        figures,
      );
    }

    const render = figures.wallSeconds.render;
    const baselineRender = baselineFigures.wallSeconds.render;
    const result: BenchResult = {
      date: new Date().toISOString(),
      commit,
      node: process.versions.node,
      cpus: cpus().length,
      loadAverage: { start: loadAtStart, end: Number(loadavg()[0]!.toFixed(1)) },
      seed: args.seed,
      issues: archive.issues,
      pages: archive.pages,
      articles: archive.articles,
      notes: archive.notes,
      generateSeconds,
      wallSeconds: figures.wallSeconds,
      peakMemoryMB: figures.peakMemoryMB,
      cpuSeconds: figures.cpuSeconds,
      msPerArticle: Number((((figures.wallSeconds.total ?? 0) * 1000) / archive.articles).toFixed(2)),
      outputMB: Number((output.bytes / 1024 / 1024).toFixed(1)),
      outputFiles: output.files,
      outputHtmlFiles: output.htmlFiles,
      searchKBPerQuery: search.meanWireKB,
      searchRawKBPerQuery: search.meanRawKB,
      searchNullReason: search.reason,
      searchQueries: search.queries,
      baselinePages: build.eleventyFiles,
      baselineRenderSeconds: baselineRender,
      baselinePeakMemoryMB: baselineFigures.peakMemoryMB.total,
      baselineRenderCpuSeconds: baselineFigures.cpuSeconds.render,
      renderVsBaselineCpu: ratio(figures.cpuSeconds.render, baselineFigures.cpuSeconds.render),
      renderVsBaseline: ratio(render, baselineRender),
      parseMBPerSecond: parse.mbPerSecond,
      parsePerMBRatio: parse.perMBRatio,
      parseCases: parse.cases,
      parseSkippedSizesMB: parse.skipped,
      buildLogLines: build.logLines,
      searchShards: build.shards?.total ?? null,
      ...incremental,
      images,
    };
    const outDir = join(REPO, "bench/.out");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `result-${args.issues}.json`), JSON.stringify(result, null, 2) + "\n");
    process.stdout.write(formatTable(result) + "\n\n" + formatJsonLine(result) + "\n");
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
