/**
 * Structured data for search engines and citation tools (schema.org): a `NewsArticle` for each
 * item, a `PublicationIssue` for each issue, both part of the `Newspaper` (named by its title on
 * the issue's date). An article's says what its citations and `<meta>` tags say: all three are
 * made from one `CitationRecord`.
 */
import type { Issue, Page } from "../model.js";
import type { Item } from "../read/types.js";
import { newspaperPublisher, type CitationRecord } from "./citation.js";
import type { ShapeContext } from "./context.js";
import { issuePath, personPath } from "./urls.js";

const newspaper = (ctx: ShapeContext, issue: Issue): object => ({
  "@type": "Newspaper",
  name: ctx.newspaper(issue),
  url: ctx.absolute("/"),
});

const publisher = (ctx: ShapeContext): object => {
  const name = newspaperPublisher(ctx.config);
  return name ? { publisher: { "@type": "Organization", name } } : {};
};

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
    isPartOf: newspaper(ctx, issue),
  };
}

export function newsArticleLd(
  ctx: ShapeContext,
  entry: { issue: Issue; page: Page; item: Item },
  record: CitationRecord,
): object {
  const { issue, page, item } = entry;
  const person = (name: string): object => ({
    "@type": "Person",
    name,
    url: ctx.absolute(personPath(name)),
  });
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: record.title,
    ...(record.subtitle ? { alternativeHeadline: record.subtitle } : {}),
    ...(record.authors.length ? { author: record.authors.map(person) } : {}),
    ...(record.description ? { description: record.description } : {}),
    ...(item.place ? { locationCreated: { "@type": "Place", name: item.place } } : {}),
    datePublished: ctx.timestamp(issue),
    inLanguage: record.language,
    url: record.url,
    pageStart: String(record.pageNumber),
    ...(page.name ? { articleSection: page.name } : {}),
    isPartOf: issueLd(ctx, issue),
    ...publisher(ctx),
  };
}
