/**
 * The pages of a scan in the browser: captured from the camera or read from a
 * scanner's image, turned a quarter at a time, and kept as one file — a JPEG
 * for one page, a PDF of JPEG pages for several (built here, no library).
 */

export interface ScanPage {
  /** The page as captured, unturned. */
  image: Blob;
  url: string;
  /** Quarter turns clockwise. */
  turns: number;
}

/** The longest side a page is kept at: sharp enough to read, small enough to stay under the upload limit. */
const LONGEST_SIDE = 2000;
const QUALITY = 0.85;

function jpegOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas'))), 'image/jpeg', QUALITY),
  );
}

/** Draws a source (video frame or image) onto a canvas at most LONGEST_SIDE, turned `turns` quarters. */
function drawn(source: CanvasImageSource, width: number, height: number, turns = 0): HTMLCanvasElement {
  const scale = Math.min(1, LONGEST_SIDE / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const sideways = turns % 2 === 1;
  const canvas = document.createElement('canvas');
  canvas.width = sideways ? h : w;
  canvas.height = sideways ? w : h;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((turns * Math.PI) / 2);
  context.drawImage(source, -w / 2, -h / 2, w, h);
  return canvas;
}

const pageOf = (image: Blob): ScanPage => ({ image, url: URL.createObjectURL(image), turns: 0 });

/** The camera's current frame as a new page. */
export async function captureFrame(video: HTMLVideoElement): Promise<ScanPage> {
  return pageOf(await jpegOf(drawn(video, video.videoWidth, video.videoHeight)));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image'));
    image.src = url;
  });
}

/** A scanner's image file as a page (the browser decodes it; the server checks the result as any upload). */
export async function imagePage(file: Blob): Promise<ScanPage> {
  const url = URL.createObjectURL(file);
  try {
    const image = await loadImage(url);
    return pageOf(await jpegOf(drawn(image, image.naturalWidth, image.naturalHeight)));
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface JpegPage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

async function turnedJpeg(page: ScanPage): Promise<JpegPage> {
  const image = await loadImage(page.url);
  const canvas = drawn(image, image.naturalWidth, image.naturalHeight, page.turns);
  const blob = await jpegOf(canvas);
  return { bytes: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
}

/** A PDF whose every page is one JPEG, at A4 width. */
export function pdfOfJpegs(pages: readonly JpegPage[]): Blob {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, ...parts: (string | Uint8Array)[]) => {
    offsets[id] = length;
    push(`${id} 0 obj\n`);
    for (const part of parts) push(part);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n');
  const kids = pages.map((_, index) => `${3 + 3 * index} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((page, index) => {
    const [pageId, imageId, contentId] = [3 + 3 * index, 4 + 3 * index, 5 + 3 * index];
    const width = 595;
    const height = Math.round((595 * page.height) / page.width);
    const draw = `q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`;
    object(
      pageId,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    object(
      imageId,
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.bytes.length} >>\nstream\n`,
      page.bytes,
      '\nendstream',
    );
    object(contentId, `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  });
  const size = 3 + 3 * pages.length;
  const start = length;
  const rows = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`xref\n0 ${size}\n0000000000 65535 f \n${rows.join('')}`);
  push(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${start}\n%%EOF\n`);
  return new Blob(chunks as BlobPart[], { type: 'application/pdf' });
}

/** The scan as one file: one page as a JPEG, several as a PDF. */
export async function scanFile(pages: readonly ScanPage[]): Promise<Blob> {
  const jpegs = await Promise.all(pages.map(turnedJpeg));
  if (jpegs.length === 1) return new Blob([(jpegs[0] as JpegPage).bytes as BlobPart], { type: 'image/jpeg' });
  return pdfOfJpegs(jpegs);
}
