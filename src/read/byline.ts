/**
 * Bylines: "□ 本报记者 张三 李四", "□记 者 张三 / 通讯员 李四 报道" (over two lines, with layout
 * spaces inside 记者), "（记者 张三 通讯员 李四）" after a dateline. Recognising a byline line, and
 * reading one into the printed text and the lists of reporters (记者) and correspondents (通讯员).
 */
import { BYLINE_MARKERS } from "./chars.js";

/** A byline as the reader keeps it. */
export interface Byline {
  /** As printed, without markers, spaces normalised. */
  text: string;
  reporters: string[];
  correspondents: string[];
}

type Role = "reporter" | "correspondent" | "other";

/** Role words with the layout spaces a typesetter puts inside them to fill a width. */
const SPACED_ROLE_WORDS: [RegExp, string][] = [
  [/记[ \u3000]+者/gu, "记者"],
  [/通[ \u3000]*讯[ \u3000]*员/gu, "通讯员"],
  [/实[ \u3000]*习[ \u3000]*生/gu, "实习生"],
  [/报[ \u3000]+道/gu, "报道"],
];

/**
 * What may stand before 记者/通讯员 in one word: the paper, an agency, a rank — or another
 * paper named in full (大众日报记者, 齐鲁晚报·齐鲁壹点记者).
 */
const ROLE_WORD =
  /^((?:[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|商报|时报|都市报|电视台|新闻网)(?:·[\u4e00-\u9fff]{2,6})?)?(?:本报|本刊|新华社|中新社|人民日报|央视|特约|实习|见习|首席|摄影|融媒|融媒体|全媒体|驻[\u4e00-\u9fff]{1,3}){0,3})(记者|通讯员|实习生|评论员|特约评论员)(.*)$/u;
/** Words that credit work without naming a role, or close the byline. */
const CREDIT_WORDS = new Set([
  "报道",
  "摄",
  "摄影",
  "文",
  "图",
  "文/图",
  "图/文",
  "文图",
  "整理",
  "采写",
  "撰稿",
  "制图",
  "通讯",
]);
/** A person's name: two to four Han characters, or a transcribed name with a middle dot. */
const NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,10})$/u;

/** Strips byline markers and normalises the spaces and spaced role words of a byline text. */
export function normaliseBylineText(text: string): string {
  let out = text;
  while (out.length > 0 && BYLINE_MARKERS.includes(out[0]!)) out = out.slice(1);
  for (const [spaced, word] of SPACED_ROLE_WORDS) out = out.replace(spaced, word);
  out = out.replace(/[ \u3000\t]+/gu, " ").trim();
  // A two-character name spaced out to the width of three (高 田) is one name.
  return out.replace(/(?<=^| )([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?= |$)/gu, "$1$2");
}

interface Token {
  role: Role | null;
  /** A name carried by the token (a name glued to its role word, or a bare name). */
  name: string | null;
  /** True for a credit word such as 报道. */
  credit: boolean;
}

function classify(token: string): Token | null {
  const role = ROLE_WORD.exec(token);
  if (role) {
    const kind: Role = role[2] === "记者" ? "reporter" : role[2] === "通讯员" ? "correspondent" : "other";
    const rest = role[3]!;
    if (rest === "") return { role: kind, name: null, credit: false };
    return NAME.test(rest) ? { role: kind, name: rest, credit: false } : null;
  }
  if (CREDIT_WORDS.has(token)) return { role: null, name: null, credit: true };
  if (NAME.test(token)) return { role: null, name: token, credit: false };
  return null;
}

/** Tokens of a normalised byline text, or null when a word is neither role, credit nor name. */
/** Credit words a slash glues to what follows: 文/本报记者 张三, 文/图 张三. */
const SLASHED_CREDIT = /^((?:文|图|文图|图文|文\/图|图\/文|摄影)\/)(.+)$/u;

/** The words of a normalised byline text, a slashed credit split off the word it is glued to. */
function words(text: string): string[] {
  if (!text.includes("/")) return text.split(" ");
  return text.split(" ").flatMap((word) => {
    const slashed = SLASHED_CREDIT.exec(word);
    return slashed && !CREDIT_WORDS.has(word) ? [slashed[1]!.slice(0, -1), slashed[2]!] : [word];
  });
}

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  // Names listed with a 、 between them (记者张三、李四) are words of their own.
  for (const word of words(text.replace(/、/gu, " "))) {
    if (word === "") continue;
    const token = classify(word);
    if (!token) return null;
    out.push(token);
  }
  return out;
}

