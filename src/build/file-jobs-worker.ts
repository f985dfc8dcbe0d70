/**
 * The worker of `file-jobs.ts`: links and writes files with synchronous calls, job after job, so
 * that they go on while the build's main thread is busy shaping and rendering. (On libuv's thread
 * pool each next call waited for the main thread to ask for it, and a year's ~85,000 links and
 * ~16,000 small files waited for the render to end.)
 */
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { dirname, join } from "node:path";
import { parentPort } from "node:worker_threads";
import type { FileJob, FileJobsAnswer, FileJobsMessage } from "./file-jobs.js";

const port = parentPort;
if (!port) throw new Error("file-jobs-worker.ts runs as a worker thread (file-jobs.ts)");

/** The folders made since the last flush. */
const made = new Set<string>();
let done = 0;
let failure: string | null = null;

port.on("message", (message: FileJobsMessage) => {
  if (message.kind === "flush") {
    const answer: FileJobsAnswer = failure === null ? { ok: true, done } : { ok: false, message: failure };
    made.clear();
    done = 0;
    failure = null;
    port.postMessage(answer);
    return;
  }
  for (const job of message.jobs) {
    if (failure !== null) return;
    try {
      run(job);
      done++;
    } catch (error) {
      failure = job.failure ? `${job.failure}: ${String(error)}` : String(error);
    }
  }
});

function run(job: FileJob): void {
  if (job.kind === "folder-for") folderOf(job.to);
  else if (job.kind === "link") linkFile(job.from, job.to);
  else if (job.kind === "tree") linkTree(job.from, job.to);
  else if (job.kind === "write") writeFile(job.to, job.text);
  else writeFolder(job.to, job.files);
}

/** Writes `text` at `to`: over a file there, unless that file is linked elsewhere too (a cache's). */
function writeFile(to: string, text: string): void {
  const there = lstatOrNull(to);
  if (there && (there.nlink > 1 || !there.isFile())) rmSync(to, { recursive: true, force: true });
  else if (!there) folderOf(to);
  writeFileSync(to, text);
}

/** Makes `to` a folder of exactly `files`. */
function writeFolder(to: string, files: { name: string; text: string }[]): void {
  const there = lstatOrNull(to);
  if (there && !there.isDirectory()) rmSync(to, { force: true });
  const stale = new Set(there?.isDirectory() ? readdirSync(to) : []);
  mkdirSync(to, { recursive: true });
  made.add(to);
  for (const { name, text } of files) {
    stale.delete(name);
    writeFile(join(to, name), text);
  }
  for (const name of stale) rmSync(join(to, name), { recursive: true, force: true });
}

function folderOf(path: string): void {
  const folder = dirname(path);
  if (made.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  made.add(folder);
}

/**
 * Hard-links `from` to `to` (copied across file systems), unless `to` is that very file already:
 * a build into the last build's folder finds most of its files in place. Anything else at `to`
 * goes first (a file is never written in place: it may be a link into a cache).
 */
function linkFile(from: string, to: string): void {
  const there = lstatOrNull(to);
  if (there) {
    const source = statSync(from);
    if (there.ino === source.ino && there.dev === source.dev) return;
    rmSync(to, { recursive: true, force: true });
  } else folderOf(to);
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    copyFileSync(from, to);
  }
}

/**
 * Makes the tree at `to` the tree at `from`, its files hard links to those at `from`: files in
 * place already are left, others linked, and whatever else `to` holds removed.
 */
function linkTree(from: string, to: string): void {
  const there = lstatOrNull(to);
  if (there && !there.isDirectory()) rmSync(to, { force: true });
  const names = new Set<string>();
  if (there?.isDirectory()) for (const name of readdirSync(to)) names.add(name);
  else mkdirSync(to, { recursive: true });
  made.add(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    names.delete(entry.name);
    const [src, dest] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(src, dest);
    else linkFile(src, dest);
  }
  for (const name of names) rmSync(join(to, name), { recursive: true, force: true });
}

function lstatOrNull(path: string): Stats | null {
  return lstatSync(path, { throwIfNoEntry: false }) ?? null;
}
