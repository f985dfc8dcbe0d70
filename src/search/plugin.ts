/** Full-text search with Pagefind (placeholder until search lands). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";

export function searchPlugin(_eleventyConfig: UserConfig, _options: { getArchive: () => Archive }): void {}
