/**
 * Reading a printed page: raw page text in, articles and notes out. Pure: no I/O.
 *
 * The stages, each in its own file:
 *   fold.ts     Traditional characters read as Simplified, the reading given back as printed
 *   lines.ts    text → measured lines (line ends normalised)
 *   markup.ts   the librarian's @@ directives taken out
 *   roles.ts    each line: byline, headline-group line (titles.ts), subhead (subheads.ts),
 *               running head or foot, or body text
 *   blocks.ts   lines → units: headline groups, bylines, repaired paragraphs, subheads
 *   position.ts headlines before or after their bodies on this page
 *   items.ts    units → one draft per article or note
 *   finish.ts   drafts → items: headline group, byline, dateline, repaired text
 *   fallback.ts a page with no structure → one note
 */
import { buildUnits, type Unit } from "./blocks.js";
import { hanShare } from "./chars.js";
import { readUnstructured } from "./fallback.js";
import { foldScript, unfoldReading } from "./fold.js";
import { finishItem, type Script } from "./finish.js";
import { draftItems, opensWithDateline, type Draft } from "./items.js";
import { normaliseLineEnds, splitLines } from "./lines.js";
import { readMarkup, type Markup } from "./markup.js";
import { detectHeadlinePosition } from "./position.js";
import { assignForcedRoles, assignRoles, paragraphMode, type LineRoles } from "./roles.js";
import type { HeadlinePosition, PageReading, ReadingWarning, ReadOptions } from "./types.js";

export type { PageReading, ReadOptions } from "./types.js";

/** Does the page show any structure: a headline, a byline, a dateline? */
function hasStructure(units: Unit[]): boolean {
  return units.some((u) => u.kind === "titles" || u.kind === "byline" || opensWithDateline(u));
}

/** Guesses the language of a page's text: `zh-CN` for mostly Chinese text, else `en`. */
export function guessLanguage(text: string): "zh-CN" | "en" {
  return hanShare(text) >= 0.5 ? "zh-CN" : "en";
}

/** Every stage of a page's reading, for the reader itself and for `explainPage`. */
export interface Stages {
  markup: Markup;
  roles: LineRoles;
  position: HeadlinePosition;
  /** The drafts the items were finished from (same indexes), or null for an unstructured page. */
  drafts: Draft[] | null;
  reading: PageReading;
}

/** Reads a page and keeps every stage. */
export function readStages(text: string, options: ReadOptions = {}): Stages {
  const page = normaliseLineEnds(text);
  // Traditional characters are read as Simplified; the reading is given back as printed.
  const folded = foldScript(page);
  const normal = folded.text;
  const markup = readMarkup(splitLines(normal));
  const script: Script = { chinese: guessLanguage(normal) === "zh-CN" };
  const warnings: ReadingWarning[] = [...markup.warnings];
  const lines = markup.lines;
  const mode = paragraphMode(lines);
  // The rules read Chinese pages; a page in another script gets only the librarian's roles.
  const roles = script.chinese
    ? assignRoles(lines, markup.roles, mode)
    : assignForcedRoles(lines, markup.roles, mode);
  const units = buildUnits(lines, roles, markup, mode);
  const forced = new Set(markup.roles.keys());
  const position =
    markup.headlinePosition ?? options.headlinePosition ?? detectHeadlinePosition(units, forced);
  const structured = !markup.plain && (markup.structural || (script.chinese && hasStructure(units)));
  if (!structured) {
    const { item, warning } = readUnstructured(lines, markup, script);
    // A librarian who wrote @@plain knows; only a page read as plain text by default is flagged.
    if (!markup.plain) warnings.push(warning);
    const items = item.blocks.length > 0 ? [item] : [];
    const read = { headlinePosition: position, items, warnings: sortWarnings(warnings) };
    return { markup, roles, position, drafts: null, reading: unfoldReading(read, page, folded) };
  }
  const drafts = draftItems(units, position, forced);
  const items = drafts.map((draft) => finishItem(draft, markup.roles, script, warnings));
  const read = { headlinePosition: position, items, warnings: sortWarnings(warnings) };
  return { markup, roles, position, drafts, reading: unfoldReading(read, page, folded) };
}

/**
 * Reads one page file's text into its articles and notes. Never throws; whatever looks doubtful
 * is in `warnings` with its line. `options.headlinePosition` (from the metadata) wins
 * over detection; the page's own `@@headlines` directive wins over both.
 */
export function readPage(text: string, options: ReadOptions = {}): PageReading {
  return readStages(text, options).reading;
}

function sortWarnings(warnings: ReadingWarning[]): ReadingWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line);
}
