/**
 * The feed templates (Nunjucks, autoescaped): they only print the data `build.ts` shaped. Written
 * here rather than taken from @11ty/eleventy-plugin-rss's virtual templates, which cannot express
 * what this archive needs (see `docs/feeds.md`): dates in the archive's time zone, a distinct id
 * per Atom feed, one feed per person, authors per entry, and JSON Feed strings that are JSON- not
 * HTML-escaped. Nor do they call the plugin's filters: the data they print is shaped already, its
 * RSS dates by the plugin's `dateToRfc822` (`feed-entries.ts`), so the templates stay print-only.
 */

/** Atom 1.0 (RFC 4287); paginated, one output file per feed in `archiveFeeds.atom`. */
export const atomTemplate = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{ feed.language }}">
  <title>{{ feed.title }}</title>
  {%- if feed.subtitle %}
  <subtitle>{{ feed.subtitle }}</subtitle>
  {%- endif %}
  <link rel="self" type="application/atom+xml" href="{{ feed.selfUrl }}"/>
  <link rel="alternate" type="text/html" href="{{ feed.homeUrl }}"/>
  <id>{{ feed.id }}</id>
  <updated>{{ feed.updated }}</updated>
  <author><name>{{ feed.author }}</name></author>
  {%- for entry in feed.entries %}
  <entry>
    <title>{{ entry.title }}</title>
    <link rel="alternate" type="text/html" href="{{ entry.url }}"/>
    <id>{{ entry.id }}</id>
    <published>{{ entry.published }}</published>
    <updated>{{ entry.published }}</updated>
    {%- for name in entry.authors %}
    <author><name>{{ name }}</name></author>
    {%- endfor %}
    {%- for name in entry.contributors %}
    <contributor><name>{{ name }}</name></contributor>
    {%- endfor %}
    <content type="html">{{ entry.contentHtml }}</content>
  </entry>
  {%- endfor %}
</feed>
`;

/** RSS 2.0 with the Atom self link feed validators ask for, and dc:creator for bylines. */
export const rssTemplate = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{{ feed.title }}</title>
    <link>{{ feed.homeUrl }}</link>
    <atom:link rel="self" type="application/rss+xml" href="{{ feed.selfUrl }}"/>
    <description>{{ feed.subtitle or feed.title }}</description>
    <language>{{ feed.language }}</language>
    <pubDate>{{ feed.updatedRfc822 }}</pubDate>
    {%- for entry in feed.entries %}
    <item>
      <title>{{ entry.title }}</title>
      <link>{{ entry.url }}</link>
      <guid isPermaLink="true">{{ entry.id }}</guid>
      <pubDate>{{ entry.publishedRfc822 }}</pubDate>
      {%- for name in entry.authors.concat(entry.contributors) %}
      <dc:creator>{{ name }}</dc:creator>
      {%- endfor %}
      <description>{{ entry.contentHtml }}</description>
    </item>
    {%- endfor %}
  </channel>
</rss>
`;

/** JSON Feed 1.1: the document is data already, so the template only serialises it. */
export const jsonTemplate = `{{ feed | dump(2) | safe }}
`;
