/**
 * The two timed builds of a bench run: the archive, built exactly as `npm run build` builds it,
 * and the bare-Eleventy baseline writing as many pages from the same text.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { logTail, runTimedEleventy, type TimedRun } from "./timed-process.js";
import { stageFigures, stageWindows, type StageFigures } from "./stages.js";
import { eleventyWroteFiles, measureOutput, type OutputSize } from "./output-size.js";
import { baselineItems } from "./baseline/data.js";
import { eleventyNodeArgs, SITE_CONFIG } from "../src/build/command.js";

export interface ArchiveBuild {
  figures: StageFigures;
  output: OutputSize;
  siteDir: string;
  /** How many files Eleventy wrote (pages, feeds, sitemaps; not Pagefind's). */
  eleventyFiles: number;
  /** Lines the build printed (stdout and stderr). */
  logLines: number;
  /** Search shards in all and those Pagefind indexed (the rest came from the cache), from the build's log. */
  shards: { total: number; indexed: number } | null;
}

/** The build's search line, `[search] 29,309 items in 36 shards: 1 indexed, 35 unchanged …`. */
export function searchShardsFromLog(log: string): ArchiveBuild["shards"] {
  const match = /^\[search\] [\d,]+ items? in ([\d,]+) shards?: ([\d,]+) indexed/m.exec(log);
  const n = (s: string): number => Number(s.replace(/,/g, ""));
  return match ? { total: n(match[1]!), indexed: n(match[2]!) } : null;
}

function figuresOf(run: TimedRun): StageFigures {
  return stageFigures(
    stageWindows(run.marks, run.spawnedAt, run.exitedAt),
    run.samples,
    run.spawnedAt,
    run.exitedAt,
  );
}

/**
 * `npm run build` with `ARCHIVE_ROOT=<archiveDir>` and `--output=<work>/<into>` (`into` is `name`
 * unless told: a build over the site another build wrote), and any more `env`, with the caches in
 * the archive (`<archiveDir>/.cache/`), where a second build finds them. Its log and timing marks
 * are `<work>/<name>.log`, `<work>/<name>-timings.jsonl`.
 */
export async function buildArchive(
  repo: string,
  work: string,
  archiveDir: string,
  options: { name?: string; into?: string; env?: Record<string, string> } = {},
): Promise<ArchiveBuild> {
  const name = options.name ?? "site";
  const siteDir = join(work, options.into ?? name);
  const run = await runTimedEleventy({
    repo,
    nodeArgs: eleventyNodeArgs(SITE_CONFIG, [`--output=${siteDir}`]),
    env: { ARCHIVE_ROOT: archiveDir, ...options.env },
    timingsFile: join(work, `${name}-timings.jsonl`),
    logFile: join(work, `${name}.log`),
  });
  if (run.exitCode !== 0) throw new Error(`the build failed (exit ${run.exitCode}):\n${logTail(run)}`);
  const output = measureOutput(siteDir);
  const log = readFileSync(run.logFile, "utf8");
  const eleventyFiles = eleventyWroteFiles(log) ?? output.htmlFiles;
  const logLines = log.trimEnd() === "" ? 0 : log.trimEnd().split("\n").length;
  return {
    figures: figuresOf(run),
    output,
    siteDir,
    eleventyFiles,
    logLines,
    shards: searchShardsFromLog(log),
  };
}

/** Bare Eleventy writing `pages` pages that share out the archive's paragraphs; its site is deleted after. */
export async function buildBaseline(
  repo: string,
  work: string,
  pageTexts: Iterable<string>,
  pages: number,
): Promise<StageFigures> {
  const dataFile = join(work, "baseline-data.json");
  const siteDir = join(work, "baseline-site");
  writeFileSync(dataFile, JSON.stringify(baselineItems(pageTexts, Math.max(1, pages))));
  const run = await runTimedEleventy({
    repo,
    nodeArgs: eleventyNodeArgs("bench/baseline/eleventy.config.ts", [`--output=${siteDir}`]),
    env: { BASELINE_DATA: dataFile },
    timingsFile: join(work, "baseline-timings.jsonl"),
    logFile: join(work, "baseline.log"),
  });
  if (run.exitCode !== 0) throw new Error(`the baseline failed (exit ${run.exitCode}):\n${logTail(run)}`);
  rmSync(siteDir, { recursive: true, force: true });
  return figuresOf(run);
}
