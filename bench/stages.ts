/**
 * Turning stage marks and memory samples into the report's figures. Pure: no clock, no /proc.
 */
import type { BuildStage, StageMark } from "../src/build/timings.js";
import type { MemorySample } from "./proc-tree.js";

/** A stage as it happened: [start, end] in epoch ms. */
export interface StageWindow {
  stage: BuildStage | "startup";
  start: number;
  end: number;
}

/** Per-stage wall time and peak memory; null where the stage never ran. */
export interface StageFigures {
  wallSeconds: Record<BuildStage | "startup" | "total", number | null>;
  peakMemoryMB: Record<BuildStage | "startup" | "total", number | null>;
  /** CPU seconds of the whole tree in each stage (from the samples: up to 100 ms is missed at the ends). */
  cpuSeconds: Record<BuildStage | "startup" | "total", number | null>;
}

/** A stage's mark; a stage started again (the render, `BuildProgress.start`) starts at its last. */
function markTime(marks: readonly StageMark[], stage: BuildStage, event: StageMark["event"]): number | null {
  return [...marks].reverse().find((m) => m.stage === stage && m.event === event)?.t ?? null;
}

/**
 * The stages of one build: startup (process start to load), parse, images, render, and search,
 * which runs until its end mark, or until the build process exits when it has none (a build that
 * died while indexing).
 */
export function stageWindows(
  marks: readonly StageMark[],
  spawnedAt: number,
  exitedAt: number,
): StageWindow[] {
  const windows: StageWindow[] = [];
  const parseStart = markTime(marks, "parse", "start");
  const parseEnd = markTime(marks, "parse", "end");
  const imagesStart = markTime(marks, "images", "start");
  const imagesEnd = markTime(marks, "images", "end");
  const renderStart = markTime(marks, "render", "start");
  const renderEnd = markTime(marks, "render", "end");
  const searchStart = markTime(marks, "search", "start");
  const searchEnd = markTime(marks, "search", "end");
  if (parseStart !== null) windows.push({ stage: "startup", start: spawnedAt, end: parseStart });
  if (parseStart !== null && parseEnd !== null)
    windows.push({ stage: "parse", start: parseStart, end: parseEnd });
  if (imagesStart !== null && imagesEnd !== null)
    windows.push({ stage: "images", start: imagesStart, end: imagesEnd });
  if (renderStart !== null && renderEnd !== null)
    windows.push({ stage: "render", start: renderStart, end: renderEnd });
  if (searchStart !== null) windows.push({ stage: "search", start: searchStart, end: searchEnd ?? exitedAt });
  return windows;
}

const MB = 1024 * 1024;
const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/** Peak of the samples taken inside a window (the sample just before it counts too: memory held on entry). */
function peakIn(samples: readonly MemorySample[], start: number, end: number): number | null {
  let peak: number | null = null;
  let before: MemorySample | undefined;
  for (const s of samples) {
    if (s.t < start) before = s;
    else if (s.t <= end) peak = Math.max(peak ?? 0, s.rssBytes);
  }
  if (before) peak = Math.max(peak ?? 0, before.rssBytes);
  return peak === null ? null : round(peak / MB, 0);
}

/**
 * CPU used between two instants: the tree's running total at the last sample before `end` minus
 * at the last sample before `start`. The total only grows, but a child's time moves into its
 * parent's only when reaped, so take the running maximum.
 */
function cpuBetween(samples: readonly MemorySample[], start: number, end: number): number | null {
  let atStart = 0;
  let atEnd: number | null = null;
  let most = 0;
  for (const s of samples) {
    most = Math.max(most, s.cpuSeconds);
    if (s.t <= start) atStart = most;
    if (s.t <= end) atEnd = most;
  }
  return atEnd === null ? null : round(atEnd - atStart, 2);
}

/** Wall seconds and peak MB per stage, and for the whole process life. */
export function stageFigures(
  windows: readonly StageWindow[],
  samples: readonly MemorySample[],
  spawnedAt: number,
  exitedAt: number,
): StageFigures {
  const figures: StageFigures = {
    wallSeconds: {
      startup: null,
      parse: null,
      images: null,
      render: null,
      search: null,
      total: round((exitedAt - spawnedAt) / 1000, 2),
    },
    peakMemoryMB: {
      startup: null,
      parse: null,
      images: null,
      render: null,
      search: null,
      total: peakIn(samples, spawnedAt, exitedAt),
    },
    cpuSeconds: {
      startup: null,
      parse: null,
      images: null,
      render: null,
      search: null,
      total: cpuBetween(samples, spawnedAt, exitedAt),
    },
  };
  for (const w of windows) {
    figures.wallSeconds[w.stage] = round((w.end - w.start) / 1000, 2);
    figures.peakMemoryMB[w.stage] = peakIn(samples, w.start, w.end);
    figures.cpuSeconds[w.stage] = cpuBetween(samples, w.start, w.end);
  }
  return figures;
}
