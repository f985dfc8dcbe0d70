/**
 * Opt-in stage timings for the benchmark: with `ARCHIVE_TIMINGS=<file>` in the environment the
 * build appends one JSON line per stage boundary, `{"stage","event","t"}` (t in epoch ms), so that
 * `npm run bench` can attribute wall time and memory to load+parse, images, render and search. Without the
 * variable it does nothing; a plain `npm run build` is unchanged.
 */
import { appendFileSync } from "node:fs";

/** The build's stages, in the order they run. */
export type BuildStage = "parse" | "images" | "render" | "search";

/** One line of the timings file. */
export interface StageMark {
  stage: BuildStage;
  event: "start" | "end";
  /** Epoch milliseconds with sub-millisecond precision, comparable across processes. */
  t: number;
}

/** Appends a mark when timings were asked for. Synchronous on purpose: the line must be on disk
 * even if the process dies right after (a build that crashes still shows how far it got). */
export function markStage(
  stage: BuildStage,
  event: StageMark["event"],
  env: NodeJS.ProcessEnv = process.env,
): void {
  const file = env.ARCHIVE_TIMINGS;
  if (!file) return;
  const mark: StageMark = { stage, event, t: performance.timeOrigin + performance.now() };
  appendFileSync(file, JSON.stringify(mark) + "\n");
}

/** Reads a timings file's text back into marks, skipping nothing silently: bad lines throw. */
export function parseStageMarks(text: string): StageMark[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const mark = JSON.parse(line) as Partial<StageMark>;
      if (
        !["parse", "images", "render", "search"].includes(String(mark.stage)) ||
        !["start", "end"].includes(String(mark.event)) ||
        typeof mark.t !== "number"
      ) {
        throw new Error(`timings line ${i + 1} is not a stage mark: ${line}`);
      }
      return mark as StageMark;
    });
}
