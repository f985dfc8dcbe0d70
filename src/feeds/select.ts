/**
 * Which items each feed holds. Feeds are newest first: issues from the newest back, and within
 * one issue the items in printed order (page 1 first), since they all share the issue's date.
 */
import type { Archive, Issue } from "../model.js";
import type { Item } from "../read/types.js";
import type { ItemEntry } from "../shape/entries.js";

/**
 * Articles only: a note has no headline to show as an entry's title, and is an editor's aside to
 * a page rather than news a subscriber follows; notes stay on the site and in search.
 */
export const isArticleItem = (item: Item): boolean => item.kind === "article" && item.headline !== null;
export const isArticle = (entry: ItemEntry): boolean => isArticleItem(entry.item);

/** `entries` (archive order, as `listItems` gives them) grouped by issue, newest issue first. */
export function byIssueNewestFirst(
  archive: Archive,
  entries: ItemEntry[],
): { issue: Issue; entries: ItemEntry[] }[] {
  const groups = new Map<Issue, ItemEntry[]>(archive.issues.map((issue) => [issue, []]));
  for (const entry of entries) groups.get(entry.issue)?.push(entry);
  return [...groups].reverse().map(([issue, issueEntries]) => ({ issue, entries: issueEntries }));
}

/** The newest `limit` articles, newest first. */
export function latestArticles(groups: { entries: ItemEntry[] }[], limit: number): ItemEntry[] {
  const latest: ItemEntry[] = [];
  for (const group of groups)
    for (const entry of group.entries) {
      if (latest.length >= limit) return latest;
      if (isArticle(entry)) latest.push(entry);
    }
  return latest;
}

/** Everyone named as reporter or correspondent of any item, in order of first appearance. */
export function peopleOf(entries: ItemEntry[]): string[] {
  const people = new Set<string>();
  for (const { item } of entries)
    for (const name of [...item.reporters, ...item.correspondents]) people.add(name);
  return [...people];
}

/**
 * Each person's newest `limit` articles, newest first, whether they wrote them (记者) or
 * contributed (通讯员). Everyone in `people` gets a list, empty when they signed only notes, so
 * that every person page's feed link finds a feed.
 */
export function articlesByPerson(
  people: string[],
  groups: { entries: ItemEntry[] }[],
  limit: number,
): Map<string, ItemEntry[]> {
  const byPerson = new Map<string, ItemEntry[]>(people.map((name) => [name, []]));
  for (const group of groups)
    for (const entry of group.entries) {
      if (!isArticle(entry)) continue;
      for (const name of new Set([...entry.item.reporters, ...entry.item.correspondents])) {
        const list = byPerson.get(name);
        if (list && list.length < limit) list.push(entry);
      }
    }
  return byPerson;
}
