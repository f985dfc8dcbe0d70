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
 * (copied across file systems), as the search shards are, on the file worker (`file-jobs.ts`), so
 * nothing may write into a page in place: a build leaves in the output folder only the pages the
 * last build put there from the cache (`placed.json`), links over those whose key changed, and
 * removes one before Eleventy writes it anew. Entries the last build did not use are removed, so
 * the cache holds about one site's pages.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  unlinkSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { codeVersion } from "./code-version.js";
import { FileJobs, type FileJob } from "./file-jobs.js";
import { writeWhole } from "./write-whole.js";

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
  /** Puts pages from the cache in place, beside the render. */
  private readonly files = new FileJobs();
  /** Pages in place already, and pages sent to be linked from the cache. */
  private restored = 0;
  private linked = 0;
  /**
   * The pages of the last build into the same folder, by path, with their keys: no build empties
   * the folder of them, so an unchanged page is not even linked again. Those of this process's
   * last build (`npm start`) are taken as they are; those a build before it left (`placed.json`)
   * are checked to be the cache's files (`verify`).
   */
  private inPlace = new Map<string, string>();
  private verify = false;
  private written = new Map<string, string>();
  private lastOutput: string | null = null;
  /**
   * Each view's key, with the hash of what else its kind's pages print (`select`): `npm start`'s
   * rebuilds hand over the same view objects for the issues a save did not touch
   * (`src/shape/issue-views.ts`), whose keys need not be hashed again.
   */
  private readonly keys = new WeakMap<object, { shared: string; key: string }>();

  /** The pages the last build put in place, and where (`readPlaced`). */
  private readonly placedFile: string;

  constructor(readonly dir: string) {
    this.placedFile = join(dir, "placed.json");
  }

  /**
   * Starts a build writing into `output` (to be emptied but for `wrote`), whose pages all share
   * `shared` (the problems shown on every page, …). Null for a build that writes no files:
   * nothing is cached.
   */
  begin(output: string | null, shared: unknown): void {
    this.toSave.clear();
    this.used.clear();
    this.written = new Map();
    this.restored = 0;
    this.linked = 0;
    // Pages left in another folder are no concern of this build's.
    if (output !== this.lastOutput) {
      this.inPlace = output ? readPlaced(this.placedFile, output) : new Map();
      this.verify = true;
    }
    this.lastOutput = output;
    // Written again when the build is done: a build that dies half-way leaves no list to trust.
    rmSync(this.placedFile, { force: true });
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
   * others' pages are put in the output from the cache, on a thread of their own while Eleventy
   * renders (`finish` waits for them). `shared` is what else every page of the kind prints (the
   * chrome); `pathOf` where a view's page is written (its `permalink`, unless told otherwise).
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
    const jobs: FileJob[] = [];
    const failure = `render cache: could not put a page in place from ${this.dir} (another build using it at the same time?): build again`;
    const rendered = views.filter((view) => {
      const key = keyOf(view);
      const out = join(build.output, pathOf(view));
      this.used.add(key);
      this.written.set(out, key);
      const cached = build.entries.has(key);
      // Left by the last build: in place already (this process's own, `npm start`), or linked
      // over (a file there that is the entry already is left); one to be written anew goes first
      // (Eleventy writes into a file as it is, and this one may be a link to an entry).
      const there = this.inPlace.has(out);
      if (cached && there && !this.verify && this.inPlace.get(out) === key && existsSync(out))
        this.restored++;
      else if (cached) {
        jobs.push({ kind: "link", from: join(this.dir, key), to: out, failure });
        this.linked++;
      } else {
        if (there) rmSync(out, { force: true });
        // Eleventy makes a page's folder as it writes it, on the main thread: ~35,000 in a clean
        // build of a year, made here beforehand while the main thread shapes the rest.
        else jobs.push({ kind: "folder-for", to: out });
        this.toSave.set(out, key);
      }
      return !cached;
    });
    this.files.send(jobs);
    return rendered;
  }

  /**
   * After Eleventy wrote its pages: waits for the pages from the cache, keeps those Eleventy
   * rendered, and with `prune` drops the entries no page used (not while `npm start` shows an
   * archive's errors instead of its pages).
   */
  async finish(prune = true): Promise<RenderCounts> {
    await this.files.flush();
    this.restored += this.linked;
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
      this.verify = false;
      writePlaced(this.placedFile, this.build.output, this.written);
      if (prune) this.prune();
    } else this.inPlace = new Map();
    this.build = null;
    this.toSave.clear();
    return counts;
  }

  /** Whether `path` is a page the last build put in place (emptying the output leaves it for this one). */
  wrote(path: string): boolean {
    return this.inPlace.has(path);
  }

  private prune(): void {
    for (const name of readdirSync(this.dir))
      if (ENTRY.test(name) && !this.used.has(name)) unlinkSync(join(this.dir, name));
  }
}

/**
 * The pages the last build into `output` put there, with their keys; none when it was another
 * folder, or a build that did not finish.
 */
function readPlaced(file: string, output: string): Map<string, string> {
  try {
    const placed = JSON.parse(readFileSync(file, "utf8")) as { output?: unknown; pages?: unknown };
    if (placed.output === output && Array.isArray(placed.pages))
      return new Map((placed.pages as [string, string][]).map(([path, key]) => [join(output, path), key]));
  } catch {
    // None (a first build, or one that did not finish): the folder is emptied of every page.
  }
  return new Map();
}

function writePlaced(file: string, output: string, pages: Map<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const relative = [...pages].map(([out, key]) => [out.slice(output.length), key]);
  writeWhole(file, JSON.stringify({ output, pages: relative }));
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
    writeWhole(to, (temp) => copyFileSync(from, temp));
    return true;
  }
}
