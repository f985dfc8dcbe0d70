/**
 * Runs one build as a child process exactly as `npm run build` does (Node with tsx's loader → Eleventy), with stage
 * marks and the process tree's memory recorded, output going to a log file.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { parseStageMarks, type StageMark } from "../src/build/timings.js";
import { watchTree, type MemorySample } from "./proc-tree.js";

export interface TimedRun {
  exitCode: number | null;
  spawnedAt: number;
  exitedAt: number;
  samples: MemorySample[];
  marks: StageMark[];
  logFile: string;
}

export interface TimedRunOptions {
  /** Repository root (where node_modules and the Eleventy config live). */
  repo: string;
  /** Arguments to `node`, from `eleventyNodeArgs` (src/build/command.ts). */
  nodeArgs: string[];
  env: Record<string, string>;
  timingsFile: string;
  logFile: string;
}

/** `node … node_modules/@11ty/eleventy/cmd.cjs …`: the command of `npm run build`, without npm's own process. */
export function runTimedEleventy(options: TimedRunOptions): Promise<TimedRun> {
  const log = openSync(options.logFile, "w");
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, options.nodeArgs, {
    cwd: options.repo,
    env: { ...process.env, ...options.env, ARCHIVE_TIMINGS: options.timingsFile },
    stdio: ["ignore", log, log],
  });
  const watcher = watchTree(child.pid ?? -1);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      watcher.stop();
      closeSync(log);
      reject(error);
    });
    child.on("exit", (code) => {
      const exitedAt = Date.now();
      const samples = watcher.stop();
      closeSync(log);
      const marks = existsSync(options.timingsFile)
        ? parseStageMarks(readFileSync(options.timingsFile, "utf8"))
        : [];
      resolve({ exitCode: code, spawnedAt, exitedAt, samples, marks, logFile: options.logFile });
    });
  });
}

/** The last lines of a run's log, for a failure message. */
export function logTail(run: TimedRun, lines = 30): string {
  return readFileSync(run.logFile, "utf8").split("\n").slice(-lines).join("\n");
}
