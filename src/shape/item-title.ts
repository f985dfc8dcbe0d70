/**
 * What an item is called in its page's `<h1>` and `<title>`, in lists, citations and search: its
 * headline. A note (text printed without a headline) is never named by a cut sentence: it gets
 * the label its text opens with when it has one (`编者按：…` → 编者按), or the page's note label
 * (本版导语), with its date and page, e.g. `本版导语 · 2025年3月17日 第1版`.
 */
import type { Item } from "../read/types.js";
import type { UiStrings } from "./i18n.js";

/** Labels an editor prints at the head of a note, longest first so that 编后语 wins over 编后. */
const NOTE_LABELS = [
  "本版导语",
  "开栏的话",
  "编者的话",
  "编辑手记",
  "编者按",
  "编后语",
  "编后",
  "导语",
  "Editor’s note",
  "Editor's note",
] as const;

/** The label a note's text opens with (followed by a colon or a space), or null. */
export function printedNoteLabel(item: Pick<Item, "blocks">): string | null {
  const text = item.blocks[0]?.text.trimStart() ?? "";
  for (const label of NOTE_LABELS) {
    if (!text.toLowerCase().startsWith(label.toLowerCase())) continue;
    const after = text.slice(label.length);
    if (after === "" || /^[\s:：]/u.test(after)) return label.startsWith("Editor") ? "Editor’s note" : label;
  }
  return null;
}

/** Where an item stands, for a note's title: the date without weekday, and the page. */
export interface TitlePlace {
  /** `2025年3月17日`. */
  date: string;
  pageNumber: number;
}

export function itemTitle(ui: UiStrings, item: Pick<Item, "headline" | "blocks">, where: TitlePlace): string {
  if (item.headline) return item.headline;
  return ui.noteTitle(printedNoteLabel(item) ?? ui.pageNote, where.date, where.pageNumber);
}
