/** A problem found in the archive's files, reported to the librarian compiler-style. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Path relative to the archive root, `/` separators; or the environment variable a bad value came from. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** Stable identifier from the catalogue, e.g. `impossible-date`. */
  code: string;
  /** What is wrong, in the librarian's words. */
  message: string;
  /** What to do about it. */
  hint: string;
}
