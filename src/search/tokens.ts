/**
 * Exact substring search on top of a word index: text is written as overlapping character pairs
 * (新质生产力 → 新质 质生 生产 产力 力), each pair spelled as an ASCII token of code points. Pairs do
 * not depend on context (unlike word segmentation): every occurrence of a query in the text holds
 * every pair of the query, so the records holding a pair are a superset of the records holding
 * the query, which the search page narrows to the exact set by reading the text (`excerpt.ts`).
 * ASCII tokens pass unchanged through every step Pagefind applies to words and queries
 * (lowercasing, punctuation stripping, the Chinese word segmenter of `pagefind.js`).
 *
 * Pure and dependency-free: the build writes records with it and the browser bundle uses it for
 * queries and excerpts, so both sides always agree.
 */

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ): typed and printed both ways. */
const FULL_WIDTH_ALNUM = /^[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/u;

/** Zero-width characters and byte-order marks: OCR and copy-paste leave them inside words. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/** A zero-width character, which search skips as it skips whitespace (`printedPatch` too). */
export const isZeroWidth = (c: string): boolean => /^[\u200B-\u200D\u2060\uFEFF]$/u.test(c);

/**
 * A name as URLs compare it: NFC (OCR emits CJK compatibility ideographs, U+F900–FAFF, which NFC
 * maps to the ideographs typed) and without zero-width characters, so that one person has one
 * address however OCR spelled the name. Search does the same character by character.
 */
export const foldInvisible = (text: string): string => text.normalize("NFC").replace(ZERO_WIDTH, "");

/**
 * Which character each Traditional (or variant) character is searched as: its Simplified form
 * (後 → 后, 髮 → 发, 乾 → 干). Folding both the text and the query to one script makes a query in
 * either script find the text in either script, and loses no hit where one Simplified character
 * stands for several Traditional ones (发 for 發 and 髮). Built from OpenCC's data by `script.ts` at
 * build time; the browser loads the part a query needs (`foldBlock`).
 */
export type CharFold = ReadonlyMap<string, string>;
const NO_FOLD: CharFold = new Map();

/** Any character that may change: everything but ASCII lower case, digits and punctuation. */
const MAY_CHANGE = /[^ -@[-~]/gu;

/**
 * One printed character (not whitespace) as searched: full-width digits and letters as ASCII, lower
 * case, folded to Simplified. Always one character, so that every printed character that is not
 * whitespace is one position of the record (`excerpt.ts` puts the printed text back on them).
 */
export function searchChar(c: string, fold: CharFold = NO_FOLD): string {
  let known = searched.get(fold);
  if (!known) searched.set(fold, (known = new Map()));
  let result = known.get(c);
  if (result === undefined) known.set(c, (result = searchCharOnce(c, fold)));
  return result;
}

/**
 * `searchChar`'s answers, per fold table: a page has a few thousand distinct characters and a
 * year's index some 25 million, so each is worked out once (NFC, case, the fold) and looked up after.
 */
const searched = new WeakMap<CharFold, Map<string, string>>();

function searchCharOnce(c: string, fold: CharFold): string {
  // NFC maps a compatibility ideograph (U+F900–FAFF, as OCR emits them) to the one typed.
  const composed = c.normalize("NFC");
  const base = [...composed].length === 1 ? composed : c;
  const ascii = FULL_WIDTH_ALNUM.test(base) ? String.fromCharCode(base.charCodeAt(0) - 0xfee0) : base;
  const lower = ascii.toLowerCase();
  const one = [...lower].length === 1 ? lower : ascii;
  return fold.get(one) ?? one;
}

/**
 * What both text and queries become before pairing: no whitespace or zero-width characters (so
 * 零宽空格 is found with a zero-width space inside), and every other character as
 * `searchChar` writes it. Chinese punctuation stays as printed (NFKC would turn ，into ,).
 * The one place text is normalized for search: any further normalization belongs here.
 */
export function normalizeForSearch(text: string, fold: CharFold = NO_FOLD): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, "").replace(MAY_CHANGE, (c) => searchChar(c, fold));
}

/** Folder (under the client's folder) of the fold table's blocks: `fold/<block>.json`. */
export const FOLD_DIR = "fold";

/** The block of the fold table holding a character: its code point's 256s, in hex (`後` → `5f`). */
export const foldBlock = (c: string): string => ((c.codePointAt(0) ?? 0) >> 8).toString(16);

/** One character as a token part: 4 hex digits inside the BMP, `g` + 6 hex digits beyond it. */
export function encodeChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return cp <= 0xffff ? cp.toString(16).padStart(4, "0") : `g${cp.toString(16).padStart(6, "0")}`;
}

