/** Reading a file's bytes once, turning an I/O failure into a diagnostic instead of a crash. */
import { readFileSync } from "node:fs";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";

export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/** `path` is absolute; `file` is the same file relative to the archive root, for the diagnostic. */
export function readBytes(path: string, file: string): ReadBytes {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, diagnostic: diagnose("unreadable-file", file, { reason }) };
  }
}
