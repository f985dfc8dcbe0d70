/**
 * An article's full text as the HTML a feed reader shows: kicker, headline, subtitle, byline,
 * dateline, paragraphs and subheads, in the order they were printed.
 */
import type { Block, Item } from "../read/types.js";
import { element, escapeHtml } from "./html.js";

/**
 * The dateline opens the first paragraph in print (本报聊城讯 3月10日上午，…); the reading keeps it
 * apart, so it is put back in front of the first paragraph, or stands alone when there is none.
 */
function bodyHtml(dateline: string | null, blocks: Block[]): string[] {
  const html = blocks.map((block) => element(block.type === "subhead" ? "h2" : "p", block.text));
  if (dateline === null) return html;
  const datelineHtml = element("strong", dateline);
  const first = blocks[0];
  if (first?.type === "p") html[0] = `<p>${datelineHtml} ${escapeHtml(first.text)}</p>`;
  else html.unshift(`<p>${datelineHtml}</p>`);
  return html;
}

export function articleHtml(item: Item): string {
  const parts: string[] = [];
  if (item.kicker) parts.push(element("p", item.kicker));
  if (item.headline) parts.push(element("h1", item.headline));
  if (item.subtitle) parts.push(element("p", item.subtitle));
  if (item.byline) parts.push(element("p", item.byline));
  parts.push(...bodyHtml(item.dateline, item.blocks));
  return parts.join("\n");
}
