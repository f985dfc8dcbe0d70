/**
 * Links and writes of many small files, done on a worker thread of its own
 * (`file-jobs-worker.ts`) beside the build's main thread: a daily build of a year links ~35,000
 * pages from the render cache and ~50,000 files of cached search shards, and writes the search's
 * ~16,000 directory files, seconds of system calls that now run while the main thread shapes and
 * renders. Jobs are sent as the build finds them and run in the order sent; `flush` waits for all
 * of them. The worker is started with the first job and kept for the next build (`npm start`); it
 * does not keep the process alive while idle.
 */
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "./ts-worker.js";

/**
 * One job, done whatever is at `to` already (a build into the last build's folder finds most of
 * its files in place, and leaves them as they are): hard-link a file (copied across file
 * systems); make `to` a tree of links to the tree at `from`; write a file; make `to` a folder of
 * exactly the files given; make a folder (for a file another writer writes there later). The
 * folders they go in are made. `failure` says what a failed job means, for the build's error.
 */
export type FileJob = (
  | { kind: "folder-for"; to: string }
  | { kind: "link"; from: string; to: string }
  | { kind: "tree"; from: string; to: string }
  | { kind: "write"; to: string; text: string }
  | { kind: "folder"; to: string; files: { name: string; text: string }[] }
) & { failure?: string };

/** What the worker is sent: jobs, or a flush. */
export type FileJobsMessage = { kind: "jobs"; jobs: FileJob[] } | { kind: "flush" };

/** The worker's answer to a flush: how many jobs it did, or why it stopped. */
export type FileJobsAnswer = { ok: true; done: number } | { ok: false; message: string };

export class FileJobs {
  private worker: Worker | null = null;
  /** The flushes waiting for the worker, oldest first: it answers them in the order sent. */
  private readonly answers: ((answer: FileJobsAnswer) => void)[] = [];
  /** Why the worker stopped while no flush was waiting for it. */
  private failure: string | null = null;

  /** Sends jobs to run after those sent before. */
  send(jobs: FileJob[]): void {
    if (jobs.length === 0) return;
    const worker = (this.worker ??= this.start());
    worker.ref();
    worker.postMessage({ kind: "jobs", jobs } satisfies FileJobsMessage);
  }

  /**
   * Waits for every job sent before; resolves with how many ran since the last flush, or fails
   * with the first failure since then.
   */
  async flush(): Promise<number> {
    const failure = this.failure;
    this.failure = null;
    if (failure !== null) throw new Error(failure);
    const worker = this.worker;
    if (!worker) return 0;
    worker.ref();
    const answer = await new Promise<FileJobsAnswer>((resolve) => {
      this.answers.push(resolve);
      worker.postMessage({ kind: "flush" } satisfies FileJobsMessage);
    });
    if (!answer.ok) throw new Error(answer.message);
    return answer.done;
  }

  private start(): Worker {
    const worker = startTsWorker(new URL("./file-jobs-worker.ts", import.meta.url));
    const settle = (answer: FileJobsAnswer): void => {
      if (this.answers.length <= 1) worker.unref();
      this.answers.shift()?.(answer);
    };
    worker.on("message", settle);
    // A worker that died is started again for the next jobs; these fail with its error.
    const died = (message: string): void => {
      if (this.worker === worker) this.worker = null;
      if (this.answers.length === 0) this.failure ??= message;
      while (this.answers.length > 0) settle({ ok: false, message });
    };
    worker.on("error", (error) => died(`the file worker failed: ${error.message}`));
    worker.on("exit", (code) => died(`the file worker stopped (exit code ${code})`));
    return worker;
  }
}
