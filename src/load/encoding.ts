/**
 * Which encoding a page that is not UTF-8 was most likely saved in, so that the librarian is told
 * the `iconv` command that converts it rather than a guess that garbles it (`iconv -f GB18030`
 * silently turns Latin-1 text into Han characters). Pure.
 *
 * UTF-16 without a byte-order mark is recognised here (chardet only knows it by its mark): its
 * code units, read the right way round, are text (letters, Han characters, punctuation). Every
 * other encoding is chardet's statistical guess: GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252…
 */
import chardet from "chardet";

/** Below this, chardet's best guess is no better than a guess (a GB18030 page scores 100). */
const MIN_CONFIDENCE = 30;
/** Share of a text's UTF-16 code units that must be text for the file to be UTF-16. */
const MIN_TEXT_SHARE = 0.9;

/** The encoding's name as `iconv -f` takes it (`GB18030`, `UTF-16LE`), or null when unclear. */
export function guessEncoding(bytes: Uint8Array): string | null {
  return utf16WithoutMark(bytes) ?? chardetGuess(bytes);
}

function chardetGuess(bytes: Uint8Array): string | null {
  // chardet names UTF-32 for short files whose length UTF-32 cannot even have.
  const [best] = chardet.analyse(bytes).filter((m) => !/^UTF-32/i.test(m.name) || bytes.length % 4 === 0);
  if (!best || best.confidence < MIN_CONFIDENCE || /^(UTF-8|ASCII)$/i.test(best.name)) return null;
  return best.name.toUpperCase();
}

/**
 * `UTF-16LE` or `UTF-16BE` when the bytes hold a line end written as a UTF-16 unit that way round
 * and read as text that way round. The line end matters: 8-bit text read as UTF-16 looks like Han
 * characters (`ab` is U+6261), but never holds a NUL byte beside a line feed.
 */
export function utf16WithoutMark(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  for (const [name, low] of [
    ["UTF-16LE", 0],
    ["UTF-16BE", 1],
  ] as const)
    if (hasLineEnd(bytes, low) && textShare(bytes, low) >= MIN_TEXT_SHARE) return name;
  return null;
}

function hasLineEnd(bytes: Uint8Array, low: 0 | 1): boolean {
  for (let i = 0; i < bytes.length; i += 2)
    if (bytes[i + 1 - low] === 0 && (bytes[i + low] === 0x0a || bytes[i + low] === 0x0d)) return true;
  return false;
}

/** Share of the code units that are text; `low` is the index of each unit's low byte (0 for LE). */
function textShare(bytes: Uint8Array, low: 0 | 1): number {
  let text = 0;
  const units = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    const unit = bytes[i + low]! | (bytes[i + 1 - low]! << 8);
    if (isTextUnit(unit)) text++;
  }
  return text / units;
}

/** Line ends, tab, printable ASCII and Latin-1, CJK punctuation, Han, kana, full-width forms. */
const isTextUnit = (u: number): boolean =>
  u === 0x09 ||
  u === 0x0a ||
  u === 0x0d ||
  (u >= 0x20 && u <= 0x7e) ||
  (u >= 0xa0 && u <= 0x24f) ||
  (u >= 0x2000 && u <= 0x206f) ||
  (u >= 0x3000 && u <= 0x30ff) ||
  (u >= 0x4e00 && u <= 0x9fff) ||
  (u >= 0xff00 && u <= 0xffef);

/** A path as one word for a POSIX shell: as it is when safe, else in single quotes. */
export function shellQuote(path: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
