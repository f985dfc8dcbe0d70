/**
 * A page's PDF → a picture of its first page, so that a page printed as a PDF also gets a
 * thumbnail and a view beside its text. Rendered by pdf.js (Mozilla's PDF renderer, with the
 * @napi-rs/canvas it uses in Node: both ship as npm packages, no system tool needed) into a PNG in
 * the cache folder, named by a hash of the PDF's bytes, so an unchanged PDF is rendered once.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Wide enough for the page view on a wide screen; the encoder makes the smaller copies. */
export const PDF_RENDER_WIDTH = 1600;

interface RenderCanvas {
  toBuffer: (type: "image/png") => Buffer;
}

/** The PNG of the first page of the PDF at `pdfPath`, rendered into `cacheDir` unless already there. */
export async function renderPdfPage(pdfPath: string, cacheDir: string): Promise<string> {
  const bytes = readFileSync(pdfPath);
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 16);
  const png = join(cacheDir, "pdf-pages", `${hash}-${PDF_RENDER_WIDTH}.png`);
  if (existsSync(png)) return png;
  // Loaded only when an archive has PDFs: pdf.js takes a few seconds to start.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts/");
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(1);
    const scale = PDF_RENDER_WIDTH / page.getViewport({ scale: 1 }).width;
    const viewport = page.getViewport({ scale });
    const factory = doc.canvasFactory as { create: (w: number, h: number) => { canvas: RenderCanvas } };
    const { canvas } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    mkdirSync(dirname(png), { recursive: true });
    // Written whole or not at all: a build stopped half-way must not leave a cut PNG in the cache.
    writeFileSync(`${png}.part`, canvas.toBuffer("image/png"));
    renameSync(`${png}.part`, png);
    return png;
  } finally {
    await doc.destroy();
  }
}
