import type { Diagnostic } from "./diagnostic.js";

/** `issues/2025-02-30: error: not a real date … — rename the folder`, one line per problem. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.file}${d.line ? `:${d.line}` : ""}: ${d.severity}: ${d.message} — ${d.hint}`)
    .join("\n");
}
