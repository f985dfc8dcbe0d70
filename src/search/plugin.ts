/**
 * Full-text search: after Eleventy has written the site, index the archive (straight from the
 * model, not from the rendered pages) into `<output>/pagefind/` and bundle the search page's script.
 * The search page itself is `pages/search.njk`, printing `searchPage` (see `view.ts`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import type { Archive } from "../model.js";
import type { BuildProgress } from "../build/progress.js";
import { bundleClient } from "./bundle.js";
import { indexArchive } from "./indexer.js";
import { CLIENT_DIR, searchPageView } from "./view.js";

export interface SearchPluginOptions {
  getArchive: () => Archive;
  /** Where indexed shards are kept between builds (`shard-cache.ts`). */
  cacheDir: string;
  /** The current build's progress lines. */
  progress: () => BuildProgress;
}

export function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
  eleventyConfig.addGlobalData("searchPage", () => searchPageView(options.getArchive()));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const archive = options.getArchive();
    const progress = options.progress();
    // `directories`, not the deprecated `dir`: only it honours `--output` from the command line.
    await bundleClient(join(directories.output, CLIENT_DIR));
    // Tests and the benchmark may set a smaller shard size to exercise several shards.
    const maxRecordsPerShard = Number(process.env.ARCHIVE_SEARCH_SHARD_RECORDS) || undefined;
    const report = await indexArchive(archive, directories.output, {
      maxRecordsPerShard,
      cacheDir: options.cacheDir,
      onShard: (shard, done, of) => {
        if (shard.source === "indexed")
          progress.shardIndexed(shard.key, shard.records, shard.seconds, done, of);
      },
    });
    progress.searchDone({
      shards: report.shards.length,
      indexed: report.shards.filter((s) => s.source === "indexed").length,
      items: report.records,
    });
  });
}
