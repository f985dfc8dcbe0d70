/**
 * Structured data for search engines and citation tools (schema.org): a `NewsArticle` for each
 * item, a `PublicationIssue` for each issue, both part of the `Newspaper`.
 */
import type { Issue, Page } from "../model.js";
import type { Item } from "../read/types.js";
import type { ShapeContext } from "./context.js";
import { issuePath, personPath } from "./urls.js";

const newspaper = (ctx: ShapeContext): object => ({
  "@type": "Newspaper",
  name: ctx.config.title,
  url: ctx.absolute("/"),
});

const publisher = (ctx: ShapeContext): object =>
  ctx.config.publisher ? { publisher: { "@type": "Organization", name: ctx.config.publisher } } : {};

export const publicationIssueLd = (ctx: ShapeContext, issue: Issue): object => ({
  "@context": "https://schema.org",
  ...issueLd(ctx, issue),
  inLanguage: ctx.config.language,
  ...publisher(ctx),
});

function issueLd(ctx: ShapeContext, issue: Issue): object {
  return {
    "@type": "PublicationIssue",
    url: ctx.absolute(issuePath(issue)),
    datePublished: issue.date,
    ...(issue.number === null ? {} : { issueNumber: String(issue.number) }),
    isPartOf: newspaper(ctx),
  };
}

export function newsArticleLd(
  ctx: ShapeContext,
  entry: { issue: Issue; page: Page; item: Item; path: string },
  title: string,
  description: string,
): object {
  const { issue, page, item } = entry;
  const person = (name: string): object => ({
    "@type": "Person",
    name,
    url: ctx.absolute(personPath(name)),
  });
  const authors = [...item.reporters, ...item.correspondents].map(person);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: title,
    ...(item.subtitle ? { alternativeHeadline: item.subtitle } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(description ? { description } : {}),
    ...(item.place ? { locationCreated: { "@type": "Place", name: item.place } } : {}),
    datePublished: ctx.timestamp(issue),
    inLanguage: ctx.config.language,
    url: ctx.absolute(entry.path),
    pageStart: String(page.number),
    ...(page.name ? { articleSection: page.name } : {}),
    isPartOf: issueLd(ctx, issue),
    ...publisher(ctx),
  };
}
