/**
 * `npm start` rebuilds when a page or an issue is deleted or renamed away. Eleventy 3.1 rebuilds on
 * files added and changed, but only logs a deletion (fixed in Eleventy 4), so its pages would stay
 * served. Here a deletion under `issues/` touches a file of our own that Eleventy watches, and
 * that change starts the rebuild.
 */
import { existsSync, mkdtempSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Watches `dir` (recursively) for entries that disappear; returns the file to hand Eleventy's
 * `addWatchTarget`, which is rewritten on each deletion.
 */
export function watchDeletions(dir: string): string {
  const folder = mkdtempSync(join(tmpdir(), "archive-watch-"));
  const remove = (): void => rmSync(folder, { recursive: true, force: true });
  process.on("exit", remove);
  // Stopped by a signal (a terminal closed, a process manager, a test), Node runs no exit
  // handlers: remove the folder, then die of the signal as Node would have. (Ctrl-C is
  // Eleventy's: it stops the server and exits, which runs the handler above.)
  for (const signal of ["SIGTERM", "SIGHUP"] as const)
    process.once(signal, () => {
      remove();
      process.kill(process.pid, signal);
    });
  // Named so that Eleventy's "File changed: …" line says why it rebuilds.
  const trigger = join(folder, "a-page-or-issue-was-deleted");
  writeFileSync(trigger, "");
  if (!existsSync(dir)) return trigger;
  const watcher = watch(dir, { recursive: true }, (event, name) => {
    // `rename` is fs.watch's word for an entry appearing or disappearing.
    if (event === "rename" && name && !existsSync(join(dir, name)))
      writeFileSync(trigger, `${Date.now()} ${name}`);
  });
  watcher.unref();
  return trigger;
}
