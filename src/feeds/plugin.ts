/** RSS, Atom and JSON feeds (placeholder until the feeds land). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";

export function feedsPlugin(_eleventyConfig: UserConfig, _options: { getArchive: () => Archive }): void {}
