/** Bundles the find-by-date box's script (`find-date.ts` and the rule it shares with the build) with esbuild. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { findDateScriptPath } from "../urls.js";

const entry = fileURLToPath(new URL("./find-date.ts", import.meta.url));

/** Writes the script to its path under the output folder `outDir`. */
export async function bundleFindDate(outDir: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile: join(outDir, findDateScriptPath()),
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
}
