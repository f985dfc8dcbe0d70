/**
 * What a build prints, in a terminal and in CI logs alike: Eleventy runs quiet (no line per written
 * file: a year of a daily wrote ~34,000), and instead each stage says what it did when it ends —
 * issues, pages and articles read; each search shard indexed, with the time since the build began;
 * the search index; files written — then one closing summary with the counts, the warnings and the
 * seconds of each stage. A year's build log stays under a hundred lines. Also records the stage
 * marks the benchmark reads (`timings.ts`).
 */
import type { Archive } from "../model.js";
import { markStage, type BuildStage } from "./timings.js";

/** Counts of what was read, for the read line and the summary. */
interface ReadCounts {
  issues: number;
  pages: number;
  articles: number;
  notes: number;
  warnings: number;
}

/** The search index's part of the summary. */
export interface SearchCounts {
  shards: number;
  indexed: number;
  items: number;
}

const LABEL: Record<BuildStage, string> = {
  parse: "read",
  images: "prints",
  render: "render",
  search: "search",
};

const number = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`): string => `${number(n)} ${n === 1 ? one : many}`;
const secs = (ms: number): string => (ms / 1000).toFixed(1);

export function readCounts(archive: Archive, warnings: number): ReadCounts {
  const counts: ReadCounts = { issues: archive.issues.length, pages: 0, articles: 0, notes: 0, warnings };
  for (const issue of archive.issues)
    for (const page of issue.pages) {
      counts.pages++;
      for (const item of page.reading.items) counts[item.kind === "note" ? "notes" : "articles"]++;
    }
  return counts;
}

/** One build's progress; `npm start` makes a fresh one per rebuild. */
export class BuildProgress {
  private readonly began = performance.now();
  private readonly seconds = new Map<BuildStage, number>();
  private readonly started = new Map<BuildStage, number>();
  private read: ReadCounts | null = null;
  private search: SearchCounts | null = null;
  private written: number | null = null;

  constructor(private readonly print: (line: string) => void = (line) => console.log(line)) {}

  /**
   * A stage started again starts anew: the render starts when the last of what must come before
   * it is done (the prints, and under `npm run build` the search index; `search/plugin.ts`).
   */
  start(stage: BuildStage): void {
    markStage(stage, "start");
    this.started.set(stage, performance.now());
  }

  private end(stage: BuildStage): string {
    const ms = performance.now() - (this.started.get(stage) ?? this.began);
    this.seconds.set(stage, ms);
    markStage(stage, "end");
    return secs(ms);
  }

  /** `[archive] read 365 issues: 2,920 pages, 29,309 articles, 731 notes in 10.2 s` */
  readDone(counts: ReadCounts): void {
    this.read = counts;
    const warned = counts.warnings
      ? ` (${plural(counts.warnings, "warning")}: npm run check lists them)`
      : "";
    this.print(
      `[archive] read ${plural(counts.issues, "issue")}: ${plural(counts.pages, "page")}, ` +
        `${plural(counts.articles, "article")}, ${plural(counts.notes, "note")}${warned} in ${this.end("parse")} s`,
    );
  }

  /** `[archive] prints of 240 pages ready in 1.5 s` (scans encoded, or found in the cache; PDFs copied) */
  imagesDone(pictured: number): void {
    const seconds = this.end("images");
    // An archive without scans says nothing about them.
    if (pictured === 0) this.seconds.delete("images");
    else this.print(`[archive] prints of ${plural(pictured, "page")} ready in ${seconds} s`);
  }

  /**
   * `[archive] wrote 34,302 files in 28.1 s`, or with pages from the render cache
   * `[archive] wrote 34,302 files (34,010 unchanged, from the cache) in 3.1 s`
   */
  renderDone(rendered: number, fromCache = 0): void {
    this.written = rendered + fromCache;
    const cached = fromCache ? ` (${number(fromCache)} unchanged, from the cache)` : "";
    this.print(`[archive] wrote ${plural(this.written, "file")}${cached} in ${this.end("render")} s`);
    this.summaryWhenDone();
  }

  /** `[search] shard 3 of 36 indexed: 2021-01-21, 912 items in 5.1 s (48.0 s since the build began)` */
  shardIndexed(key: string, items: number, seconds: number, done: number, of: number): void {
    this.print(
      `[search] shard ${done} of ${of} indexed: ${key}, ${plural(items, "item")} in ${seconds.toFixed(1)} s ` +
        `(${secs(performance.now() - this.began)} s since the build began)`,
    );
  }

  /** `[search] 30,096 items in 36 shards: 36 indexed, 0 unchanged (from the cache) in 52.3 s` */
  searchDone(search: SearchCounts): void {
    this.search = search;
    const reused = search.shards - search.indexed;
    this.print(
      `[search] ${plural(search.items, "item")} in ${plural(search.shards, "shard")}: ` +
        `${number(search.indexed)} indexed, ${number(reused)} unchanged (from the cache) in ${this.end("search")} s`,
    );
    this.summaryWhenDone();
  }

  /**
   * The summary comes once both the pages and the index are done, whichever ends last: the
   * render under `npm run build`, often the index under `npm start`.
   */
  private summaryWhenDone(): void {
    if (this.written !== null && this.search !== null) this.summary();
  }

  /** The closing summary, the build's last line before Eleventy's own. */
  private summary(): void {
    const r = this.read;
    // Under `npm start` the index is built while Eleventy renders, and its time overlaps.
    const renderStart = this.started.get("render") ?? Infinity;
    const searchEnd = (this.started.get("search") ?? 0) + (this.seconds.get("search") ?? 0);
    const alongside = searchEnd > renderStart;
    const order = alongside
      ? (["parse", "images", "render", "search"] as const)
      : (["parse", "images", "search", "render"] as const);
    const stages = order
      .filter((s) => this.seconds.has(s))
      .map(
        (s) =>
          `${LABEL[s]} ${secs(this.seconds.get(s)!)} s${s === "search" && alongside ? " (alongside render)" : ""}`,
      );
    const shards = this.search?.shards ?? 0;
    const written = this.written ?? 0;
    this.print(
      `[archive] built ${r ? `${plural(r.issues, "issue")}, ${plural(r.articles, "article")}` : "the archive"}` +
        ` into ${plural(written, "file")} and ${plural(shards, "search shard")}` +
        `${r?.warnings ? `, ${plural(r.warnings, "warning")}` : ", no warnings"}; ` +
        `${stages.join(", ")}; ${secs(performance.now() - this.began)} s in all`,
    );
  }
}
