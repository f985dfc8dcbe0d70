/**
 * The raw material of the synthetic archive: the sample page taken apart at runtime into
 * sentences, subheads, headlines and a character frequency list, so that nothing of the real
 * page is copied into the benchmark's source and a different sample page would work as well.
 */

/** What the generator recombines. */
export interface SampleMaterial {
  /** Body sentences, layout spaces inside numbers removed, datelines taken off. */
  sentences: string[];
  /** Short paragraphs with no sentence end (故事一：… style subheads). */
  subheads: string[];
  /** Lines printed alone between blank lines: headlines and kickers. */
  headlines: string[];
  /** Han characters of the page, most frequent first (for new words). */
  hanByFrequency: string[];
}

const BYLINE_MARK = "□";
const SENTENCE = /[^。！？]+[。！？]+[”’」]*/g;
const DATELINE_PREFIX = /^本报\S{1,6}?讯\s*/;
const HAN = /\p{Script=Han}/u;

const isIndented = (line: string): boolean => /^[ \u3000]/.test(line);
const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === "";

/** `4 0 0 亿元` → `400亿元`, `2 .7万` → `2.7万`: the layout's spaces, not the writer's. */
export function removeNumberSpaces(text: string): string {
  return text.replace(/(?<=\d) +(?=[\d.])/g, "").replace(/(?<=[\d.]) +(?=[\d亿万千百年%])/g, "");
}

/** Lines that are a byline (□ …) or its continuation (`   通讯员 … 报道`). */
function bylineLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (!line.includes(BYLINE_MARK)) return;
    found.add(i);
    const next = lines[i + 1];
    if (next !== undefined && /^\s*通讯员/.test(next)) found.add(i + 1);
  });
  return found;
}

/** Splits a page into paragraphs (an indented line starts one; blank lines are column breaks). */
function paragraphsAndHeadlines(text: string): { paragraphs: string[]; headlines: string[] } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const bylines = bylineLines(lines);
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  let current: string[] | null = null;
  lines.forEach((line, i) => {
    if (bylines.has(i) || isBlank(line)) return;
    const alone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]) && !isIndented(line);
    if (alone) {
      headlines.push(line.trim());
      current = null;
    } else if (isIndented(line) || current === null) {
      current = [line.trim()];
      paragraphs.push("");
      paragraphs[paragraphs.length - 1] = current.join("");
    } else {
      current.push(line.trim());
      paragraphs[paragraphs.length - 1] = current.join("");
    }
  });
  return { paragraphs, headlines };
}

/** Han characters by how often the page uses them, most frequent first (ties by first use). */
function hanFrequency(text: string): string[] {
  const counts = new Map<string, number>();
  for (const ch of text) if (HAN.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([ch]) => ch);
}

/** Takes a sample page apart; throws when the page yields too little to recombine. */
export function takeApart(pageText: string): SampleMaterial {
  const { paragraphs, headlines } = paragraphsAndHeadlines(pageText);
  const sentences: string[] = [];
  const subheads: string[] = [];
  for (const raw of paragraphs) {
    const paragraph = removeNumberSpaces(raw).replace(DATELINE_PREFIX, "");
    const found = paragraph.match(SENTENCE) ?? [];
    if (found.length === 0) {
      if (paragraph.length <= 30) subheads.push(paragraph);
      continue;
    }
    for (const sentence of found) {
      const trimmed = sentence.trim();
      if (trimmed.length >= 8) sentences.push(trimmed);
    }
  }
  if (sentences.length < 20 || headlines.length < 3) {
    throw new Error(
      `The sample page gave ${sentences.length} sentences and ${headlines.length} headlines; ` +
        "the generator needs at least 20 and 3 — use a fuller page as the sample.",
    );
  }
  return { sentences, subheads, headlines, hanByFrequency: hanFrequency(pageText) };
}
