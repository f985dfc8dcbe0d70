/**
 * `npm run parse -- FILE [--json] [--language zh-CN|en] [--headlines before|after]`
 *
 * Prints the reading of one page file: a readable outline by default; with `--json`, exactly the
 * schema of the corpus readings (test/fixtures/corpus/README.md), for the segmentation scorer.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { toCorpusJson } from "../corpus/reading-json.js";
import { explainPage, type LineReading } from "../read/explain.js";
import { guessLanguage, readPage } from "../read/index.js";
import type { HeadlinePosition, Item, PageReading } from "../read/types.js";

interface Args {
  file: string;
  json: boolean;
  explain: boolean;
  language: string | null;
  headlinePosition: HeadlinePosition | undefined;
}

const USAGE =
  "usage: npm run parse -- FILE [--json | --explain] [--language zh-CN|en] [--headlines before|after]";

/** The options, or an error that names the bad option and shows the usage. */
function parseOptions(argv: string[]) {
  try {
    return parseOptionsStrict(argv);
  } catch (error) {
    const bad = /'(-[^']+)'/u.exec((error as Error).message)?.[1];
    throw new Error(`unknown option ${bad ?? argv.join(" ")}\n${USAGE}`, { cause: error });
  }
}

function parseOptionsStrict(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      language: { type: "string" },
      headlines: { type: "string" },
    },
  });
}

function readArgs(argv: string[]): Args {
  const { values, positionals } = parseOptions(argv);
  const headlines = values.headlines;
  if (headlines !== undefined && headlines !== "before" && headlines !== "after")
    throw new Error(`--headlines takes before or after\n${USAGE}`);
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? USAGE : `one file only\n${USAGE}`);
  return {
    file: positionals[0]!,
    json: values.json,
    explain: values.explain,
    language: values.language ?? null,
    headlinePosition:
      headlines === undefined ? undefined : headlines === "before" ? "before-body" : "after-body",
  };
}

function outlineItem(item: Item, index: number): string[] {
  const out = [`${index + 1}. [${item.kind}] lines ${item.lines.first}–${item.lines.last}`];
  const field = (name: string, value: string | null): void => {
    if (value) out.push(`   ${name}: ${value}`);
  };
  field("kicker", item.kicker);
  field("headline", item.headline);
  field("subtitle", item.subtitle);
  field("byline", item.byline);
  if (item.reporters.length > 0) field("reporters", item.reporters.join(", "));
  if (item.correspondents.length > 0) field("correspondents", item.correspondents.join(", "));
  field("dateline", item.dateline && item.place ? `${item.dateline} (${item.place})` : item.dateline);
  for (const block of item.blocks) {
    const text = Array.from(block.text);
    const short = text.length > 60 ? `${text.slice(0, 60).join("")}…` : block.text;
    out.push(`   ${block.type === "subhead" ? "##" : "¶"} ${short}`);
  }
  return out;
}

/** The readable outline of a reading. */
function outline(file: string, reading: PageReading): string {
  const lines = [`${file}: ${reading.items.length} items, headlines ${reading.headlinePosition}`];
  reading.items.forEach((item, i) => lines.push(...outlineItem(item, i)));
  for (const w of reading.warnings) lines.push(`${file}:${w.line}: warning ${w.code}: ${w.message}`);
  return lines.join("\n");
}

/** Each line of the page file with its role, its item and why: `12 headline [3] 田里… — why`. */
function explanation(file: string, lines: LineReading[]): string {
  const out = [`${file}: each line's role, [item], and why`];
  for (const l of lines) {
    if (l.role === "blank") continue;
    const item = l.item === null ? "" : `[${l.item}]`;
    out.push(`${String(l.no).padStart(5)} ${l.role.padEnd(12)} ${item.padEnd(5)} ${l.text}  — ${l.why}`);
  }
  return out.join("\n");
}

function main(): void {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    console.error(
      `${args.file}: cannot read the page file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
    process.exitCode = 1;
    return;
  }
  if (args.explain) {
    console.log(explanation(args.file, explainPage(text, { headlinePosition: args.headlinePosition })));
    return;
  }
  const reading = readPage(text, { headlinePosition: args.headlinePosition });
  if (args.json) {
    const language = args.language ?? guessLanguage(text);
    console.log(JSON.stringify(toCorpusJson(basename(args.file), language, reading), null, 1));
  } else console.log(outline(args.file, reading));
}

main();
