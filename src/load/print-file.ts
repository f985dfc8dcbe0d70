/**
 * A print (scan or PDF) checked for what `check` can tell without decoding it: the file is a known
 * format and ends where that format ends. Only the first and last kilobyte are read, so a year of
 * scans is checked in well under a second; what is damaged inside is reported by the build, which
 * decodes the image (see src/prints/).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { PrintFile } from "../model.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";

/** Above this a print gets a warning: readers download PDFs as they are. */
export const LARGE_PRINT_MB = 50;

const EDGE = 1024;

export interface CheckedPrint {
  /** Null when the file cannot be published (the diagnostics say why). */
  print: PrintFile | null;
  diagnostics: Diagnostic[];
}

interface Format {
  name: string;
  /** Whether `head` starts like this format. */
  starts: (head: Buffer) => boolean;
  /** What the file must end with, and whether `tail` (of a file of `size` bytes) has it; null: no end marker. */
  end: { missing: string; ok: (tail: Buffer, size: number, head: Buffer) => boolean } | null;
}

const FORMATS: Format[] = [
  {
    name: "JPEG image",
    starts: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
    end: { missing: "end-of-image marker (FF D9)", ok: (t) => t.includes(Buffer.from([0xff, 0xd9])) },
  },
  {
    name: "PNG image",
    starts: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    end: { missing: "IEND chunk", ok: (t) => t.includes("IEND") },
  },
  {
    name: "WebP image",
    starts: (h) => h.toString("latin1", 0, 4) === "RIFF" && h.toString("latin1", 8, 12) === "WEBP",
    // RIFF gives the length of what follows its 8-byte header; a chunk may be padded to even length.
    end: { missing: "last chunk", ok: (_t, size, h) => h.readUInt32LE(4) + 8 <= size },
  },
  {
    name: "TIFF image",
    starts: (h) => ["II*\0", "MM\0*"].includes(h.toString("latin1", 0, 4)),
    end: null,
  },
  {
    name: "PDF",
    // The PDF standard allows bytes before the header, within the first kilobyte.
    starts: (h) => h.includes("%PDF-"),
    end: { missing: "%%EOF line", ok: (t) => t.includes("%%EOF") },
  },
];

/** `path` is absolute, `file` the same relative to the archive root; `kind` comes from the extension. */
export function checkPrint(path: string, file: string, kind: PrintFile["kind"]): CheckedPrint {
  let head: Buffer;
  let tail: Buffer;
  let size: number;
  try {
    ({ head, tail, size } = readEdges(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { print: null, diagnostics: [diagnose("unreadable-file", file, { reason })] };
  }
  const expected = kind === "pdf" ? "PDF" : "image";
  const format = FORMATS.find((f) => f.starts(head));
  // Sharp reads an image by its content, so a PNG named .jpg is fine; a PDF named .jpg is not.
  if (!format || (kind === "pdf") !== (format.name === "PDF"))
    return {
      print: null,
      diagnostics: [diagnose("corrupt-print", file, { kind: expected, start: describe(head) })],
    };
  if (format.end && !format.end.ok(tail, size, head))
    return {
      print: null,
      diagnostics: [diagnose("truncated-print", file, { kind: format.name, missing: format.end.missing })],
    };
  const megabytes = Math.round(size / 1e6);
  const diagnostics =
    size > LARGE_PRINT_MB * 1e6 ? [diagnose("large-print", file, { megabytes, limit: LARGE_PRINT_MB })] : [];
  return { print: { file, kind, bytes: size }, diagnostics };
}

function readEdges(path: string): { head: Buffer; tail: Buffer; size: number } {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(EDGE, size));
    readSync(fd, head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(EDGE, size));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return { head, tail, size };
  } finally {
    closeSync(fd);
  }
}

/** The first bytes, as a librarian can compare them with a hex viewer, or "nothing" for an empty file. */
function describe(head: Buffer): string {
  if (head.length === 0) return "nothing (it is empty)";
  const bytes = [...head.subarray(0, 4)].map((b) => b.toString(16).toUpperCase().padStart(2, "0"));
  return `bytes ${bytes.join(" ")}`;
}
