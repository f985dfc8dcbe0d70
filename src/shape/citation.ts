/**
 * Ready-made citations for an article. GB/T 7714-2015 cites a newspaper article as
 * `作者. 题名[N]. 报纸名, 出版日期(版次).` — e.g. `胡磊, 薛良诚. 推介会上…[N]. 聊城日报, 2025-03-17(5).`
 */

/** GB/T 7714 lists at most three authors, then `等` (Chinese) or `et al.` (other languages). */
const GBT_MAX_AUTHORS = 3;

export interface GbtInput {
  authors: readonly string[];
  /** Headline; a subtitle is joined to it with `: ` as 其他题名信息. */
  title: string;
  subtitle: string | null;
  newspaper: string;
  /** ISO date `YYYY-MM-DD`, the form GB/T 7714 prescribes for 出版日期. */
  isoDate: string;
  pageNumber: number;
  /** Whether the names are Chinese (`等`) or not (`et al.`). */
  chinese: boolean;
}

export function gbt7714(c: GbtInput): string {
  const shown = c.authors.slice(0, GBT_MAX_AUTHORS);
  if (c.authors.length > GBT_MAX_AUTHORS) shown.push(c.chinese ? "等" : "et al");
  const authors = shown.length ? `${shown.join(", ")}. ` : "";
  const title = c.subtitle ? `${c.title}: ${c.subtitle}` : c.title;
  return `${authors}${title}[N]. ${c.newspaper}, ${c.isoDate}(${c.pageNumber}).`;
}
