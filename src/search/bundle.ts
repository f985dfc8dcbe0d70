/**
 * Bundles the browser side of search (`client/page.ts`, `client/worker.ts` and the pure modules
 * they share with the build) into two small ES modules with esbuild, the bundler tsx already brings,
 * and writes beside them the blocks of the Simplified/Traditional fold table the worker loads
 * (`script.ts`). The names of the blocks that exist are built into the worker, so it never asks
 * for one that does not (a static host answers that with its 404 page).
 */
import { build } from "esbuild";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { foldBlocks } from "./script.js";
import { FOLD_DIR } from "./tokens.js";

const clientDir = fileURLToPath(new URL("./client/", import.meta.url));

/** Writes `page.js`, `worker.js` and `fold/*.json` into `outDir`. */
export async function bundleClient(outDir: string): Promise<void> {
  const blocks = foldBlocks();
  await mkdir(join(outDir, FOLD_DIR), { recursive: true });
  await Promise.all(
    [...blocks].map(([name, json]) => writeFile(join(outDir, FOLD_DIR, `${name}.json`), json)),
  );
  await build({
    define: { FOLD_BLOCKS: JSON.stringify([...blocks.keys()].join(" ")) },
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
