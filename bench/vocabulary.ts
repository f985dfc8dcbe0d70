/**
 * Words for the synthetic archive. A year of a real daily uses tens of thousands of distinct words,
 * most of them rarely; one sample page uses a few hundred. Sentences of the sample become templates
 * whose uncommon words are slots, refilled on every use from a Zipf-ranked lexicon of the sample's
 * words plus invented ones, so the search index sees a realistic vocabulary spread: the commonest
 * words are on most pages, a word like 轴承 on some, the long tail on few.
 */
import type { Random } from "./prng.js";
import type { SampleMaterial } from "./sample-text.js";

/** One piece of a sentence template. */
export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "word" }
  | { kind: "place" }
  | { kind: "number"; digits: number; unit: string };

export type Template = TemplatePart[];

/** Places the generator puts in datelines and in place of the sample's places (聊城 region first). */
export const PLACES = [
  "聊城",
  "临清",
  "东阿",
  "阳谷",
  "莘县",
  "冠县",
  "高唐",
  "茌平",
  "东昌府",
  "济南",
  "北京",
  "德州",
  "泰安",
  "菏泽",
  "济宁",
  "滨州",
  "淄博",
  "潍坊",
  "烟台",
  "青岛",
  "临沂",
  "枣庄",
  "日照",
  "威海",
] as const;

/** How many of the sample's most frequent words stay as printed (the language's glue words). */
const KEPT_COMMON_WORDS = 60;
/** How many invented words join the lexicon, so that the index's vocabulary grows like a year's. */
const INVENTED_WORDS = 60_000;

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const DIGITS = /^\d+$/;
const PLACE_PATTERN = new RegExp(`(${[...PLACES].sort((a, b) => b.length - a.length).join("|")})`);

/** The templates plus the ranked lexicon their word slots are filled from. */
export interface Vocabulary {
  sentences: Template[];
  headlines: Template[];
  subheads: Template[];
  /** Most likely first. */
  lexicon: string[];
}

function words(text: string): Intl.SegmentData[] {
  return [...new Intl.Segmenter("zh", { granularity: "word" }).segment(text)];
}

/** Two- to four-character words from the sample's characters, frequent characters likelier. */
function inventWords(random: Random, han: readonly string[], count: number, taken: Set<string>): string[] {
  const invented: string[] = [];
  while (invented.length < count) {
    const length = random.chance(0.7) ? 2 : random.chance(0.66) ? 3 : 4;
    let word = "";
    for (let i = 0; i < length; i++) word += han[random.skewedIndex(han.length, 0.7)];
    if (taken.has(word)) continue;
    taken.add(word);
    invented.push(word);
  }
  return invented;
}

function toTemplate(text: string, kept: ReadonlySet<string>): Template {
  const parts: Template = [];
  const pushText = (t: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === "text") last.text += t;
    else parts.push({ kind: "text", text: t });
  };
  for (const piece of text.split(PLACE_PATTERN)) {
    if (piece === "") continue;
    if (PLACE_PATTERN.test(piece) && (PLACES as readonly string[]).includes(piece)) {
      parts.push({ kind: "place" });
      continue;
    }
    const segments = words(piece);
    segments.forEach((s, i) => {
      if (DIGITS.test(s.segment)) {
        parts.push({ kind: "number", digits: s.segment.length, unit: segments[i + 1]?.segment[0] ?? "" });
      } else if (HAN_WORD.test(s.segment) && !kept.has(s.segment)) parts.push({ kind: "word" });
      else pushText(s.segment);
    });
  }
  return parts;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One of `few`, then `every` of `many`, and so on; the rest of `many` at the end. */
function interleave<T>(few: readonly T[], many: readonly T[], every: number): T[] {
  const out: T[] = [];
  let m = 0;
  for (const item of few) {
    out.push(item, ...many.slice(m, m + every));
    m += every;
  }
  return [...out, ...many.slice(m)];
}

/** Builds templates and lexicon from the sample; deterministic for a given random stream. */
export function buildVocabulary(material: SampleMaterial, random: Random): Vocabulary {
  const counts = new Map<string, number>();
  for (const sentence of material.sentences) {
    for (const s of words(sentence)) {
      if (HAN_WORD.test(s.segment) && !PLACE_PATTERN.test(s.segment)) {
        counts.set(s.segment, (counts.get(s.segment) ?? 0) + 1);
      }
    }
  }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const kept = new Set(byFrequency.slice(0, KEPT_COMMON_WORDS));
  const sampleWords = byFrequency.slice(KEPT_COMMON_WORDS);
  const invented = inventWords(random, material.hanByFrequency, INVENTED_WORDS, new Set(byFrequency));
  // The sample's topic words (轴承, 乡村振兴…) are frequent on the sample page only because it is
  // one page; over a year they are ordinary words. Shuffle them in among invented ones so that no
  // topic word sits at the top of the ranking and lands on every page.
  const lexicon = interleave(shuffle(sampleWords, random), invented, 3);
  return {
    sentences: material.sentences.map((s) => toTemplate(s, kept)),
    headlines: material.headlines.map((s) => toTemplate(s, kept)),
    subheads: material.subheads.map((s) => toTemplate(s, kept)),
    lexicon,
  };
}

/** A number of the same width, kept plausible before 月, 日 and 年. */
function fillNumber(random: Random, digits: number, unit: string): string {
  if (unit === "月") return String(random.int(1, 12));
  if (unit === "日") return String(random.int(1, 28));
  if (unit === "年" && digits === 4) return String(random.int(1990, 2025));
  let n = String(random.int(1, 9));
  for (let i = 1; i < digits; i++) n += String(random.int(0, 9));
  return n;
}

/** One use of a template: slots refilled, places set to the article's place. */
export function fill(template: Template, vocabulary: Vocabulary, random: Random, place: string): string {
  let out = "";
  for (const part of template) {
    switch (part.kind) {
      case "text":
        out += part.text;
        break;
      case "place":
        out += place;
        break;
      case "number":
        out += fillNumber(random, part.digits, part.unit);
        break;
      case "word":
        out += vocabulary.lexicon[random.skewedIndex(vocabulary.lexicon.length, 1.0)];
        break;
    }
  }
  return out;
}
