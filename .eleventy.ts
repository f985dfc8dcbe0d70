/**
 * Eleventy wiring only: load the archive once per build, hand it to the site, feed and search plugins.
 * Run with tsx's loader: `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`
 * (package.json's `build` and `start`; src/build/command.ts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join, resolve } from "node:path";
import { buildPathPrefix } from "./src/load/or-throw.js";
import { sitePlugin } from "./src/shape/plugin.js";
import { feedsPlugin } from "./src/feeds/plugin.js";
import { searchPlugin } from "./src/search/plugin.js";
import { dataPlugin } from "./src/data/plugin.js";
import { BuildProgress, readCounts } from "./src/build/progress.js";
import type { EncodedPrints } from "./src/prints/image.js";
import { printsCacheDir, processPrints } from "./src/prints/process.js";
import { emptyOutputFolder } from "./src/build/output-folder.js";
import { archiveSource, type RunMode } from "./src/build/archive-source.js";
import { watchDeletions } from "./src/build/watch-deletions.js";
import { RenderCache } from "./src/build/render-cache.js";
import { BUNDLE_DIR } from "./src/search/manifest.js";

/** Where the archive's content (`archive.yaml`, `issues/`) lives; tests and the benchmark point it elsewhere. */
const archiveRoot = resolve(process.env.ARCHIVE_ROOT ?? ".");
/**
 * What builds keep for the next (CI restores and saves this folder): page readings, search shards,
 * rendered pages, the data files' sizes.
 */
const cacheDir = resolve(archiveRoot, process.env.ARCHIVE_CACHE_DIR ?? ".cache");

/** What Eleventy tells `eleventy.before` listeners. */
interface BuildEvent {
  directories: { output: string };
  outputMode: "fs" | "json" | "ndjson";
  runMode: RunMode;
}

export default async function (eleventyConfig: UserConfig): Promise<{ pathPrefix: string }> {
  // One line per stage instead of one per written file (`src/build/progress.ts`).
  eleventyConfig.setQuietMode(true);
  // The first build's progress begins here, with its pages read ahead (below).
  let progress = new BuildProgress();
  progress.start("parse");
  let first = true;
  const source = archiveSource(
    archiveRoot,
    process.env.ARCHIVE_PATH_PREFIX,
    (archive, warnings) => progress.readDone(readCounts(archive, warnings)),
    resolve(cacheDir, "readings"),
  );
  const getArchive = source.archive;
  // A clean build reads its pages on every core before the first load (`ReadingCache.readAhead`).
  await source.readAhead();
  const renderCache = new RenderCache(resolve(cacheDir, "pages"));
  let prints: EncodedPrints = new Map();
  // Reload on every build so that `npm start` picks up a librarian's edits (and shows its errors).
  eleventyConfig.on("eleventy.before", async ({ directories, outputMode, runMode }: BuildEvent) => {
    if (!first) {
      progress = new BuildProgress();
      progress.start("parse");
    }
    first = false;
    source.reload(runMode);
    // Only a build that will be written replaces the last one: what it leaves is what it wrote.
    // Emptied before the prints are written into it, but for the search index's folder and the
    // pages the last build put in place from the render cache: the indexer and the cache remove
    // what they do not write again, and leave what did not change where it is (not even linked
    // again: a daily build into the last build's folder, as CI restores it, links a few hundred).
    const output = resolve(directories.output);
    renderCache.begin(outputMode === "fs" ? output : null, source.problems());
    const keep = (path: string): boolean => path === BUNDLE_DIR || renderCache.wrote(join(output, path));
    if (outputMode === "fs") emptyOutputFolder(output, [archiveRoot, process.cwd()], keep);
    progress.start("images");
    const options = {
      root: archiveRoot,
      cacheDir: printsCacheDir(archiveRoot),
      outputDir: directories.output,
    };
    prints = await processPrints(getArchive(), options);
    progress.imagesDone(prints.size);
    progress.start("render");
  });
  // Registered before the plugins' listeners: the search index, built meanwhile, ends the build.
  eleventyConfig.on("eleventy.after", async ({ results }: { results: unknown[] }) => {
    // An archive with errors shows them on no pages of its own: its pages stay in the cache.
    const cached = await renderCache.finish(source.problems() === null);
    progress.renderDone(results.length, cached.restored);
  });
  eleventyConfig.addWatchTarget(resolve(archiveRoot, "issues"));
  eleventyConfig.addWatchTarget(resolve(archiveRoot, "archive.yaml"));
  if (process.env.ELEVENTY_RUN_MODE !== "build")
    eleventyConfig.addWatchTarget(watchDeletions(resolve(archiveRoot, "issues")));
  eleventyConfig.addGlobalData("archiveProblems", source.problems);

  eleventyConfig.addPlugin(sitePlugin, { getArchive, getPrints: () => prints, renderCache });
  eleventyConfig.addPlugin(feedsPlugin, { getArchive, renderCache });
  eleventyConfig.addPlugin(searchPlugin, {
    getArchive,
    cacheDir: resolve(cacheDir, "search"),
    progress: () => progress,
  });
  eleventyConfig.addPlugin(dataPlugin, {
    getArchive,
    renderCache,
    sizesFile: resolve(cacheDir, "data", "sizes.json"),
  });

  // The pages make their links with the prefix themselves (src/shape/urls.ts); Eleventy's own
  // pathPrefix makes `npm start` serve the site under it too, so those links work there. Read once:
  // a change to archive.yaml's pathPrefix needs a restart of `npm start`.
  return { pathPrefix: buildPathPrefix(archiveRoot, process.env.ARCHIVE_PATH_PREFIX) };
}

export const config = {
  dir: { input: "pages", includes: "../_includes", data: "../_data", output: "_site" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
