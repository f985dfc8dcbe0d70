/**
 * A headline group → kicker (引题), headline (主题) and subtitle (副题). Kickers and subtitles are
 * one line each; a headline may wrap over several. What decides, strongest first:
 * - marks: a line ending with a dash or an ellipsis (——, ……) is the kicker; a line opening with a
 *   dash is the subtitle; a column tag closing a line (（城市观察）) ends the headline;
 * - wraps: a line ending with an opening mark (， 、 “ （) runs on into the next, and a line
 *   opening with a closing mark (，” ）) or holding only a tag continues the one above;
 * - lengths: a wrapped headline's first line is short, or followed by a short tail; a kicker is a
 *   long phrase with a headline of its own under it; a shorter phrase with figures under a line
 *   is its subtitle;
 * - the story: a news report opening with a dateline is headlined with a subtitle under the
 *   headline, a feature with a kicker above it, when nothing else tells the two apart.
 */
import { endsOpen, endsWithColumnTag, isHan, isLatinAlnum, leftOpen, opensWithCloser } from "./chars.js";
import type { Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";

export interface HeadlineGroup {
  kicker: string | null;
  headline: string | null;
  subtitle: string | null;
}

const SUBTITLE_START = /^[—─―-]{1,3}/u;
/** A kicker's end: a dash or an ellipsis leading into the headline. */
const KICKER_END = /(?:[—─―]{1,3}|…{1,2}|\.{3,6})$/u;
/** Two phrases of Chinese text set apart by a space. */
const PHRASE_PAIR = /[\u4e00-\u9fff”’」』]{2}[ \u3000]+[“‘「『\u4e00-\u9fff]{2}/u;
/** Marks a line may end with that close a phrase: a line so ended is a kicker, not a wrap. */
const PHRASE_END = /[！!？?”’」』]$/u;
/** A line holding only a column tag. */
const TAG_ONLY = /^[（(][^（）()。，]{2,16}[）)]$/u;

/** Fewest characters of a kicker read from lengths alone. */
const MIN_KICKER = 11;
/** Fewest characters of a headline line that stands whole, with a subtitle under it. */
const MIN_WHOLE = 13;
/** A tail this short (characters, tag aside) is the end of a wrapped headline, not a headline. */
const MAX_TAIL = 5;

const length = (text: string): number => Array.from(text.replace(/[ \u3000]/gu, "")).length;
const untagged = (text: string): string => text.replace(/[（(][^（）()。，]{2,16}[）)]$/u, "");

/** What the group is read against: the story it heads. */
export interface GroupContext {
  /** The story's text opens with a dateline (本报北京3月24日电): a news report. */
  datelined: boolean;
  /** The story's text, whose words tell a headline cut in the middle of one. */
  body: string;
}

/** A figure: digits, or a Chinese number with its magnitude (五万, 三千). */
const FIGURE = /\d|[一二两三四五六七八九十]+[百千万亿]/u;

/**
 * Is `line`, under `above`, a subtitle giving the figures behind the headline (山西给个体商户
 * 免费上保险 / 受益商户超五万户)? A shorter phrase holding a figure, under a line long enough to
 * stand whole (not a headline wrapped: 广西经营主体 / 突破450万户): a headline under a kicker
 * states, a subtitle under a headline counts.
 */
function givesFigures(above: string, line: string): boolean {
  const whole = length(above) >= MIN_WHOLE;
  return whole && length(untagged(line)) > MAX_TAIL && length(line) < length(above) && FIGURE.test(line);
}

/**
 * Does line `j` run on into line `j + 1` of the group, whatever their lengths? Marks say so, and
 * so does a word cut in two: the two characters at the break stand together in the story's text
 * (实|现 over a story that says 实现).
 */
function runsOn(texts: string[], j: number, ctx: GroupContext): boolean {
  const line = texts[j]!;
  const next = texts[j + 1]!;
  if (endsOpen(line) || opensWithCloser(next) || TAG_ONLY.test(next) || leftOpen(line)) return true;
  const pair = line.slice(-1) + next.slice(0, 1);
  return isHan(pair[0]!) && isHan(pair[1]!) && ctx.body.includes(pair);
}

/** Is the first of `texts` a kicker over the rest, read from lengths (no mark says)? */
function kickerByLength(texts: string[], ctx: GroupContext, subtitled: boolean): boolean {
  const first = texts[0]!;
  if (runsOn(texts, 0, ctx) || endsWithColumnTag(first)) return false;
  if (/[ \u3000]/u.test(first) || PHRASE_END.test(first) || PHRASE_PAIR.test(texts[1]!)) return true;
  const rest = length(untagged(texts.slice(1).join("")));
  const tagged = texts.slice(1).some((t) => endsWithColumnTag(t));
  // The lines under the first, as phrases: lines that run on are one phrase.
  let phrases = 1;
  for (let j = 1; j + 1 < texts.length; j++) if (!runsOn(texts, j, ctx)) phrases++;
  const a = length(first);
  // Over a subtitle, a short line above a headline twice its length is a kicker of its own.
  if (subtitled && phrases === 1) return a * 2 <= rest;
  // Three phrases or more: a headline seldom wraps twice, so the first is a kicker, unless a
  // dateline says the last is a subtitle instead.
  if (phrases >= 2 && (!ctx.datelined || subtitled) && !tagged) return a > MAX_TAIL;
  if (a < MIN_KICKER || rest <= MAX_TAIL) return false;
  if (a === MIN_KICKER && rest < a + 3) return false;
  if (texts.length === 2 && !tagged && givesFigures(first, texts[1]!)) return false;
  // Two phrases: over a news report's dateline the second is its subtitle, unless it closes
  // with a column tag, which only a headline carries.
  return tagged || !ctx.datelined || texts.length > 2;
}

/**
 * Splits lines no librarian gave a role into kicker, headline and subtitle: how many lines the
 * kicker and the headline take (the rest is the subtitle).
 */
function splitFree(
  texts: string[],
  ctx: GroupContext,
  subtitled: boolean,
): { kicker: number; headline: number } {
  const n = texts.length;
  const dash = texts.findIndex((t, j) => j > 0 && SUBTITLE_START.test(t));
  const end = dash > 0 ? dash : n;
  const marked = texts.findIndex((t, j) => j < end - 1 && KICKER_END.test(t));
  const kicker =
    marked >= 0 ? marked + 1 : end >= 2 && kickerByLength(texts.slice(0, end), ctx, subtitled) ? 1 : 0;
  let headline = 1;
  const tagAt = texts.findIndex((t, j) => j >= kicker && j < end && endsWithColumnTag(t));
  for (let j = kicker + 1; j < end; j++) {
    const prev = texts[j - 1]!;
    const line = texts[j]!;
    if (subtitled || runsOn(texts, j - 1, ctx) || (tagAt >= j && !endsWithColumnTag(prev))) headline++;
    else if (endsWithColumnTag(prev)) break;
    else if (
      headline === 1 &&
      (length(untagged(line)) <= MAX_TAIL ||
        ((length(prev) < MIN_WHOLE || !ctx.datelined) && !givesFigures(prev, line)))
    )
      headline++;
    else break;
  }
  return { kicker, headline };
}

/** Joins title lines: a space between Latin words, nothing anywhere else (怎么办？ / （读者来信）). */
export function joinTitleLines(texts: string[]): string {
  const parts: string[] = [];
  let last = "";
  for (const text of texts) {
    if (text === "") continue;
    if (parts.length > 0 && isLatinAlnum(last) && isLatinAlnum(text.slice(0, 1))) parts.push(" ");
    parts.push(text);
    last = text.slice(-1);
  }
  return parts.join("");
}

/** What a line of a headline group is. */
export type GroupPart = "kicker" | "headline" | "subtitle";

/**
 * The part each line of a headline group plays, in line order; `forced` gives the librarian's
 * roles by line number.
 */
export function groupParts(
  lines: Line[],
  forced: Map<number, ForcedRole>,
  ctx: GroupContext = { datelined: false, body: "" },
): GroupPart[] {
  const parts: (GroupPart | null)[] = [];
  /** Lines the librarian gave no role, and whether a forced headline stood above them. */
  const free: { index: number; belowHeadline: boolean }[] = [];
  let headlineForced = false;
  let subtitleAbove = false;
  lines.forEach((line, index) => {
    const force = forced.get(line.no);
    const dashed = lines.length > 1 && SUBTITLE_START.test(line.text);
    const headlineSeen = headlineForced || free.length > 0;
    // A dash opens a subtitle wherever the extraction put it; below the headline, a line the
    // subtitle wraps onto goes with it.
    const subtitle = force === "subtitle" || (!force && (dashed || (subtitleAbove && headlineSeen)));
    if (force === "kicker" || force === "headline") parts.push(force);
    else if (subtitle) parts.push("subtitle");
    else {
      parts.push(null);
      free.push({ index, belowHeadline: headlineForced });
    }
    headlineForced ||= force === "headline";
    subtitleAbove = subtitle;
  });
  if (headlineForced) {
    // The librarian named the headline: free lines above it are the kicker, below it the subtitle.
    for (const f of free) parts[f.index] = f.belowHeadline ? "subtitle" : "kicker";
  } else if (free.length > 0) {
    const texts = free.map((f) => lines[f.index]!.text);
    const split = splitFree(texts, ctx, parts.includes("subtitle"));
    const kickerForced = parts.includes("kicker");
    free.forEach((f, j) => {
      if (j < split.kicker) parts[f.index] = kickerForced ? "headline" : "kicker";
      else parts[f.index] = j < split.kicker + split.headline ? "headline" : "subtitle";
    });
  }
  return parts as GroupPart[];
}

/** Reads a headline group; `forced` gives the librarian's roles by line number. */
export function readHeadlineGroup(
  lines: Line[],
  forced: Map<number, ForcedRole>,
  ctx: GroupContext = { datelined: false, body: "" },
): HeadlineGroup {
  const parts = groupParts(lines, forced, ctx);
  const joined = (part: GroupPart): string | null => {
    const texts = lines.filter((_, i) => parts[i] === part).map((l) => l.text);
    return texts.length > 0 ? joinTitleLines(texts) : null;
  };
  return { kicker: joined("kicker"), headline: joined("headline"), subtitle: joined("subtitle") };
}
