/**
 * The cache of rendered pages. A page is printed from its view model, the parts every page shares
 * (`Chrome`), the problems `npm start` shows, and the templates and code; its key hashes all of
 * them, and its bytes as Eleventy wrote them are kept under `<cache>/<key>`. A build hands
 * Eleventy only the views whose key is not in the cache, and puts the others' pages in place
 * from the cache: a daily build renders the few hundred pages the day's issue changed, not a
 * year's ~35,000, and a save under `npm start` is served again within seconds.
 *
 * The bytes are Eleventy's own (kept after it wrote them), so a page from the cache is the page a
 * clean build writes. Files are hard-linked between the cache and the site rather than copied
 * (copied across file systems), as the search shards are, so nothing may write into a page in
 * place: `npm run build` empties the output folder first, and `npm start`, which leaves the pages
 * its last rebuild put in place, removes one before Eleventy writes it anew. Entries the last
 * build did not use are removed, so the cache holds about one site's pages.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { codeVersion } from "./code-version.js";

/** Bumped when what an entry holds changes; code and template changes are seen by `codeVersion`. */
const CACHE_FORMAT = "pages 1";

/** What a page is printed with besides its view: templates, layouts, the code that registers them. */
const TEMPLATE_SOURCES = ["pages", "_includes", ".eleventy.ts", "src", "package-lock.json"];

const ENTRY = /^[0-9a-f]{64}$/;

/** Where a view's page is written, under the output folder (`/2025/03/17/index.html`). */
type PathOf<V> = (view: V) => string;

const permalinkOf = (view: { permalink: string }): string => view.permalink;

/** How the last build's pages came. */
export interface RenderCounts {
  /** Pages put in place from the cache. */
  restored: number;
  /** Pages Eleventy rendered that the cache now keeps. */
  saved: number;
}

export class RenderCache {
  private build: { output: string; base: string; entries: Set<string> } | null = null;
  /** Key of each page Eleventy is to render, by its output path. */
  private readonly toSave = new Map<string, string>();
  private readonly used = new Set<string>();
  /** Pages to put in place from the cache, and the lanes doing it. */
  private readonly toRestore: { entry: string; out: string }[] = [];
  private restoring: Promise<void>[] = [];
  private readonly folders = new Map<string, Promise<unknown>>();
  private restored = 0;
  /**
   * The pages of the last build into the same folder, by path, with their keys: `npm start` does
   * not empty the folder of them, so an unchanged page is not even linked again.
   */
  private inPlace = new Map<string, string>();
  private written = new Map<string, string>();
  private lastOutput: string | null = null;
  /**
   * Each view's key, with the hash of what else its kind's pages print (`select`): `npm start`'s
   * rebuilds hand over the same view objects for the issues a save did not touch
   * (`src/shape/issue-views.ts`), whose keys need not be hashed again.
   */
  private readonly keys = new WeakMap<object, { shared: string; key: string }>();

  constructor(readonly dir: string) {}

  /**
   * Starts a build writing into `output` (emptied already, but for `wrote`), whose pages all share `shared` (the
   * problems shown on every page, …). Null for a build that writes no files: nothing is cached.
   */
  begin(output: string | null, shared: unknown): void {
    this.toSave.clear();
    this.used.clear();
    this.toRestore.length = 0;
    this.restoring = [];
    this.folders.clear();
    this.written = new Map();
    this.restored = 0;
    // Pages left in another folder are no concern of this build's.
    if (output !== this.lastOutput) this.inPlace = new Map();
    this.lastOutput = output;
    this.build = output
      ? {
          output,
          base: `${codeVersion(CACHE_FORMAT, TEMPLATE_SOURCES)}\0${JSON.stringify(shared)}`,
          entries: new Set(existsSync(this.dir) ? readdirSync(this.dir) : []),
        }
      : null;
  }

