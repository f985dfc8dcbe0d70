/**
 * `npm run check [-- --root DIR]`: validate the whole archive and print every problem, compiler-style,
 * then a summary. Exits 0 when there are no errors (warnings allowed), 1 otherwise, 2 on bad usage.
 * The root is `--root DIR`, else `ARCHIVE_ROOT`, else the current directory; `ARCHIVE_BASE_URL` and
 * `ARCHIVE_PATH_PREFIX` are checked as the build would apply them. In a GitHub workflow
 * (`GITHUB_ACTIONS=true`) every problem is also printed as an annotation (`::error file=…,line=…::`).
 */
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { formatAnnotation, formatReport } from "../load/format.js";
import { loadArchive } from "../load/index.js";
import { overridesFromEnv } from "../load/overrides.js";

function main(argv: string[]): number {
  let root: string;
  try {
    const { values } = parseArgs({ args: argv, options: { root: { type: "string" } }, strict: true });
    root = resolve(values.root ?? process.env.ARCHIVE_ROOT ?? ".");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run check -- [--root DIR]\n`);
    return 2;
  }
  const result = loadArchive(root, overridesFromEnv());
  process.stdout.write(`${formatReport(result)}\n`);
  // In a GitHub workflow, the same problems as annotations on the commit and its files.
  if (process.env.GITHUB_ACTIONS === "true") {
    const prefix = relative(process.cwd(), root).split(sep).join("/");
    for (const d of result.diagnostics) process.stdout.write(`${formatAnnotation(d, prefix)}\n`);
  }
  return result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
