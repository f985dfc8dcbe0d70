/**
 * The cache of page readings: what the page reader (`src/read/`) made of a page's text, kept as
 * JSON under `<cache>/<key>.json`, the key a hash of the text, the reading's options and the
 * reader's code (every file of `src/read/`). A build reads a year's ~3,000 pages again every time
 * (~6 CPU s) though a daily commit adds eight; with the cache it reads the new ones only. A
 * reading is plain data (strings, numbers, nulls, arrays, objects: `read/types.ts`), so its JSON
 * gives back an equal reading. Entries the last build did not use are removed.
 *
 * `npm start` keeps one cache for all its rebuilds, and the cache keeps the readings it gave out in
 * memory too: a rebuild gets the very same (frozen) reading object for a page whose text did not
 * change, without parsing its JSON again, and `readingKey` names it by its entry. So what is
 * shaped from a reading can be kept from one rebuild to the next (`src/shape/issue-views.ts`).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPage } from "../read/index.js";
import type { PageReading, ReadOptions } from "../read/types.js";
import { codeVersion } from "../build/code-version.js";
import { writeWhole } from "../build/write-whole.js";
import { readOnEveryCore, type PageToRead } from "./read-ahead.js";

/** Reads a page's text into items: `readPage`, or the same through the cache. */
export type PageReader = (text: string, options: ReadOptions) => PageReading;

/** Bumped when what an entry holds changes; the reader's own changes are seen by `codeVersion`. */
const CACHE_FORMAT = "readings 1";

const ENTRY = /^[0-9a-f]{64}\.json$/;
/** Names the reader whose readings the cache holds: the version of the last load through it. */
const READER = "reader.txt";

/** The entry of each reading a cache gave out: the hash of its text, its options and the reader's code. */
const keys = new WeakMap<PageReading, string>();

/**
 * The entry name of a reading a `ReadingCache` gave out: the same name means the same text read
 * with the same options by the same code. Undefined for a reading made without the cache.
 */
export const readingKey = (reading: PageReading): string | undefined => keys.get(reading);

/** Freezes `value` and everything in it: a reading handed to several rebuilds must not change. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class ReadingCache {
  // The reader folds Traditional characters with the search's table (src/read/fold.ts).
  private readonly version = codeVersion(CACHE_FORMAT, [
    "src/read",
    "src/search/script.ts",
    "package-lock.json",
  ]);
  private readonly used = new Set<string>();
  /** The readings given out since the last `prune`, by entry name. */
  private readonly inMemory = new Map<string, PageReading>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** `readPage`, from the cache when this text was read with these options by this code before. */
  readonly read: PageReader = (text, options) => {
    const name = this.entryName(text, options);
    this.used.add(name);
    const kept = this.inMemory.get(name);
    if (kept) return kept;
    const reading = deepFreeze(this.fromDisk(name) ?? this.readAndKeep(name, text, options));
    keys.set(reading, name);
    this.inMemory.set(name, reading);
    return reading;
  };

  /**
   * When the cache holds no reading by this reader (a clean build, or the first after the reader
   * changed), reads ahead, on every core, the pages `load` reads (`read-ahead.ts`): a year's ~3,000
   * pages take ~6.5 s on one core. `load` is given a reader that notes each page it is handed and
   * gives back an empty reading; the pages are then read into the cache, from which the real load
   * takes them. A cache that holds this reader's readings is left to read the few new pages as
   * they are loaded (a daily build).
   */
  async readAhead(load: (read: PageReader) => void): Promise<void> {
    if (this.readerKept()) return;
    const pages: PageToRead[] = [];
    load((text, options) => {
      const name = this.entryName(text, options);
      if (!existsSync(join(this.dir, name))) pages.push({ name, text, options });
      return { headlinePosition: options.headlinePosition ?? "before-body", items: [], warnings: [] };
    });
    await readOnEveryCore(this.dir, pages);
  }

  private entryName(text: string, options: ReadOptions): string {
    return `${createHash("sha256")
      .update(`${this.version}\0${JSON.stringify(options)}\0`)
      .update(text)
      .digest("hex")}.json`;
  }

  /** Whether the last load through this cache was by this reader (`prune` notes it). */
  private readerKept(): boolean {
    try {
      return readFileSync(join(this.dir, READER), "utf8") === this.version;
    } catch {
      return false;
    }
  }

  private fromDisk(name: string): PageReading | null {
    try {
      return JSON.parse(readFileSync(join(this.dir, name), "utf8")) as PageReading;
    } catch {
      // No entry (or one cut short by a build killed mid-write): read the page and keep its reading.
      return null;
    }
  }

  private readAndKeep(name: string, text: string, options: ReadOptions): PageReading {
    const reading = readPage(text, options);
    keepReading(this.dir, name, reading);
    return reading;
  }

  /**
   * Removes the entries no page read since this cache was made or last pruned used, nor any of
   * `inUse` (readings a load had kept: `page-cache.ts`), on disk and in memory; the next load
   * starts counting anew.
   */
  prune(inUse: Iterable<PageReading> = []): void {
    for (const reading of inUse) {
      const name = keys.get(reading);
      if (name !== undefined) this.used.add(name);
    }
    for (const name of readdirSync(this.dir))
      if (ENTRY.test(name) && !this.used.has(name)) unlinkSync(join(this.dir, name));
    for (const name of this.inMemory.keys()) if (!this.used.has(name)) this.inMemory.delete(name);
    this.used.clear();
    if (!this.readerKept()) writeFileSync(join(this.dir, READER), this.version);
  }
}

/** Keeps a reading as the entry `name` (`writeWhole`: a reader never sees half of it). */
export function keepReading(dir: string, name: string, reading: PageReading): void {
  writeWhole(join(dir, name), JSON.stringify(reading));
}
