/**
 * Data downloads (`files.ts`): the files are printed by one virtual template, the `data/` page by
 * `pages/data.njk` with the site's layout. Shaped once per loaded archive, like the site.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";
import { shapeContext } from "../shape/context.js";
import { dataFiles, DataFileSizes, type DataFile } from "./files.js";
import { dataIndexView, type DataIndexView } from "./index-page.js";
import type { RenderCache } from "../build/render-cache.js";

/** Global data key of the data downloads. */
const dataKey = "archiveData";

export interface ArchiveData {
  /** Every file to write, as it is. */
  files: DataFile[];
  /** The `data/` page, in a one-element array (paged over with `alias: view`, like the site's pages). */
  index: DataIndexView[];
}

/** `sizes` keeps the files' sizes for the next build (`npm start`'s rebuilds share one). */
export function shapeData(archive: Archive, sizes?: DataFileSizes): ArchiveData {
  const ctx = shapeContext(archive.config);
  const files = dataFiles(ctx, archive, sizes);
  return {
    files: [
      ...files.issues.flatMap((i) => [i.json, i.ris, i.csl]),
      ...files.years.map((y) => y.jsonl),
      ...files.schemas.map((s) => s.file),
    ],
    index: [dataIndexView(ctx, files)],
  };
}

export function dataPlugin(
  eleventyConfig: UserConfig,
  options: {
    getArchive: () => Archive;
    renderCache?: RenderCache;
    /** Where the files' sizes are kept between builds (`DataFileSizes`). */
    sizesFile?: string;
  },
): void {
  const shaped = new WeakMap<Archive, ArchiveData>();
  const sizes = new DataFileSizes(options.sizesFile);
  eleventyConfig.addGlobalData(dataKey, (): ArchiveData => {
    const archive = options.getArchive();
    let data = shaped.get(archive);
    if (!data) {
      data = shapeData(archive, sizes);
      // The files whose text did not change are put in place from the cache, not printed again.
      if (options.renderCache)
        data = { ...data, files: options.renderCache.select("data", data.files, null) };
      shaped.set(archive, (data = Object.freeze(data)));
    }
    return data;
  });
  eleventyConfig.addTemplate("data/file.njk", "{{ file.body | safe }}", {
    layout: false,
    eleventyExcludeFromCollections: true,
    pagination: { data: `${dataKey}.files`, size: 1, alias: "file" },
    eleventyComputed: { permalink: (data: { file: DataFile }) => data.file.permalink },
  });
}
