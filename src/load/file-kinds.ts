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

/** A page is a `.txt` file, whatever the case of its extension (`02.TXT` from a Windows exporter). */
export const isPageFile = (name: string): boolean => /\.txt$/i.test(name);

/** `issue.yml`, `Issue.YAML`, `issue.json`: meant as the metadata, but not named `issue.yaml`. */
export const isMisnamedMetadata = (name: string): boolean =>
  name !== "issue.yaml" && /^issue\.(ya?ml|json)$/i.test(name);

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
  if (/\.(gif|bmp|jp2|heic)$/i.test(name))
    return `a page's print must be one of ${PRINT_EXTENSIONS}: convert it (to PNG or JPEG), or move it out of issues/`;
  return "if it is a page's text, rename it to end in .txt; otherwise move it out of issues/";
}
