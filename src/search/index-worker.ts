/**
 * One index lane (`index-lanes.ts`): a worker thread that indexes the shards it is handed, one at a
 * time, each with a fresh Pagefind process that is closed before the next starts. A thread of its
 * own because Pagefind's Node API keeps one backend process per loaded module, and because the
 * main thread's event loop may be busy for a minute (Eleventy renders without yielding), which
 * would leave Pagefind waiting for its next record.
 */
import childProcess, { type ChildProcess } from "node:child_process";
import { parentPort } from "node:worker_threads";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { LaneAnswer, ShardJob } from "./index-lanes.js";

/** Files Pagefind writes that the search page never loads (its own UIs and worker). */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
];

/** Adds records a few at a time: the service answers in order, and a bounded batch keeps memory flat. */
const BATCH = 64;

/**
 * Pagefind's Node API never answers again once its backend process dies (it panics on a folder it
 * cannot write, or a full disk), which would hang the build. So this thread watches the backend
 * itself: Pagefind starts it with `child_process.spawn`, wrapped here (a worker has its own
 * copy of Node's modules, so the main thread is untouched). A backend that exits while a shard is
 * being indexed closes the API, which then fails every pending call.
 */
let indexing = false;
/** Why the backend stopped during the shard being indexed, if it did. */
let stopped: string | null = null;
/** The backend of the shard being indexed: an earlier one, closed, may report its exit late. */
let current: ChildProcess | null = null;
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>): ChildProcess => {
  const backend = (current = spawn(...args));
  backend.on("exit", (code, signal) => {
    if (!indexing || backend !== current) return;
    stopped = signal ?? `exit code ${code}`;
    void pagefind.close();
  });
  return backend;
}) as typeof spawn;

async function indexShard(job: ShardJob): Promise<void> {
  indexing = true;
  stopped = null;
  try {
    await writeShard(job);
  } catch (error) {
    if (stopped === null) throw error;
    throw new Error(
      `search: Pagefind stopped (${stopped}) while indexing ${job.outputPath}; its message is above`,
      { cause: error },
    );
  } finally {
    indexing = false;
    // Ending the process, not just the index, is what returns its memory before the next shard.
    await pagefind.close();
  }
  await Promise.all(UNUSED_FILES.map((f) => rm(join(job.outputPath, f), { force: true })));
}

async function writeShard(job: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: job.language });
  if (!index) throw new Error(`search: Pagefind could not start for ${job.outputPath}: ${errors.join("; ")}`);
  for (let i = 0; i < job.records.length; i += BATCH) {
    const batch = job.records.slice(i, i + BATCH);
    const responses = await Promise.all(
      batch.map((record) => index.addHTMLFile({ url: record.url, content: record.html })),
    );
    responses.forEach((r, j) => {
      if (r.errors.length)
        throw new Error(`search: Pagefind rejected ${batch[j]!.source}: ${r.errors.join("; ")}`);
    });
  }
  const written = await index.writeFiles({ outputPath: job.outputPath });
  if (written.errors.length)
    throw new Error(`search: writing ${job.outputPath} failed: ${written.errors.join("; ")}`);
}

parentPort?.on("message", (job: ShardJob) => {
  indexShard(job).then(
    () => parentPort?.postMessage({ ok: true } satisfies LaneAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies LaneAnswer),
  );
});
