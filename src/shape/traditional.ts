/**
 * The interface of an archive printed in Traditional Chinese (`language: zh-TW`, `zh-HK`,
 * `zh-Hant`, …): the built-in Simplified strings converted by OpenCC (`opencc-js`), the same
 * library search folds Traditional text with (`src/search/script.ts`), with its regional
 * conventions: Taiwan's words for zh-TW (搜尋, 連結, 檔案), Hong Kong's forms for zh-HK and zh-MO,
 * OpenCC's Taiwan character forms for plain zh-Hant.
 *
 * Reviewed where conversion is ambiguous: every built-in string was read after conversion (后 →
 * 後 in 前後翻閱, 核對 kept rather than OpenCC's standard 覈對); `REVIEWED` holds the corrections.
 */
import OpenCC from "opencc-js";

type Target = "twp" | "hk" | "tw";

/** Which OpenCC target a language tag's interface is written in, or null when not Traditional. */
export function traditionalTarget(language: string): Target | null {
  const tag = language.toLowerCase();
  if (!/^zh(-|$)/.test(tag) || /-hans(-|$)/.test(tag)) return null;
  if (/-(hk|mo)(-|$)/.test(tag)) return "hk";
  if (/-tw(-|$)/.test(tag)) return "twp";
  if (/-hant(-|$)/.test(tag)) return "tw";
  return null;
}

/** Corrections to OpenCC's output, after review: converted text → what it should read. */
const REVIEWED: Record<string, string> = {};

const converters = new Map<Target, (text: string) => string>();
function converter(target: Target): (text: string) => string {
  let convert = converters.get(target);
  if (!convert) {
    const opencc = OpenCC.Converter({ from: "cn", to: target });
    convert = (text) => {
      const out = opencc(text);
      return REVIEWED[out] ?? out;
    };
    converters.set(target, convert);
  }
  return convert;
}

/** The strings and numbers a value holds (a function's arguments): data, never converted. */
function dataOf(value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(dataOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(dataOf);
  return [];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Converts a function's output but not the data it was given (a reporter's name stays as printed). */
function convertOutside(text: string, data: string[], convert: (t: string) => string): string {
  const kept = [...new Set(data.filter((d) => d.length > 0))].sort((a, b) => b.length - a.length);
  if (kept.length === 0) return convert(text);
  const parts = text.split(new RegExp(`(${kept.map(escapeRegExp).join("|")})`, "u"));
  return parts.map((part, i) => (i % 2 === 1 ? part : convert(part))).join("");
}

/**
 * A copy of a set of Simplified strings in the Traditional form `language` asks for: strings
 * converted, functions wrapped so that what they write is converted and what they are given is not,
 * nested objects likewise. The `lang` field, when there is one, becomes `language`.
 */
export function inTraditional<T extends object>(strings: T, language: string): T {
  const target = traditionalTarget(language);
  if (!target) return strings;
  const convert = converter(target);
  const walk = (value: unknown, key?: string): unknown => {
    if (key === "lang") return language;
    if (typeof value === "string") return convert(value);
    if (typeof value === "function")
      return (...args: unknown[]) =>
        convertOutside(
          String((value as (...a: unknown[]) => unknown)(...args)),
          args.flatMap(dataOf),
          convert,
        );
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(strings) as T;
}
