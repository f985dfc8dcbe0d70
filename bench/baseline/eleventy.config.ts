/**
 * The yardstick: bare Eleventy writing as many pages as the archive build, with the same text,
 * from one paginated Nunjucks template over a data array. Nothing of the project but the stage
 * marks, so that `render / baseline` says what the archive's own templates and data cost.
 * Data file: env `BASELINE_DATA` (JSON array of `{ path, title, paragraphs }`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { readFileSync } from "node:fs";
import { markStage } from "../../src/build/timings.js";

/** One page the baseline writes. */
export interface BaselineItem {
  /** Output path under the site root, without `index.html`. */
  path: string;
  title: string;
  paragraphs: string[];
}

export default function (eleventyConfig: UserConfig): void {
  const dataFile = process.env.BASELINE_DATA;
  if (!dataFile) throw new Error("BASELINE_DATA must name the baseline's JSON data file");
  eleventyConfig.addGlobalData("items", () => JSON.parse(readFileSync(dataFile, "utf8")) as BaselineItem[]);
  eleventyConfig.on("eleventy.before", () => markStage("render", "start"));
  eleventyConfig.on("eleventy.after", () => markStage("render", "end"));
}

export const config = {
  dir: { input: "bench/baseline/pages", output: "bench/.out/baseline-site" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
