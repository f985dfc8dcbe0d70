import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseProcStat, sampleTree } from "../../bench/proc-tree.js";

describe("process tree memory", () => {
  it("should read pid, parent, CPU time and resident pages from a stat line whose name holds spaces and parentheses", () => {
    const line =
      "4242 (node (worker) x) S 4200 4242 4200 0 -1 4194560 1 0 0 0 5 1 0 0 20 0 11 0 100 1000000 2500 18446744073709551615";
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, rssBytes: 2500 * 4096, cpuSeconds: 0.06 });
  });

  it("should count a child process's memory in its parent's tree", async () => {
    // A parent whose child holds ~200 MB: the tree must show more than the parent alone.
    const script = `
      const { spawn } = require("node:child_process");
      spawn(process.execPath, ["-e", "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('ready'); setInterval(() => b[0]++, 1000)"], { stdio: ["ignore", "inherit", "inherit"] });
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve) => parent.stdout.once("data", () => resolve()));
      const sample = sampleTree(parent.pid!);
      expect(sample.processes).toBe(2);
      expect(sample.rssBytes).toBeGreaterThan(200 * 1024 * 1024);
      expect(sample.cpuSeconds).toBeGreaterThan(0); // two Node start-ups and a 200 MB fill
    } finally {
      // Kill the whole group we started: the child first (found through /proc), then the parent.
      const { readdirSync, readFileSync } = await import("node:fs");
      for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
        try {
          const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
          if (stat && stat.ppid === parent.pid) process.kill(stat.pid);
        } catch {
          // gone already
        }
      }
      parent.kill();
    }
  });

  it("should report an empty tree for a process that does not exist", () => {
    expect(sampleTree(2 ** 22 + 12345)).toMatchObject({ rssBytes: 0, processes: 0 });
  });
});
