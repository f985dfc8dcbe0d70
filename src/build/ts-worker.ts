/**
 * Worker threads whose code is TypeScript, as this project's is: the worker loads its module
 * through tsx's API, which the build already runs under (`npm run build` is Node with tsx's
 * loader), and which a worker does not inherit.
 */
import { Worker } from "node:worker_threads";

/** Starts a worker running the module at `url` (`new URL("./x-worker.ts", import.meta.url)`). */
export function startTsWorker(url: URL): Worker {
  const file = url.href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`;
  return new Worker(boot, { eval: true });
}
