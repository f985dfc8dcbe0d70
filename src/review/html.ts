/**
 * The review as one self-contained HTML file: no script, its own small stylesheet, every piece of
 * text escaped. In English, as `check` speaks; the pages' lines are marked with the archive's
 * language so that they are shown (and read aloud) as that language.
 */
import { pathToFileURL } from "node:url";
import { escapeHtml } from "../feeds/html.js";
import { formatDiagnostic } from "../load/format.js";
import type { PageReview, Review } from "./index.js";

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; background: #fff; }
a { color: #0645ad; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.1rem 0.5rem; border-bottom: 1px solid #ddd; }
td.text { white-space: pre-wrap; font-family: ui-monospace, monospace; }
td.why { font-size: 0.875rem; }
tr.doubt { background: #fff3cd; }
tr.directive td, tr.blank td, tr.left-out td { color: #555; }
.fix code, td.text { overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #121212; }
  a { color: #8ab4f8; }
  tr.doubt { background: #4a3b00; }
  tr.directive td, tr.blank td, tr.left-out td { color: #bbb; }
  th, td { border-color: #444; }
}`;

/** Anchor of a page's section and of one of its lines. */
const pageId = (i: number): string => `p${i + 1}`;
const lineId = (i: number, line: number): string => `p${i + 1}-L${line}`;

export function reviewHtml(review: Review): string {
  const doubts = review.pages.reduce((n, p) => n + p.doubts.length, 0);
  const summary =
    review.pages.length === 0
      ? "Nothing to review: every page was read without doubt."
      : `${doubts} ${doubts === 1 ? "reading" : "readings"} to check on ${review.pages.length} ${review.pages.length === 1 ? "page" : "pages"}.`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Review: ${escapeHtml(review.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Readings to review: ${escapeHtml(review.title)}</h1>
<p>${summary} Each page below shows its lines beside how they were read, what to check, and the <code>@@</code> line that fixes it (<code>docs/markup.md</code> lists them all). This page is for you only: it is never part of the published site.</p>
${review.pages.length ? contents(review.pages) : ""}
${review.pages.map((page, i) => pageSection(review, page, i)).join("\n")}
${review.others.length ? others(review) : ""}
</main>
</body>
</html>
`;
}

function contents(pages: PageReview[]): string {
  const items = pages.map(
    (page, i) =>
      `<li><a href="#${pageId(i)}">${escapeHtml(page.label)}</a>: <code>${escapeHtml(page.file)}</code> (${page.doubts.length})</li>`,
  );
  return `<nav aria-labelledby="contents-h">\n<h2 id="contents-h">Pages to review</h2>\n<ol>\n${items.join("\n")}\n</ol>\n</nav>`;
}

function pageSection(review: Review, page: PageReview, i: number): string {
  const doubtLines = new Set(page.doubts.map((d) => d.line));
  const doubts = page.doubts.map((d) => {
    const at = d.line ? `${page.file}:${d.line}` : page.file;
    const where = d.line ? `<a href="#${lineId(i, d.line)}">${escapeHtml(at)}</a>` : escapeHtml(at);
    return `<li>${where}: ${d.severity}: ${escapeHtml(d.message)}<br><span class="fix">Fix: ${escapeHtml(d.fix)}</span></li>`;
  });
  const rows = page.lines.map((line) => {
    const classes = [line.role.replace(" ", "-"), doubtLines.has(line.no) ? "doubt" : ""].filter(Boolean);
    return `<tr id="${lineId(i, line.no)}" class="${classes.join(" ")}"><th scope="row">${line.no}</th><td class="text" lang="${escapeHtml(review.language)}">${escapeHtml(line.text)}</td><td>${line.role}</td><td class="why">${escapeHtml(line.why)}</td></tr>`;
  });
  return `<section id="${pageId(i)}" aria-labelledby="${pageId(i)}-h">
<h2 id="${pageId(i)}-h">${escapeHtml(page.label)}</h2>
<p><a href="${escapeHtml(pathToFileURL(page.path).href)}">Open ${escapeHtml(page.file)}</a></p>
<h3>To check</h3>
<ol>
${doubts.join("\n")}
</ol>
<table>
<caption>The lines of ${escapeHtml(page.file)} and how each was read</caption>
<thead><tr><th scope="col">Line</th><th scope="col">Text</th><th scope="col">Read as</th><th scope="col">Because</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</section>`;
}

function others(review: Review): string {
  const items = review.others.map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`);
  return `<section aria-labelledby="others-h">\n<h2 id="others-h">Other problems (as <code>npm run check</code> prints them)</h2>\n<ul>\n${items.join("\n")}\n</ul>\n</section>`;
}
