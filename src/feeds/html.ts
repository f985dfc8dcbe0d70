/** Building small pieces of HTML for feed entries, every piece of text escaped. */
import { xmlSafe } from "./xml-text.js";

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text as HTML text or attribute value, stripped of what XML cannot hold. */
export const escapeHtml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** `<tag>text</tag>`, the text escaped; `attrs` are trusted, already escaped markup. */
export const element = (tag: string, text: string, attrs = ""): string =>
  `<${tag}${attrs ? ` ${attrs}` : ""}>${escapeHtml(text)}</${tag}>`;

/** `<a href="url">text</a>` with both escaped. */
export const link = (url: string, text: string): string =>
  `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
