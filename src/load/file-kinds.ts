/** What an entry in the issues tree is by its name, for entries that are not issue folders. Pure. */

/** Left by Finder, Explorer, archive tools and editors; never a page. Hidden names (`.x`) included. */
export function isJunk(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.startsWith("~$") ||
    name.endsWith("~") ||
    /^(thumbs\.db|ehthumbs\.db|desktop\.ini|__macosx)$/i.test(name)
  );
}

export const isPageFile = (name: string): boolean => name.endsWith(".txt");

/** The advice for a file in an issue folder that is not a page, by what it most likely is. */
export function notAPageHint(name: string): string {
  if (/\.txt$/i.test(name)) return `rename it to ${name.replace(/\.txt$/i, ".txt")} (lowercase .txt)`;
  if (/^issue\.(yml|json)$/i.test(name) || /^issue\.yaml$/i.test(name)) return "rename it to issue.yaml";
  if (/\.(pdf|jpe?g|png|tiff?|gif|webp)$/i.test(name))
    return "scans and PDFs are not published: keep them outside issues/";
  return "if it is a page's text, rename it to end in .txt; otherwise move it out of issues/";
}
