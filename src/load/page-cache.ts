/**
 * The pages of the last load, by file: `npm start` loads the whole archive again on every save,
 * and a page file whose bytes did not change loads as it did last time (the same page, the same
 * diagnostics) without being decoded, checked for invisible characters and hashed again: on a
 * year's ~2,900 pages that was about half of a save's loading. Only pages whose bytes and whose
 * place in the archive (number, name, headline position: the `PageSource`) are those of the last
 * load are given back; the reader's cache says whether a reading is still the reader's
 * (`reading-cache.ts`), so both live as long as one `npm start`.
 */
import type { LoadedPage, PageSource } from "./page.js";

interface Kept {
  bytes: Uint8Array;
  source: string;
  loaded: LoadedPage;
}

export class LoadedPages {
  private last = new Map<string, Kept>();
  private next = new Map<string, Kept>();

  /** The page loaded last time from these bytes at this place, if any. */
  find(source: PageSource, bytes: Uint8Array): LoadedPage | undefined {
    const kept = this.last.get(source.path);
    if (!kept || kept.source !== JSON.stringify(source) || !Buffer.from(kept.bytes).equals(bytes)) return;
    this.next.set(source.path, kept);
    return kept.loaded;
  }

  keep(source: PageSource, bytes: Uint8Array, loaded: LoadedPage): void {
    this.next.set(source.path, { bytes, source: JSON.stringify(source), loaded });
  }

  /** Ends a load: its pages are those the next load may find. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}
