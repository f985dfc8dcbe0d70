/**
 * `npm run parse -- FILE [--json] [--language zh-CN|en] [--headlines before|after]`
 *
 * Prints the reading of one page file: a readable outline by default; with `--json`, exactly the
 * schema of the corpus readings (test/fixtures/corpus/README.md), for the segmentation scorer.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { guessLanguage, readPage } from "../read/index.js";
import type { HeadlinePosition, Item, PageReading } from "../read/types.js";

interface Args {
  file: string;
  json: boolean;
  language: string | null;
  headlinePosition: HeadlinePosition | undefined;
}

const USAGE = "usage: npm run parse -- FILE [--json] [--language zh-CN|en] [--headlines before|after]";

function parseArgs(argv: string[]): Args {
  const args: Args = { file: "", json: false, language: null, headlinePosition: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") args.json = true;
    else if (arg === "--language") args.language = argv[++i] ?? null;
    else if (arg === "--headlines") {
      const value = argv[++i];
      if (value !== "before" && value !== "after")
        throw new Error(`--headlines takes before or after\n${USAGE}`);
      args.headlinePosition = value === "before" ? "before-body" : "after-body";
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!args.file) args.file = arg;
    else throw new Error(`one file only\n${USAGE}`);
  }
  if (!args.file) throw new Error(USAGE);
  return args;
}

/** The reading in the corpus schema: no line numbers, no warnings. */
function toCorpusJson(source: string, language: string, reading: PageReading): object {
  return {
    source,
    language,
    headlinePosition: reading.headlinePosition,
    items: reading.items.map((item) => ({
      kind: item.kind,
      kicker: item.kicker,
      headline: item.headline,
      subtitle: item.subtitle,
      byline: item.byline,
      reporters: item.reporters,
      correspondents: item.correspondents,
      dateline: item.dateline,
      place: item.place,
      blocks: item.blocks.map((b) => ({ type: b.type, text: b.text })),
    })),
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

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
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
  const reading = readPage(text, { headlinePosition: args.headlinePosition });
  if (args.json) {
    const language = args.language ?? guessLanguage(text);
    console.log(JSON.stringify(toCorpusJson(basename(args.file), language, reading), null, 1));
  } else console.log(outline(args.file, reading));
}

main();
