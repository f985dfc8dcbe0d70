/**
 * The command `npm run build` runs, for the tests and the benchmark that build a site as a child
 * process exactly as a librarian does. package.json's `build` and `start` scripts spell the same
 * arguments (test/build/command.test.ts checks that they agree). The heap ceiling is a Node flag,
 * not `NODE_OPTIONS=…` before the command, so the scripts run in Windows shells as well.
 */

/** Eleventy's command-line entry, run by Node with tsx's loader so the config can be TypeScript. */
const ELEVENTY_CLI = "node_modules/@11ty/eleventy/cmd.cjs";

/**
 * Node's flags for every build: a 12 GB heap ceiling (Node's default, about 4 GB, runs out on four
 * years of a daily; see docs/performance.md); a heap that grows by 20 % past what the last full
 * collection kept, not by up to 4× as V8 lets a heap with a high ceiling (a year's render, ~2.2 GB
 * live, then held 3.5 GB; with this 2.7 GB); a young generation of 64 MB semi-spaces, not 16 MB:
 * the render makes much short-lived garbage, and fewer, larger scavenges take a year's render
 * ~19 % less time for ~130 MB more at its peak; and tsx's loader.
 */
const NODE_FLAGS = [
  "--max-old-space-size=12288",
  "--heap-growing-percent=20",
  "--max-semi-space-size=64",
  "--import",
  "tsx",
];

/** Arguments to `node` that run Eleventy with `config`, then `eleventyArgs` (`--output=…`, `--serve`). */
export const eleventyNodeArgs = (config: string, eleventyArgs: string[] = []): string[] => [
  ...NODE_FLAGS,
  ELEVENTY_CLI,
  `--config=${config}`,
  ...eleventyArgs,
];

/** The archive's own Eleventy config. */
export const SITE_CONFIG = ".eleventy.ts";
