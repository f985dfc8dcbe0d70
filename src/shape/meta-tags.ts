/**
 * `<meta>` tags that reference managers read from an article page: Highwire Press `citation_*`
 * (Zotero, Google Scholar) and Dublin Core (`DC.*`). Made from the same `CitationRecord` as the
 * JSON-LD and the printed citations, so all of them say the same thing.
 */
import type { CitationRecord } from "./citation.js";

/** One `<meta name content>`. */
export interface MetaTag {
  name: string;
  content: string;
}

export function citationMetaTags(c: CitationRecord): MetaTag[] {
  const tag = (name: string, content: string): MetaTag => ({ name, content });
  const title = c.subtitle ? `${c.title}: ${c.subtitle}` : c.title;
  return [
    tag("citation_title", title),
    ...c.authors.map((name) => tag("citation_author", name)),
    // Google Scholar's form of the date; Zotero reads it too.
    tag("citation_publication_date", c.isoDate.replaceAll("-", "/")),
    // Highwire has no newspaper field: the journal title is the container every reader maps
    // to the publication's title (Zotero's publicationTitle).
    tag("citation_journal_title", c.newspaper),
    ...(c.publisher ? [tag("citation_publisher", c.publisher)] : []),
    ...(c.issueNumber === null ? [] : [tag("citation_issue", String(c.issueNumber))]),
    tag("citation_firstpage", String(c.pageNumber)),
    tag("citation_language", c.language),
    tag("citation_public_url", c.url),
    tag("DC.type", "Text"),
    tag("DC.title", title),
    ...c.authors.map((name) => tag("DC.creator", name)),
    tag("DC.date", c.isoDate),
    ...(c.publisher ? [tag("DC.publisher", c.publisher)] : []),
    tag("DC.relation.isPartOf", c.newspaper),
    tag("DC.language", c.language),
    tag("DC.identifier", c.url),
    ...(c.description ? [tag("DC.description", c.description)] : []),
  ];
}