  /**
   * The views of `kind` (the template that prints them) whose pages Eleventy must render; the
   * others' pages are put in the output from the cache, on the thread pool while Eleventy renders
   * (`finish` waits for them). `shared` is what else every page of the kind prints (the chrome);
   * `pathOf` where a view's page is written (its `permalink`, unless told otherwise).
   */
  select<V extends object>(
    kind: string,
    views: readonly V[],
    shared: unknown,
    pathOf: PathOf<V> = permalinkOf as PathOf<V>,
  ): V[] {
    const build = this.build;
    if (!build) return [...views];
    const base = createHash("sha256").update(`${build.base}\0${kind}\0${JSON.stringify(shared)}`);
    const sharedKey = base.copy().digest("hex");
    const keyOf = (view: V): string => {
      const known = this.keys.get(view);
      if (known?.shared === sharedKey) return known.key;
      const key = base.copy().update(JSON.stringify(view)).digest("hex");
      this.keys.set(view, { shared: sharedKey, key });
      return key;
    };
    const rendered = views.filter((view) => {
      const key = keyOf(view);
      const out = join(build.output, pathOf(view));
      this.used.add(key);
      this.written.set(out, key);
      const cached = build.entries.has(key);
      // Left by the last build (`npm start`): in place already, or to go before it is written anew
      // (Eleventy writes into a file as it is, and this one may be a link to an entry).
      const there = this.inPlace.has(out) && existsSync(out);
      if (cached && there && this.inPlace.get(out) === key) this.restored++;
      else {
        if (there) unlinkSync(out);
        if (cached) this.toRestore.push({ entry: join(this.dir, key), out });
        else this.toSave.set(out, key);
      }
      return !cached;
    });
    while (this.restoring.length < RESTORE_LANES) this.restoring.push(this.restoreLane());
    return rendered;
  }

  /**
   * After Eleventy wrote its pages: waits for the pages from the cache, keeps those Eleventy
   * rendered, and with `prune` drops the entries no page used (not while `npm start` shows an
   * archive's errors instead of its pages).
   */
  async finish(prune = true): Promise<RenderCounts> {
    await Promise.all(this.restoring);
    let saved = 0;
    mkdirSync(this.dir, { recursive: true });
    for (const [out, key] of this.toSave) {
      const entry = join(this.dir, key);
      if (!existsSync(entry) && existsSync(out) && linkOrCopy(out, entry)) saved++;
    }
    const counts = { restored: this.restored, saved };
    if (this.build) {
      // Pages of the last build that this one has not (a deleted issue's): gone, with their folders.
      for (const out of this.inPlace.keys()) if (!this.written.has(out)) removePage(out, this.build.output);
      this.inPlace = this.written;
      if (prune) this.prune();
    } else this.inPlace = new Map();
    this.build = null;
    this.toSave.clear();
    return counts;
  }

  /** Whether `path` is a page the last build put in place (`npm start` leaves it for this one). */
  wrote(path: string): boolean {
    return this.inPlace.has(path);
  }

  /** Puts pages from the cache in place until none is left to put. */
  private async restoreLane(): Promise<void> {
    // Taken after a tick, so that every kind's pages are queued before the lanes can run dry.
    await Promise.resolve();
    for (let page = this.toRestore.pop(); page; page = this.toRestore.pop()) {
      const folder = dirname(page.out);
      let made = this.folders.get(folder);
      if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      await link(page.entry, page.out).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT")
          throw new Error(
            `render cache: ${page.entry} was removed during the build (another build using ` +
              `${this.dir} at the same time?): build again`,
          );
        if (error.code !== "EXDEV" && error.code !== "EPERM") throw error;
        await copyFile(page.entry, page.out);
      });
      this.restored++;
    }
  }

  private prune(): void {
    for (const name of readdirSync(this.dir))
      if (ENTRY.test(name) && !this.used.has(name)) unlinkSync(join(this.dir, name));
  }
}

/** Removes the page at `out` and the folders it leaves empty, up to `output`. */
function removePage(out: string, output: string): void {
  rmSync(out, { force: true });
  for (let folder = dirname(out); folder.startsWith(output) && folder !== output; folder = dirname(folder))
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty
    }
}

/** Pages linked at once: the links and folders are made on libuv's threads, beside the render. */
const RESTORE_LANES = 8;

/**
 * Hard-links `from` to `to`, or copies it across file systems (under a name of its own, renamed
 * into place: a reader never sees half a file); false when `from` is missing or `to` exists.
 */
function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EEXIST") return false;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    const temp = `${to}.${randomBytes(4).toString("hex")}`;
    copyFileSync(from, temp);
    renameSync(temp, to);
    return true;
  }
}
