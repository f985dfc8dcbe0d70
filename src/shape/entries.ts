/**
 * Every item of the archive with where it stands, in archive order (oldest issue first, then page,
 * then position on the page). The one enumeration that pages, feeds and search all build on.
 */
import type { Archive, Issue, Page } from "../model.js";
import type { Item } from "../read/types.js";
import { itemPath } from "./urls.js";

export interface ItemEntry {
  issue: Issue;
  page: Page;
  item: Item;
  /** 1-based place among the items of its page; part of the item's URL. */
  position: number;
  /** Site-relative, unprefixed path of the item's own page. */
  path: string;
}

export function listItems(archive: Archive): ItemEntry[] {
  const entries: ItemEntry[] = [];
  for (const issue of archive.issues)
    for (const page of issue.pages)
      page.reading.items.forEach((item, i) =>
        entries.push({ issue, page, item, position: i + 1, path: itemPath(issue, page, i + 1) }),
      );
  return entries;
}
