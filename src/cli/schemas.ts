/**
 * `npm run schemas`: writes the JSON Schemas of `archive.yaml` and `issue.yaml` to `schemas/`,
 * generated from the zod schemas the loader validates with (src/config/file-schemas.ts). Run it
 * after changing a key; test/config/file-schemas.test.ts fails until the shipped files match.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileSchemas, schemaText } from "../config/file-schemas.js";

function main(argv: string[]): number {
  try {
    parseArgs({ args: argv, options: {}, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run schemas\n`);
    return 2;
  }
  for (const { path, schema } of fileSchemas()) {
    const target = resolve(import.meta.dirname, "../..", path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, schemaText(schema));
    process.stdout.write(`wrote ${path}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
