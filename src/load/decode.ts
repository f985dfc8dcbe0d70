/**
 * Page bytes → page text, or the one problem that stops the page from being read.
 * Pure: the loader reads the file, this decides what the bytes mean.
 */
import { Buffer, isUtf8 } from "node:buffer";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { guessEncoding, utf16WithoutMark } from "./encoding.js";
import { firstInvalidUtf8, lineOfOffset } from "./utf8.js";

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * UTF-8 with or without a byte-order mark; CRLF, CR and LF all become `\n`.
 * `file` is the path relative to the archive root (named in the diagnostic and its hint).
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail(diagnose("utf16-text", file, { file, encoding: "UTF-16" }));
  // The native check is fast but cannot say where the text breaks: only then is it searched.
  const utf8 = isUtf8(bytes);
  // UTF-16 without a mark is either not UTF-8 (Han characters) or UTF-8 full of NULs (ASCII).
  const utf16 = !utf8 || bytes.includes(0) ? utf16WithoutMark(bytes) : null;
  if (utf16) return fail(diagnose("utf16-text", file, { file, encoding: utf16 }));
  if (!utf8) {
    const invalid = firstInvalidUtf8(bytes);
    const line = lineOfOffset(bytes, invalid);
    const params = {
      file,
      byte: hex(bytes[invalid]!),
      offset: invalid,
      line,
      encoding: guessEncoding(bytes),
    };
    return fail(diagnose("invalid-utf8", file, params, line));
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { ok: true, text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
}

/** A page is decoded text that holds something and nothing binary. */
export function decodePage(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const control = findControlCharacter(text);
  if (control) return fail(diagnose("control-character", file, control, control.line));
  if (text.trim() === "") return fail(diagnose("empty-page", file, { whitespace: text.length > 0 }));
  return decoded;
}

const fail = (diagnostic: Diagnostic): Decoded => ({ ok: false, diagnostic });

/** Tab and line ends are text; every other C0/C1 control (NUL, form feed, DEL, …) is not. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/g;

const LABELS: Record<number, string> = {
  0x00: "NUL",
  0x0b: "vertical tab",
  0x0c: "form feed",
  0x1a: "end-of-file mark",
  0x1b: "escape",
  0x7f: "delete",
};

function findControlCharacter(
  text: string,
): { codePoint: string; label: string | null; column: number; more: number; line: number } | null {
  const matches = [...text.matchAll(CONTROL)];
  const first = matches[0];
  if (!first) return null;
  const before = text.slice(0, first.index);
  const lineStart = before.lastIndexOf("\n") + 1;
  const code = first[0].codePointAt(0)!;
  return {
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`,
    label: LABELS[code] ?? null,
    line: before.split("\n").length,
    column: [...before.slice(lineStart)].length + 1,
    more: matches.length - 1,
  };
}