/** The first character spelled by a token (the token of a pair or of a field's last character). */
export function decodeFirstChar(token: string): string | null {
  const m = /^(?:([0-9a-f]{4})|g([0-9a-f]{6}))/.exec(token);
  if (!m) return null;
  return String.fromCodePoint(parseInt(m[1] ?? m[2] ?? "", 16));
}

/**
 * The tokens of one field (a headline, a paragraph): one per character, in order. Token i spells
 * characters i and i+1; the last spells its character alone, so that token positions are
 * character positions and the text can be read back from the tokens (`excerpt.ts`).
 */
export function fieldTokens(text: string, fold: CharFold = NO_FOLD): string[] {
  const codes = [...normalizeForSearch(text, fold)].map(encodeChar);
  return codes.map((code, i) => code + (codes[i + 1] ?? ""));
}

/** Written between fields so that excerpts can show where one ends; never part of a query. */
export const FIELD_SEPARATOR = "z";
/** Written instead of `FIELD_SEPARATOR` where the body starts, so excerpts can prefer body text. */
export const BODY_START = "y";
/** Written before a record's number tokens, which end it and are not text to read back. */
export const NUMBERS_START = "x";

/** A run of digits and decimal points holding a digit, and the character after it. */
const NUMBER_RUN = /([0-9.]*[0-9][0-9.]*)(?=([^0-9.]))/gu;

const spellRun = (run: string): string => run.replace(/\./g, "p");
/** `n<run, "." as "p">q<next character's code>`: never a pair token, never a separator. */
const numberToken = (run: string, next: string): string => `n${spellRun(run)}q${encodeChar(next)}`;

/**
 * Whole-number tokens of a field: for every run of digits (and decimal points) followed by another
 * character, one token per place the run can be entered, spelling the rest of the run and that
 * character (381.55亿 → 381.55亿, 81.55亿, 1.55亿, .55亿, 55亿, 5亿). A query holding a number
 * followed by a unit is then one rare word (`numberQueryToken`), where its pairs (40, 00, 0亿, 亿元)
 * are all common: it finds the records to read directly, and the directory rules out the shards
 * without it. Costs a token per digit, a few percent of the text.
 */
export function fieldNumberTokens(text: string, fold: CharFold = NO_FOLD): string[] {
  const normalized = normalizeForSearch(text, fold);
  const tokens: string[] = [];
  for (const m of normalized.matchAll(NUMBER_RUN)) {
    const [, run = "", next = ""] = m;
    for (let i = 0; i < run.length; i++) tokens.push(numberToken(run.slice(i), next));
  }
  return tokens;
}

/**
 * The number token a query's occurrences all hold, or null: its first number that is followed by
 * another character in the query. The text's run may start earlier (the query may begin inside a
 * number: 400亿 is in 1400亿), which `fieldNumberTokens` covers by indexing every way in.
 */
export function numberQueryToken(normalized: string): string | null {
  const m = new RegExp(NUMBER_RUN.source, "u").exec(normalized);
  return m ? numberToken(m[1] ?? "", m[2] ?? "") : null;
}

/** A reader's query, ready to plan (`directory.ts`) and to check results against. */
export interface SearchQuery {
  /** The normalized query, which a result's normalized text must contain. */
  normalized: string;
  /** Its pair tokens in order (新质生产力 → 新质 质生 生产 产力), each a word Pagefind holds as is. */
  pairs: string[];
  /** For a query of three or more characters holding a number and its unit, that number's token. */
  number: string | null;
}

/**
 * The shortest query searched. One character cannot be written as a pair, and the bare-prefix
 * search that could find it is not exact: where no token starts with it, Pagefind falls back to
 * near words and returns pages without it (measured, see `docs/search.md`).
 */
export const MIN_QUERY_CHARS = 2;

/**
 * A reader's query as pair tokens, or null when fewer than `MIN_QUERY_CHARS` characters are left.
 * `fold` must hold the query's characters (the browser loads their blocks first).
 * Quotes a reader typed around the whole query are dropped: every query is already exact.
 */
export function searchQuery(query: string, fold: CharFold = NO_FOLD): SearchQuery | null {
  const normalized = normalizeForSearch(query.replace(/^\s*["“”]+|["“”]+\s*$/gu, ""), fold);
  const chars = [...normalized];
  if (chars.length < MIN_QUERY_CHARS) return null;
  const pairs = chars.slice(0, -1).map((c, i) => encodeChar(c) + encodeChar(chars[i + 1] ?? ""));
  // A two-character query is its own pair, exact as it is.
  return { normalized, pairs, number: pairs.length > 1 ? numberQueryToken(normalized) : null };
}
