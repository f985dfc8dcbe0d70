/**
 * `npm run review [-- --root DIR] [--output FILE]`: write the review page, one HTML file listing
 * every doubtful reading of the archive with its lines, its file and line, and the `@@` line that
 * fixes it (default `_review/index.html`, outside the published `_site/`). Prints where it wrote
 * it and how much there is to check. Exits 0, or 2 on bad usage: doubts are for a person to judge.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadArchive } from "../load/index.js";
import { overridesFromEnv } from "../load/overrides.js";
import { reviewHtml } from "../review/html.js";
import { reviewArchive } from "../review/index.js";

const USAGE = "usage: npm run review -- [--root DIR] [--output FILE]";

function main(argv: string[]): number {
  let root: string;
  let output: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { root: { type: "string" }, output: { type: "string" } },
      strict: true,
    });
    root = resolve(values.root ?? process.env.ARCHIVE_ROOT ?? ".");
    output = resolve(values.output ?? "_review/index.html");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const review = reviewArchive(root, loadArchive(root, overridesFromEnv()));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, reviewHtml(review));
  const doubts = review.pages.reduce((n, p) => n + p.doubts.length, 0);
  process.stdout.write(
    `${doubts} readings to check on ${review.pages.length} pages, ${review.others.length} other problems: ` +
      `open ${relative(process.cwd(), output).startsWith("..") ? output : relative(process.cwd(), output)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
