/**
 * The cache of page readings: what the page reader (`src/read/`) made of a page's text, kept as
 * JSON under `<cache>/<key>.json`, the key a hash of the text, the reading's options and the
 * reader's code (every file of `src/read/`). A build reads a year's ~3,000 pages again every time
 * (~6 CPU s) though a daily commit adds eight; with the cache it reads the new ones only. A
 * reading is plain data (strings, numbers, nulls, arrays, objects: `read/types.ts`), so its JSON
 * gives back an equal reading. Entries the last build did not use are removed.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPage } from "../read/index.js";
import type { PageReading, ReadOptions } from "../read/types.js";
import { codeVersion } from "../build/code-version.js";

/** Reads a page's text into items: `readPage`, or the same through the cache. */
export type PageReader = (text: string, options: ReadOptions) => PageReading;

/** Bumped when what an entry holds changes; the reader's own changes are seen by `codeVersion`. */
const CACHE_FORMAT = "readings 1";

const ENTRY = /^[0-9a-f]{64}\.json$/;

export class ReadingCache {
  // The reader folds Traditional characters with the search's table (src/read/fold.ts).
  private readonly version = codeVersion(CACHE_FORMAT, [
    "src/read",
    "src/search/script.ts",
    "package-lock.json",
  ]);
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** `readPage`, from the cache when this text was read with these options by this code before. */
  readonly read: PageReader = (text, options) => {
    const name = `${createHash("sha256")
      .update(`${this.version}\0${JSON.stringify(options)}\0`)
      .update(text)
      .digest("hex")}.json`;
    this.used.add(name);
    const entry = join(this.dir, name);
    try {
      return JSON.parse(readFileSync(entry, "utf8")) as PageReading;
    } catch {
      // No entry (or one cut short by a build killed mid-write): read the page and keep its reading.
    }
    const reading = readPage(text, options);
    const temp = `${entry}.${randomBytes(4).toString("hex")}`;
    writeFileSync(temp, JSON.stringify(reading));
    renameSync(temp, entry);
    return reading;
  };

  /** Removes the entries no page read since this cache was made used. */
  prune(): void {
    for (const name of readdirSync(this.dir))
      if (ENTRY.test(name) && !this.used.has(name)) unlinkSync(join(this.dir, name));
  }
}
