/**
 * Peak memory and CPU time of a whole process tree, read from Linux's /proc: the build is node
 * (tsx's loader, Eleventy) → the Pagefind binary, and what a library's CI machine must hold is all of them
 * at once. CPU seconds say what the work costs even when neighbours stretch the wall time.
 */
import { readdirSync, readFileSync } from "node:fs";

/** One poll of the tree. */
export interface MemorySample {
  /** Epoch ms. */
  t: number;
  /** Summed resident set size of the root and all its descendants, in bytes. */
  rssBytes: number;
  /** How many processes were in the tree. */
  processes: number;
  /** CPU seconds (user + system) the tree has used so far, reaped children included. */
  cpuSeconds: number;
}

const PAGE_SIZE = 4096;
/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** utime + stime + cutime + cstime, in seconds. */
  cpuSeconds: number;
}

/** Parses `/proc/<pid>/stat`; the command name may hold spaces and parentheses, so split after the last `)`. */
export function parseProcStat(text: string): ProcStat | null {
  const close = text.lastIndexOf(")");
  if (close < 0) return null;
  const pid = Number.parseInt(text, 10);
  // Fields after the name start at field 3 (state): ppid is field 4, utime..cstime fields 14–17,
  // rss (pages) field 24.
  const rest = text.slice(close + 2).split(" ");
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(rest[i]), 0);
  if (![pid, ppid, rssPages, ticks].every(Number.isFinite)) return null;
  return { pid, ppid, rssBytes: rssPages * PAGE_SIZE, cpuSeconds: ticks / TICKS_PER_SECOND };
}

function readAllStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  return stats;
}

/** Sums RSS over `rootPid` and every descendant, as of now. */
export function sampleTree(rootPid: number): MemorySample {
  const stats = readAllStats();
  const children = new Map<number, ProcStat[]>();
  let root: ProcStat | undefined;
  for (const s of stats) {
    if (s.pid === rootPid) root = s;
    const list = children.get(s.ppid) ?? [];
    list.push(s);
    children.set(s.ppid, list);
  }
  let rssBytes = 0;
  let processes = 0;
  let cpuSeconds = 0;
  const queue = root ? [root] : [];
  while (queue.length > 0) {
    const s = queue.pop()!;
    rssBytes += s.rssBytes;
    cpuSeconds += s.cpuSeconds;
    processes += 1;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return { t: Date.now(), rssBytes, processes, cpuSeconds };
}

/** Polls a process tree every `intervalMs` until stopped; returns every sample taken. */
export function watchTree(rootPid: number, intervalMs = 100): { stop(): MemorySample[] } {
  const samples: MemorySample[] = [sampleTree(rootPid)];
  const timer = setInterval(() => samples.push(sampleTree(rootPid)), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
