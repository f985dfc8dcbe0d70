/**
 * Full-text search: index the archive (straight from the model, not from the rendered pages) into
 * `<output>/pagefind/` and bundle the search page's script. The index needs nothing Eleventy
 * renders, so `npm run build` builds it first, on every core (`index-lanes.ts`), and renders once
 * every shard is on a lane and the pair directory is made: a year's render holds ~2.2 GB of pages
 * in Eleventy's memory at its end, and Pagefind's processes beside it all along would take the
 * build past 3 GB; the last shards' Pagefind, the files linked from the cache and the directory's
 * files (on a thread of their own, `file-jobs.ts`) finish while the render begins. A daily build,
 * with one shard to index, thus renders almost at once. Under `npm start` a rebuild never waits:
 * its pages are served as soon as they are written, and the search index (the edited shard, the
 * pair directory) follows a few seconds later; the next rebuild's index starts once this one's is
 * done. The search page itself is `pages/search.njk`, printing `searchPage` (see `view.ts`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import type { Archive } from "../model.js";
import type { BuildProgress } from "../build/progress.js";
import { bundleClient } from "./bundle.js";
import { indexArchive, type IndexReport } from "./indexer.js";
import { CLIENT_DIR, searchPageView } from "./view.js";

export interface SearchPluginOptions {
  getArchive: () => Archive;
  /** Where indexed shards are kept between builds (`shard-cache.ts`). */
  cacheDir: string;
  /** The current build's progress lines. */
  progress: () => BuildProgress;
}

/** Eleventy's event argument; `directories`, not the deprecated `dir`: only it honours `--output`. */
interface BuildEvent {
  directories: { output: string };
  runMode: "build" | "serve" | "watch";
}

export function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  eleventyConfig.addGlobalData("searchPage", () => searchPageView(options.getArchive()));
  let indexing: Promise<IndexReport> | null = null;
  /** The last build's index, done or not: the next one starts after it. */
  let last: Promise<unknown> = Promise.resolve();
  let inBackground = false;
  // Registered after the listener that loads the archive, so the archive is there.
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: BuildEvent) => {
    const progress = options.progress();
    const archive = options.getArchive();
    inBackground = runMode !== "build";
    progress.start("search");
    // Tests and the benchmark may set a smaller shard size to exercise several shards.
    const maxRecordsPerShard = Number(process.env.ARCHIVE_SEARCH_SHARD_RECORDS) || undefined;
    let assembled: () => void = () => undefined;
    const directoryMade = new Promise<void>((resolve) => (assembled = resolve));
    indexing = last
      .then(() =>
        indexArchive(archive, directories.output, {
          maxRecordsPerShard,
          cacheDir: options.cacheDir,
          onAssembled: assembled,
          onShard: (shard, done, of) => {
            if (shard.source === "indexed")
              progress.shardIndexed(shard.key, shard.records, shard.seconds, done, of);
          },
        }),
      )
      .then((report) => {
        progress.searchDone({
          shards: report.shards.length,
          indexed: report.shards.filter((s) => s.source === "indexed").length,
          items: report.records,
        });
        return report;
      });
    // Awaited after rendering under `npm start`; until then a failure must not count as unhandled.
    last = indexing.catch(() => undefined);
    if (inBackground) return;
    // A failed index ends the wait here, and the build at `eleventy.after`.
    await Promise.race([directoryMade, indexing.catch(() => undefined)]);
    progress.start("render");
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: BuildEvent) => {
    await bundleClient(join(directories.output, CLIENT_DIR));
    if (!indexing) throw new Error("search: the index was not started before the build ended");
    // The index's line and the summary come from `progress` (`searchDone`) when it is done.
    const done = indexing;
    indexing = null;
    if (!inBackground) return done;
    // `npm start`: Eleventy serves the pages now; a failure of the index is shown when it comes.
    done.catch((error: unknown) =>
      console.error(`[search] ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}
