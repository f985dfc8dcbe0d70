/** The reader's pages: hands Eleventy the view models the templates in `pages/` print. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";

export function sitePlugin(eleventyConfig: UserConfig, options: { getArchive: () => Archive }): void {
  eleventyConfig.addGlobalData("archive", () => options.getArchive());
}
