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
<?xml-stylesheet type="text/xsl" href="{{ feed.stylesheet }}"?>
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
<?xml-stylesheet type="text/xsl" href="{{ feed.stylesheet }}"?>
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

/**
 * XSLT 1.0 that a browser applies when a person opens the Atom or RSS feed (the feeds name it in an
 * `xml-stylesheet` processing instruction, which feed readers ignore): a page in the archive's
 * language that says what a feed is and how to subscribe, and lists the entries' headlines.
 */
export const feedStylesheetTemplate = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom" exclude-result-prefixes="a">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:variable name="title" select="a:feed/a:title | rss/channel/title"/>
  <xsl:template match="/">
    <html lang="{{ s.lang }}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{{ s.css }}"/>
      </head>
      <body>
        <header class="site"><p class="site-name"><a href="{{ s.home }}">{{ s.siteName }}</a></p></header>
        <main id="main" class="feed-page">
          <h1><xsl:value-of select="$title"/></h1>
          <p>{{ s.about }}</p>
          <p>{{ s.howTo }}</p>
          <p><strong>{{ s.address }}</strong><xsl:text>{{ s.colon }}</xsl:text><code class="feed-url"><xsl:value-of select="a:feed/a:link[@rel='self']/@href | rss/channel/a:link[@rel='self']/@href"/></code></p>
          <h2>{{ s.entries }}</h2>
          <ul class="feed-entries">
            <xsl:for-each select="a:feed/a:entry">
              <li><a class="headline" href="{{ '{' }}a:link[@rel='alternate']/@href{{ '}' }}"><xsl:value-of select="a:title"/></a><xsl:text> · </xsl:text><span class="where"><xsl:value-of select="substring(a:published, 1, 10)"/></span></li>
            </xsl:for-each>
            <xsl:for-each select="rss/channel/item">
              <li><a class="headline" href="{{ '{' }}link{{ '}' }}"><xsl:value-of select="title"/></a><xsl:text> · </xsl:text><span class="where"><xsl:value-of select="pubDate"/></span></li>
            </xsl:for-each>
          </ul>
          <p><a href="{{ s.home }}">{{ s.backHome }}</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
