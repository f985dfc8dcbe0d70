/**
 * The baseline's pages: as many as the archive build wrote, sharing out the synthetic archive's
 * paragraphs so both builds push about the same text through their templates.
 */
import type { BaselineItem } from "./eleventy.config.js";

/**
 * Paragraphs of a printed page: an indented line or a line after a blank one starts one, wrapped
 * lines join. Rougher than the real parser (a column break splits a paragraph) on purpose: the
 * baseline needs the same text, not a faithful reading.
 */
export function pageParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let afterBlank = true;
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      afterBlank = true;
      continue;
    }
    if (/^[ \u3000]/.test(line) || afterBlank) paragraphs.push(line.trim());
    else paragraphs[paragraphs.length - 1] += line.trim();
    afterBlank = false;
  }
  return paragraphs;
}

/** `count` pages, paragraphs dealt round-robin; each page is titled by its first paragraph. */
export function baselineItems(pageTexts: Iterable<string>, count: number): BaselineItem[] {
  const items: BaselineItem[] = Array.from({ length: count }, (_, i) => ({
    path: `p/${i}`,
    title: "",
    paragraphs: [],
  }));
  let next = 0;
  for (const text of pageTexts) {
    for (const paragraph of pageParagraphs(text)) {
      items[next % count]!.paragraphs.push(paragraph);
      next += 1;
    }
  }
  for (const item of items) item.title = (item.paragraphs[0] ?? "").slice(0, 20);
  return items;
}
