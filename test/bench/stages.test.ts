import { describe, expect, it } from "vitest";
import { stageFigures, stageWindows } from "../../bench/stages.js";
import type { StageMark } from "../../src/build/timings.js";

const MB = 1024 * 1024;
const marks: StageMark[] = [
  { stage: "parse", event: "start", t: 1_000 },
  { stage: "parse", event: "end", t: 1_500 },
  { stage: "render", event: "start", t: 1_500 },
  { stage: "render", event: "end", t: 4_000 },
  { stage: "search", event: "start", t: 4_000 },
];

describe("stage windows and figures", () => {
  it("should run search from its start mark to the process exit", () => {
    expect(stageWindows(marks, 0, 10_000)).toEqual([
      { stage: "startup", start: 0, end: 1_000 },
      { stage: "parse", start: 1_000, end: 1_500 },
      { stage: "render", start: 1_500, end: 4_000 },
      { stage: "search", start: 4_000, end: 10_000 },
    ]);
  });

  it("should end search at its end mark, and start a stage started again at its last start", () => {
    // `npm run build`: the index before the render, which the prints and then the index started.
    const indexFirst: StageMark[] = [
      ...marks.slice(0, 2),
      { stage: "search", event: "start", t: 1_500 },
      { stage: "render", event: "start", t: 1_600 },
      { stage: "search", event: "end", t: 3_000 },
      { stage: "render", event: "start", t: 3_000 },
      { stage: "render", event: "end", t: 5_000 },
    ];
    expect(stageWindows(indexFirst, 0, 6_000).map((w) => [w.stage, w.start, w.end])).toEqual([
      ["startup", 0, 1_000],
      ["parse", 1_000, 1_500],
      ["render", 3_000, 5_000],
      ["search", 1_500, 3_000],
    ]);
  });

  it("should put the image stage between parse and render when the build marks it", () => {
    const withImages: StageMark[] = [
      ...marks.slice(0, 2),
      { stage: "images", event: "start", t: 1_500 },
      { stage: "images", event: "end", t: 2_500 },
      { stage: "render", event: "start", t: 2_500 },
      ...marks.slice(3),
    ];
    expect(stageWindows(withImages, 0, 10_000).map((w) => [w.stage, w.start, w.end])).toEqual([
      ["startup", 0, 1_000],
      ["parse", 1_000, 1_500],
      ["images", 1_500, 2_500],
      ["render", 2_500, 4_000],
      ["search", 4_000, 10_000],
    ]);
  });

  it("should leave out stages that left no marks", () => {
    const noSearch = marks.filter((m) => m.stage !== "search");
    expect(stageWindows(noSearch, 0, 5_000).map((w) => w.stage)).toEqual(["startup", "parse", "render"]);
  });

  it("should give each stage the peak of its samples and the total the peak of all", () => {
    const samples = [
      { t: 500, rssBytes: 100 * MB, processes: 2, cpuSeconds: 0.4 },
      { t: 1_200, rssBytes: 150 * MB, processes: 2, cpuSeconds: 1 },
      { t: 3_000, rssBytes: 600 * MB, processes: 2, cpuSeconds: 2 },
      { t: 6_000, rssBytes: 2_000 * MB, processes: 3, cpuSeconds: 4 },
      { t: 9_000, rssBytes: 300 * MB, processes: 3, cpuSeconds: 9 },
    ];
    const figures = stageFigures(stageWindows(marks, 0, 10_000), samples, 0, 10_000);
    expect(figures.wallSeconds).toEqual({
      startup: 1,
      parse: 0.5,
      images: null,
      render: 2.5,
      search: 6,
      total: 10,
    });
    expect(figures.peakMemoryMB).toEqual({
      startup: 100,
      parse: 150,
      images: null,
      render: 600,
      search: 2000,
      total: 2000,
    });
  });

  it("should count the memory held when a short stage began, even with no sample inside it", () => {
    const samples = [
      { t: 900, rssBytes: 200 * MB, processes: 1, cpuSeconds: 0.5 },
      { t: 2_000, rssBytes: 250 * MB, processes: 1, cpuSeconds: 1 },
    ];
    const figures = stageFigures(stageWindows(marks, 0, 5_000), samples, 0, 5_000);
    expect(figures.peakMemoryMB.parse).toBe(200);
  });

  it("should report null for a stage that never ran", () => {
    const figures = stageFigures([], [], 0, 2_000);
    expect(figures.wallSeconds).toMatchObject({ parse: null, render: null, search: null, total: 2 });
  });
});
