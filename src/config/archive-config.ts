/**
 * `archive.yaml`: the archive-wide settings a librarian writes once (see `ArchiveConfig` in
 * src/model.ts, whose field names are the file's keys). Unknown keys are rejected: a typo would
 * otherwise silently fall back to a default.
 */
import languageTags from "language-tags";
import { IANAZone } from "luxon";
import { z } from "zod";
import type { ArchiveConfig } from "../model.js";
import { headlinePositionSchema } from "./headlines.js";
import { newspaperSchema } from "./newspaper.js";
import type { FileSpec, Path } from "./yaml-file.js";

export const ARCHIVE_CONFIG_FILE = "archive.yaml";

const text = (what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(1, { error: "must not be empty" });

/**
 * `zh-CN`, `en`: a valid BCP 47 tag, every subtag registered with IANA (`chinese` is well-formed
 * but no language, and would print `<html lang="chinese">`); stored in its canonical spelling.
 */
const languageTag = text("a language tag such as zh-CN")
  .refine(isLanguageTag, {
    error: (issue) => {
      const meant = languageNamed(String(issue.input));
      return `is not a language tag (BCP 47), like zh-CN or en${meant ? `; for ${meant.name}, write ${meant.tag}` : ""}`;
    },
  })
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]!);

function isLanguageTag(tag: string): boolean {
  try {
    return languageTags(tag).valid() && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The language whose registered English name is `name` (`chinese` → zh), for the error's hint. */
function languageNamed(name: string): { tag: string; name: string } | null {
  const letters = name.replace(/[^a-z ]/gi, "").trim();
  if (!letters) return null;
  const escaped = letters.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const [found] = languageTags.search(new RegExp(`^${escaped}$`, "i")).filter((s) => s.type() === "language");
  return found ? { tag: found.format(), name: found.descriptions()[0] ?? letters } : null;
}

const timeZone = text("an IANA time zone such as Asia/Shanghai").refine(
  (zone) => IANAZone.isValidZone(zone),
  {
    error: "is not a known IANA time zone, like Asia/Shanghai",
  },
);

/**
 * An origin: scheme and host only, so that the path prefix lives in one place. A user name or
 * password in it would be printed into every feed, canonical link and sitemap.
 */
const baseUrl = text("the site's origin")
  .refine((value) => !hasCredentials(value), {
    error: "must not hold a user name or password: every page and feed would publish it",
  })
  .refine(isOrigin, { error: "must be the site's origin only, like https://example.github.io (no path)" })
  .transform((url) => url.replace(/\/$/, ""));

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function hasCredentials(value: string): boolean {
  const url = parseUrl(value);
  return url !== null && (url.username !== "" || url.password !== "");
}

function isOrigin(value: string): boolean {
  const url = parseUrl(value);
  return url !== null && /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search && !url.hash;
}

/**
 * `/` or `/archive/`: segments of anything but `/`, `?`, `#` and whitespace; never `.` or `..`,
 * which browsers resolve away (`/a/../` is `/`), so links would point elsewhere than the files.
 */
export const pathPrefixSchema = z
  .string({ error: "must be text, like / or /archive/" })
  .regex(/^\/(?:[^/?#\s]+\/)*$/, {
    error: 'must start and end with "/", like /archive/ (or / for the site root)',
  })
  .refine((prefix) => !prefix.split("/").some((segment) => segment === "." || segment === ".."), {
    error: 'must not hold "." or ".." segments: name the folder itself, like /archive/',
  });

export const archiveConfigSchema = z
  .strictObject({
    title: text("the archive's name"),
    description: z.string({ error: "must be text" }).trim().default(""),
    language: languageTag,
    timeZone,
    baseUrl,
    pathPrefix: pathPrefixSchema.default("/"),
    newspaper: newspaperSchema.optional(),
    publisher: text("who publishes the newspaper").optional(),
    feedLimit: z
      .number({ error: "must be a number" })
      .int({ error: "must be a whole number" })
      .positive({ error: "must be 1 or more" })
      .default(50),
    headlinePosition: headlinePositionSchema.optional(),
  })
  .transform(({ newspaper, publisher, headlinePosition, ...rest }): ArchiveConfig => ({
    ...rest,
    newspaper: newspaper ?? [{ title: rest.title, from: null }],
    publisher: publisher ?? rest.title,
    ...(headlinePosition ? { headlinePosition } : {}),
  }));

/** What each key is for, with a line to copy; shown when the key is missing or wrong. */
const HELP: Record<keyof ArchiveConfig, string> = {
  title: "the archive's name, shown on every page: title: 聊城新闻档案",
  description: "a sentence about the archive for the home page and feeds: description: 聊城本地新闻",
  language: "the newspaper's language as a BCP 47 tag: language: zh-CN",
  timeZone: "the IANA time zone the newspaper is published in: timeZone: Asia/Shanghai",
  baseUrl: "the origin the site is served from, without a path: baseUrl: https://example.github.io",
  pathPrefix: "the path the site lives under on that origin: pathPrefix: /archive/ (or / for the root)",
  newspaper:
    "the newspaper's title as its masthead prints it, for citations: newspaper: 聊城日报 (a renamed paper lists - title: … from: YYYY-MM-DD)",
  publisher: "who publishes the newspaper (defaults to the title): publisher: 聊城日报",
  feedLimit: "how many entries the latest-articles feeds hold: feedLimit: 50",
  headlinePosition: "where pages print headlines, unless detected: headlinePosition: after-body",
};

export const archiveConfigSpec: FileSpec<ArchiveConfig> = {
  schema: archiveConfigSchema,
  keysAt: () => Object.keys(HELP),
  helpAt: (path: Path) => HELP[path[0] as keyof ArchiveConfig] ?? "see docs/librarians.md",
  whereAt: () => "",
};
