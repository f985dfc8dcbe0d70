/**
 * Prints for tests and the benchmark, made on the spot: the sample archive has no scan of its page,
 * and none is ever invented for it. An image is a light page with dark bars where columns of text
 * would be, so encoders have real work; a PDF is the smallest valid one-page PDF.
 */
import sharp from "sharp";
import { drawnPage } from "../../bench/scans.js";

export type ImageFormat = "jpeg" | "png" | "webp" | "tiff";

/** A page-shaped image (`width` × 1.4 `width`, drawn by the bench's `drawnPage`) in `format`, different for each `seed`. */
export async function pageImage(format: ImageFormat, width = 600, seed = 1): Promise<Buffer> {
  const page = await drawnPage(width, seed);
  return sharp(page.pixels, { raw: page.raw }).toFormat(format).toBuffer();
}

/** The smallest valid one-page PDF, with `text` printed on the page (ASCII). */
export function pagePdf(text = "Page"): Buffer {
  const stream = `BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
