/**
 * People and places: an index of the reporters and correspondents named in bylines and of the
 * places named in datelines, and a page for each listing their items, newest first.
 */
import { foldInvisible } from "../search/tokens.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import { head } from "./head.js";
import { peoplePath, permalink, personFeedPath, personPath, placePath, placesPath } from "./urls.js";
import type { IndexView, ItemSummary, NamedView } from "./views.js";

type Role = "reporter" | "correspondent";

interface Named {
  name: string;
  /** Indices into the archive's entries, oldest first, each once. */
  entries: number[];
  roles: Set<Role>;
}

/** Groups entries by the names `namesOf` finds in them (with the role, when names have one). */
function collect(entries: ItemEntry[], namesOf: (e: ItemEntry) => [string, Role | null][]): Named[] {
  const byName = new Map<string, Named>();
  entries.forEach((entry, i) => {
    for (const [name, role] of namesOf(entry)) {
      // One page per name however OCR spelled it (compatibility ideographs, zero-width spaces),
      // as its address is one (`urls.ts`); the folded spelling is the one shown.
      const key = foldInvisible(name);
      const named = byName.get(key) ?? { name: key, entries: [], roles: new Set() };
      if (named.entries.at(-1) !== i) named.entries.push(i);
      if (role) named.roles.add(role);
      byName.set(key, named);
    }
  });
  return [...byName.values()];
}

/** Names in the order the archive's language sorts them (pinyin for Chinese). */
const sortByName = (ctx: ShapeContext, list: Named[]): Named[] => {
  const collator = new Intl.Collator(ctx.config.language);
  return list.sort((a, b) => collator.compare(a.name, b.name));
};

const newestFirst = (named: Named, summaries: ItemSummary[]): ItemSummary[] =>
  named.entries
    .slice()
    .reverse()
    .map((i) => summaries[i] as ItemSummary);

/** `head`'s `updated`: the date of the newest of `entries` (archive order, so the last). */
const newest = (entries: ItemEntry[]): { updated?: string } => {
  const last = entries.at(-1);
  return last ? { updated: last.issue.date } : {};
};

export interface NamedPages {
  index: IndexView;
  pages: NamedView[];
}

export function peoplePages(ctx: ShapeContext, entries: ItemEntry[], summaries: ItemSummary[]): NamedPages {
  const { ui } = ctx;
  const people = sortByName(
    ctx,
    collect(entries, ({ item }) => [
      ...item.reporters.map((n): [string, Role] => [n, "reporter"]),
      ...item.correspondents.map((n): [string, Role] => [n, "correspondent"]),
    ]),
  );
  return {
    index: {
      permalink: permalink(peoplePath()),
      head: head(ctx, { path: peoplePath(), title: ui.people, ...newest(entries) }),
      heading: ui.people,
      intro: ui.peopleIntro,
      entries: people.map((p) => ({
        link: ctx.link(personPath(p.name), p.name),
        count: ui.articles(p.entries.length),
      })),
    },
    pages: people.map((p) => {
      const feed = ctx.link(personFeedPath(p.name), ui.feedOf(p.name));
      const roles = [...p.roles]
        .map((r) => (r === "reporter" ? ui.reporter : ui.correspondent))
        .join(ui.nameSeparator);
      return {
        permalink: permalink(personPath(p.name)),
        head: head(ctx, {
          path: personPath(p.name),
          title: p.name,
          description: ui.articlesBy(p.name),
          alternates: [{ href: feed.href, type: "application/atom+xml", title: feed.text }],
          ...newest(p.entries.map((i) => entries[i] as ItemEntry)),
        }),
        heading: p.name,
        summary: `${roles} · ${ui.articles(p.entries.length)}`,
        feed,
        items: newestFirst(p, summaries),
      };
    }),
  };
}

export function placePages(ctx: ShapeContext, entries: ItemEntry[], summaries: ItemSummary[]): NamedPages {
  const { ui } = ctx;
  const places = sortByName(
    ctx,
    collect(entries, ({ item }) => (item.place ? [[item.place, null]] : [])),
  );
  return {
    index: {
      permalink: permalink(placesPath()),
      head: head(ctx, { path: placesPath(), title: ui.places, ...newest(entries) }),
      heading: ui.places,
      intro: ui.placesIntro,
      entries: places.map((p) => ({
        link: ctx.link(placePath(p.name), p.name),
        count: ui.articles(p.entries.length),
      })),
    },
    pages: places.map((p) => ({
      permalink: permalink(placePath(p.name)),
      head: head(ctx, {
        path: placePath(p.name),
        title: p.name,
        description: ui.articlesFrom(p.name),
        ...newest(p.entries.map((i) => entries[i] as ItemEntry)),
      }),
      heading: ui.articlesFrom(p.name),
      summary: ui.articles(p.entries.length),
      feed: null,
      items: newestFirst(p, summaries),
    })),
  };
}
