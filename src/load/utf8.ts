/**
 * Finding where a byte sequence stops being UTF-8, so a librarian is told the exact byte and line
 * instead of "invalid encoding". `TextDecoder` can say *that* a file is broken, never *where*.
 */

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid sequence starting at `i`, or 0 when it is invalid (RFC 3629, table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  // The allowed range of the second byte depends on the first: this rules out overlong forms,
  // UTF-16 surrogates (ED A0..BF) and code points above U+10FFFF.
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= bytes.length) return 0; // cut off by the end of the file
  const b1 = bytes[i + 1]!;
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k <= need; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return need + 1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends (as the loader does). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}
