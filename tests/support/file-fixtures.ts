import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Small real files built in code, so no binary fixture is committed: a PNG
 * and a JPEG any image viewer opens, a PDF any reader opens, and executables.
 */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A solid-colour RGB PNG; different colours or sizes give different contents. */
export function pngImage(width = 16, height = 16, rgb: [number, number, number] = [30, 100, 200]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function segment(marker: number, body: number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/**
 * A baseline 8x8 mid-grey JPEG: one block whose DC difference and AC run are
 * both coded by one-symbol Huffman tables, so the whole scan is two bits.
 */
export function jpegImage(): Buffer {
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const quantTable = [0x00, ...Array.from({ length: 64 }, () => 1)];
  const frame = [8, 0, 8, 0, 8, 1, 1, 0x11, 0];
  const oneCode = (tableClass: number, symbol: number) => [
    (tableClass << 4) | 0,
    1,
    ...Array.from({ length: 15 }, () => 0),
    symbol,
  ];
  const scan = [1, 1, 0x00, 0, 63, 0];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, jfif),
    ...segment(0xdb, quantTable),
    ...segment(0xc0, frame),
    ...segment(0xc4, oneCode(0, 0x00)), // DC: category 0 (no change) -> code 0
    ...segment(0xc4, oneCode(1, 0x00)), // AC: end of block -> code 0
    ...segment(0xda, scan),
    0b00111111, // DC 0, EOB 0, padded with ones
    0xff,
    0xd9,
  ]);
}

/** A one-page PDF saying `text`, with a correct cross-reference table. */
export function pdfDocument(text = 'Yici test'): Buffer {
  const stream = `BT /F1 18 Tf 40 60 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 120] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The start of the Node.js binary running this test: a real ELF executable on Linux. */
export function nativeExecutable(): Buffer {
  return readFileSync(process.execPath).subarray(0, 64 * 1024);
}

/** A minimal Windows PE program image: MZ header pointing at a PE signature. */
export function windowsExecutable(): Buffer {
  const image = Buffer.alloc(512);
  image.write('MZ', 0, 'latin1');
  image.writeUInt32LE(0x80, 0x3c); // e_lfanew
  image.write('PE\0\0', 0x80, 'latin1');
  image.writeUInt16LE(0x14c, 0x84); // i386
  return image;
}
