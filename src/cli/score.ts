/**
 * `npm run score [-- --corpus DIR]`
 *
 * Reads every corpus page in the repository (`test/fixtures/corpus/`: the sample, `dev/`,
 * `typeset/`), scores each reading against its hand-checked one, prints a table per page and
 * totals, and exits 1 when a total falls below the floors committed in `floors.json` or any page
 * lost or invented a character.
 */
import { parseArgs } from "node:util";
import { scoreCorpus } from "../corpus/files.js";
import { scoreTable, shortfalls } from "../corpus/report.js";

function main(): void {
  const { values } = parseArgs({ options: { corpus: { type: "string", default: "test/fixtures/corpus" } } });
  const { pages, floors } = scoreCorpus(values.corpus);
  console.log(scoreTable(pages));
  const short = shortfalls(pages, floors);
  for (const line of short) console.log(`short: ${line}`);
  console.log(short.length === 0 ? "\nscore: every floor holds" : `\nscore: ${short.length} shortfalls`);
  if (short.length > 0) process.exitCode = 1;
}

main();
