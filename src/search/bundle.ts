/**
 * Bundles the browser side of search (`client/page.ts`, `client/worker.ts` and the pure modules
 * they share with the build) into two small ES modules with esbuild, the bundler tsx already brings.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const clientDir = fileURLToPath(new URL("./client/", import.meta.url));

/** Writes `page.js` and `worker.js` into `outDir`. */
export async function bundleClient(outDir: string): Promise<void> {
  await build({
    entryPoints: [join(clientDir, "page.ts"), join(clientDir, "worker.ts")],
    outdir: outDir,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
}
