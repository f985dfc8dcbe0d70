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
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;

/**
 * What both text and queries become before pairing: full-width digits and letters as ASCII, lower
 * case, no whitespace. Chinese punctuation stays as printed (NFKC would turn ，into , and the
 * excerpts, which are this text, would read wrong).
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/\s+/gu, "");
}

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
export function fieldTokens(text: string): string[] {
  const chars = [...normalizeForSearch(text)];
  return chars.map((c, i) => encodeChar(c) + (i + 1 < chars.length ? encodeChar(chars[i + 1] ?? "") : ""));
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
export function fieldNumberTokens(text: string): string[] {
  const normalized = normalizeForSearch(text);
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
 * Quotes a reader typed around the whole query are dropped: every query is already exact.
 */
export function searchQuery(query: string): SearchQuery | null {
  const normalized = normalizeForSearch(query.replace(/^\s*["“”]+|["“”]+\s*$/gu, ""));
  const chars = [...normalized];
  if (chars.length < MIN_QUERY_CHARS) return null;
  const pairs = chars.slice(0, -1).map((c, i) => encodeChar(c) + encodeChar(chars[i + 1] ?? ""));
  // A two-character query is its own pair, exact as it is.
  return { normalized, pairs, number: pairs.length > 1 ? numberQueryToken(normalized) : null };
}
