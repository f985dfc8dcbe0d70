/**
 * Datelines at the head of an article's first paragraph: 本报讯, 本报潍坊讯, 本报北京3月12日电,
 * 新华社北京3月12日电, 大众日报济南3月12日讯, 央广网北京3月12日消息, optionally followed by a
 * credit in brackets: （记者 张三 通讯员 李四）, or one without brackets closed by 报道.
 */
import { isBylineText, normaliseBylineText } from "./byline.js";

/** A dateline found at the head of a paragraph. */
export interface Dateline {
  /** As printed, e.g. 本报北京3月12日电 (the credit not included). */
  text: string;
  /** The place (北京), or null (本报讯). */
  place: string | null;
  /**
   * The credit after the dateline as printed, spaces normalised: in brackets with its brackets
   * （记者 张三）, or unbracketed up to its closing 报道 (记者 张三 报道); null when none.
   */
  credit: string | null;
  /** The paragraph text after the dateline and credit, leading spaces removed. */
  rest: string;
}

/** Who files the story: this paper or a news agency. */
const SOURCE =
  "(?:据)?(?:本报|本刊|新华社|中新社|中新网|人民网|新华网|央视网|光明网|央广网|[\\u4e00-\\u9fff]{2,6}?(?:日报|晚报|新闻网))";
const DATE =
  "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日";
/**
 * Place, then an optional date, then 讯 (news) or 电 (wire) — not the first character of a word
 * such as 电话 or 讯息 — or place, date and 消息 (news).
 */
const DATELINE = new RegExp(
  `^${SOURCE}(?:([\\u4e00-\\u9fff]{1,8}?)\\s*)?(?:(${DATE})?(讯(?![息号问])|电(?![话视影脑力子台梯站网商动器池厂费线]))|(${DATE})(消息))`,
  "u",
);
/** A credit set without brackets after the dateline, closed by 报道: 本报讯 记者 张三 报道 …. */
const PLAIN_CREDIT =
  /^[ \u3000]+((?:[^ \u3000，。：:]+[ \u3000]+){1,8}?报道)(?:[ \u3000]*[：:]|[ \u3000]+|$)/u;
const CREDIT = /^[ \u3000]*([（(])([^（）()]{1,60})([）)])/u;
/** Words that cannot be (part of) a place: the dateline regex would otherwise misread sentences. */
const NOT_A_PLACE = /记者|通讯员|报道|消息|获悉|了解|社长|总编|编辑|刊发|发表|评论/u;

/** Reads a dateline off the head of a paragraph, or returns null when the paragraph has none. */
export function readDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = match[1] ?? null;
  if (place && NOT_A_PLACE.test(place)) return null;
  let rest = paragraph.slice(match[0].length);
  let credit: string | null = null;
  const bracket = CREDIT.exec(rest);
  const plain = bracket ? null : PLAIN_CREDIT.exec(rest);
  if (bracket && isBylineText(bracket[2]!, false)) {
    credit = `${bracket[1]}${normaliseBylineText(bracket[2]!)}${bracket[3]}`;
    rest = rest.slice(bracket[0].length);
  } else if (plain && isBylineText(plain[1]!, false)) {
    credit = normaliseBylineText(plain[1]!);
    rest = rest.slice(plain[0].length);
  }
  return {
    text: match[0].replace(/\s+/gu, ""),
    place: place && place.length > 0 ? place : null,
    credit,
    rest: rest.replace(/^[ \u3000\t]+/u, ""),
  };
}
