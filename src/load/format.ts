/** Diagnostics as a librarian reads them: compiler-style lines, then one summary line. */
import type { Diagnostic } from "./diagnostic.js";
import type { LoadResult } from "./index.js";

/** `issues/2025-02-30: error: not a real date (February has 28 days in 2025) — rename the folder` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ""}: ${d.severity}: ${d.message} — ${d.hint}`;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `2 errors, 1 warning: the site cannot be built until the errors are fixed`, or what is ready to build. */
export function formatSummary({ archive, diagnostics }: LoadResult): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (errors > 0)
    return `${count(errors, "error")}, ${count(warnings, "warning")}: the site cannot be built until the errors are fixed`;
  const pages = archive.issues.reduce((n, issue) => n + issue.pages.length, 0);
  const ready = `${count(archive.issues.length, "issue")} (${count(pages, "page")}) ready to build`;
  return warnings === 0 ? `no problems: ${ready}` : `no errors, ${count(warnings, "warning")}: ${ready}`;
}

/** Every diagnostic, then the summary: what `check` prints and what a refused build says. */
export function formatReport(result: LoadResult): string {
  return [...result.diagnostics.map(formatDiagnostic), formatSummary(result)].join("\n");
}

/** GitHub's workflow-command escaping: data, and property values (which also end at `:` and `,`). */
const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * A diagnostic as a GitHub Actions annotation, `::error file=…,line=…,title=…::what — fix`, so that
 * it shows on the commit and the changed file. `root` is the archive root relative to the
 * workspace (`""` when it is the workspace); a problem in an environment variable has no file.
 */
export function formatAnnotation(d: Diagnostic, root = ""): string {
  const inFile = !/^[A-Z][A-Z0-9_]*$/.test(d.file);
  const properties = [
    ...(inFile ? [`file=${escapeProperty(root ? `${root}/${d.file}` : d.file)}`] : []),
    ...(inFile && d.line ? [`line=${d.line}`] : []),
    `title=${escapeProperty(inFile ? d.code : `${d.file}: ${d.code}`)}`,
  ];
  return `::${d.severity} ${properties.join(",")}::${escapeData(`${d.message} — ${d.hint}`)}`;
}
