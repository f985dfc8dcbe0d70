/**
 * Characters a reader cannot see that change what the text is: zero-width characters and stray
 * byte-order marks (OCR and copy-paste leave them; they split words for search and links), the
 * noncharacter U+FFFE, and bidi controls, which turn the text after them around wherever it is
 * shown (a title, a list on another page). Pure.
 *
 * Each kind is reported once per page, at its first place, with how many more there are. Bidi
 * controls are also taken out of the text the page is read from (`withoutBidiControls`), so none
 * can reach a page, a feed or the search index; the others stay in the text, and search and URLs
 * ignore them (`foldInvisible` in src/search/tokens.ts).
 */

/** Every invisible character reported, with the name a librarian is told. */
const NAMES: Record<string, string> = {
  "\u200B": "zero-width space",
  "\u200C": "zero-width non-joiner",
  "\u200D": "zero-width joiner",
  "\u2060": "word joiner",
  "\uFEFF": "byte-order mark inside the text",
  "\uFFFE": "noncharacter, a byte-swapped byte-order mark",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
};

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\uFFFE\u202A-\u202E\u2066-\u2069]/gu;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const isBidiControl = (char: string): boolean => /^[\u202A-\u202E\u2066-\u2069]$/u.test(char);

/** One kind of invisible character in a page: where it first stands, and how often it occurs. */
export interface InvisibleFound {
  codePoint: string;
  name: string;
  /** A bidi control, which is left out of the published text. */
  bidi: boolean;
  line: number;
  column: number;
  more: number;
}

/** The invisible characters of `text` (line ends normalised), one entry per kind, in text order. */
export function findInvisible(text: string): InvisibleFound[] {
  const found = new Map<string, InvisibleFound>();
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    for (const match of line.matchAll(INVISIBLE)) {
      const char = match[0];
      const seen = found.get(char);
      if (seen) {
        seen.more++;
        continue;
      }
      found.set(char, {
        codePoint: `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
        name: NAMES[char] ?? "invisible character",
        bidi: isBidiControl(char),
        line: i + 1,
        column: [...line.slice(0, match.index)].length + 1,
        more: 0,
      });
    }
  });
  return [...found.values()];
}

/** `text` without bidi controls: what the page is read from and what the site shows. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, "");
