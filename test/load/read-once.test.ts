import { afterEach, describe, expect, it, vi } from "vitest";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { tempArchive, type TempArchive } from "./temp-archive.js";

// Counts the loader's reads without changing them.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return { ...fs, readFileSync: vi.fn(fs.readFileSync) };
});
const { readFileSync } = await import("node:fs");

let archive: TempArchive | undefined;
afterEach(() => archive?.remove());

describe("loadArchive", () => {
  it("should read every file exactly once", () => {
    archive = tempArchive({
      "issues/2025-03-17/issue.yaml": "number: 12345\n",
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/02.txt": "",
      "issues/2025/2025-03-18/01.txt": SAMPLE_PAGE,
    });
    vi.mocked(readFileSync).mockClear();
    archive.load();
    const reads = vi
      .mocked(readFileSync)
      .mock.calls.map(([path]) => String(path).slice(archive!.root.length + 1));
    expect(reads.sort()).toEqual([
      "archive.yaml",
      "issues/2025-03-17/01.txt",
      "issues/2025-03-17/02.txt",
      "issues/2025-03-17/issue.yaml",
      "issues/2025/2025-03-18/01.txt",
    ]);
  });
});
