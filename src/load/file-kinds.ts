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

/** The extensions a page's print may have (any case: scanners write `.JPG`). */
export const PRINT_EXTENSIONS = ".pdf, .jpg, .png, .webp, .tif";

/** A print beside the page files: a scan the build processes, or a PDF it publishes as it is. */
export function printKind(name: string): "image" | "pdf" | null {
  if (/\.pdf$/i.test(name)) return "pdf";
  if (/\.(jpe?g|png|webp|tiff?)$/i.test(name)) return "image";
  return null;
}

/** The advice for a file in an issue folder that is not a page, by what it most likely is. */
export function notAPageHint(name: string): string {
  if (/\.txt$/i.test(name)) return `rename it to ${name.replace(/\.txt$/i, ".txt")} (lowercase .txt)`;
  if (/^issue\.(yml|json)$/i.test(name) || /^issue\.yaml$/i.test(name)) return "rename it to issue.yaml";
  if (/\.(gif|bmp|jp2|heic)$/i.test(name))
    return `a page's print must be one of ${PRINT_EXTENSIONS}: convert it (to PNG or JPEG), or move it out of issues/`;
  return "if it is a page's text, rename it to end in .txt; otherwise move it out of issues/";
}