/**
 * A person's name as bylines print it bare: two or three Han characters (a four-character one
 * reads as often as a phrase, 红色旅游), or a foreign name in parts joined by a middle dot.
 */
const PERSON = /^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,5}(?:[·•][\u4e00-\u9fff]{1,5}){1,2})$/u;
const isPersonName = (name: string | null): boolean => name !== null && PERSON.test(name);

/**
 * Is this unmarked line a writer's name set under a headline with no □ (王晓明, 张三 李四)?
 * Names only, one to three of them; the caller checks that a headline-like line stands above.
 */
export function isBareNames(text: string): boolean {
  const normal = normaliseBylineText(text);
  // Bare names stand apart by spaces; words listed with 、 are a phrase (换脸、变声、对口型).
  if (normal.includes("、")) return false;
  // A name set letter-spaced (杨 柳) is one name, not two one-character words.
  const list = tokens(/^[\u4e00-\u9fff] [\u4e00-\u9fff]$/u.test(normal) ? normal.replace(" ", "") : normal);
  return (
    !!list &&
    list.length >= 1 &&
    list.length <= 3 &&
    list.every((t) => t.role === null && isPersonName(t.name))
  );
}

/**
 * Is this line (or the start of a two-line byline) a byline? Unmarked lines must open with a
 * role word (记者 …); a line with a □ marker may open with a credit word (文/图 …) too.
 */
export function isBylineText(text: string, marked: boolean): boolean {
  const normal = normaliseBylineText(text);
  if (normal.length === 0 || normal.length > 60) return false;
  const list = tokens(normal);
  if (!list || list.length === 0) return false;
  const first = list[0]!;
  const hasName = list.some((t) => t.name !== null);
  if (first.role !== null) return hasName || list.length === 1;
  // "文/图 本报记者 张三": a credit word, then a role word and a name, needs no marker.
  if (first.credit && list.some((t) => t.role !== null) && hasName) return true;
  if (!marked) return false;
  // "□ 文/图 张三", or a columnist's "□ 张三": a marker before names only.
  const namesOnly = list.every((t) => t.name !== null && t.role === null) && list.length <= 4;
  return (first.credit && hasName) || namesOnly;
}

/**
 * Is this line the second line of a byline (e.g. "通讯员 李四 报道" under "□记者 张三")?
 * It must read as a byline on its own; a line of names only continues a byline that had no credit word yet.
 */
export function continuesByline(text: string): boolean {
  return isBylineText(text, false);
}

/** Names by role, read from a normalised byline text (names after 记者 and after 通讯员). */
export function namesOf(text: string): { reporters: string[]; correspondents: string[] } {
  const reporters: string[] = [];
  const correspondents: string[] = [];
  // A name with no role word before it is the writer's (□ 王晓明), unless the line credits a photo.
  const photo = isPhotoCredit(text);
  let current: Role | null = photo ? "other" : "reporter";
  for (const word of words(
    text
      .split(/[ 、，,]/u)
      .map((w) => w.replace(/^[（(]|[）)]$/gu, ""))
      .filter((w) => w !== "")
      .join(" "),
  )) {
    const token = classify(word);
    if (!token) continue;
    if (token.credit) {
      current = null;
      continue;
    }
    if (token.role) current = token.role;
    if (token.name && current === "reporter") reporters.push(token.name);
    if (token.name && current === "correspondent") correspondents.push(token.name);
  }
  return { reporters, correspondents };
}

/** Reads the byline printed over `texts` (one entry per source line). */
export function readByline(texts: string[]): Byline {
  const text = normaliseBylineText(texts.map(normaliseBylineText).join(" "));
  return { text, ...namesOf(text) };
}

/** Is a byline line a photo credit, ending with 摄 (photographed by)? It closes a caption. */
export function isPhotoCredit(text: string): boolean {
  return /(?:^|[ \u3000])(?:摄|摄影)$/u.test(text);
}

/** Does the text end with a reporter's credit in brackets, as a brief does: …。（记者 张三）? */
export function endsWithCredit(text: string): boolean {
  const credit = /[（(]([^（）()]{1,60})[）)]$/u.exec(text);
  return credit !== null && isBylineText(credit[1]!, false);
}

/** Is this the text of a bulleted brief: a bullet (●) opens it and a bracketed credit ends it? */
export function isBriefText(text: string, marked: boolean): boolean {
  return marked && endsWithCredit(text);
}
