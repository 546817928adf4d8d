// Draws the app icon (a calm blue rounded square with a white "E") and writes build/icon.png
// (1024 px, for Linux and the window) and build/icon.ico (16–256 px, for Windows and NSIS).
// No image library: the shapes are simple enough to rasterise here, with supersampling for
// smooth edges, and PNG/ICO are a few headers around raw pixels. Output is deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
const TOP = [0x3b, 0x7d, 0xc4]; // gradient from a lighter to a deeper calm blue
const BOTTOM = [0x25, 0x5f, 0xa3];

// Geometry in unit coordinates (0..1), shared by every size.
const MARGIN = 0.04;
const RADIUS = 0.2;
const E = { left: 0.33, top: 0.25, width: 0.36, height: 0.5, stroke: 0.105, middleWidth: 0.36 * 0.85 };

function inRoundedSquare(x, y) {
  const lo = MARGIN + RADIUS;
  const hi = 1 - MARGIN - RADIUS;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= RADIUS * RADIUS && x >= MARGIN && x <= 1 - MARGIN && y >= MARGIN && y <= 1 - MARGIN;
}

/** Small icons blur a letter drawn between pixels: snap its edges to the pixel grid there. */
function letterFor(size) {
  if (size > 64) return E;
  const snap = (v) => Math.max(1, Math.round(v * size)) / size;
  const stroke = snap(E.stroke);
  const height = snap(E.height);
  // Keep the gaps between bars equal: the middle bar sits on a whole pixel too.
  const gap = Math.floor((height * size - 3 * stroke * size) / 2) / size;
  const sharp = { left: snap(E.left), top: snap(E.top), width: snap(E.width), middleWidth: snap(E.middleWidth) };
  return { ...sharp, stroke, height: 3 * stroke + 2 * gap };
}

function inLetterE(x, y, letter) {
  const { left, top, width, height, stroke, middleWidth } = letter;
  if (y < top || y > top + height || x < left) return false;
  if (x <= left + stroke) return true; // the stem
  const bars = [top, top + (height - stroke) / 2, top + height - stroke];
  return bars.some((barTop, i) => y >= barTop && y <= barTop + stroke && x <= left + (i === 1 ? middleWidth : width));
}

/** RGBA pixels, straight alpha, rows top to bottom. */
function render(size) {
  const samples = size <= 64 ? 8 : 4;
  const letterShape = letterFor(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let letter = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inRoundedSquare(x, y)) {
            shape++;
            if (inLetterE(x, y, letterShape)) letter++;
          }
        }
      }
      const alpha = shape / (samples * samples);
      const white = shape === 0 ? 0 : letter / shape;
      const t = py / (size - 1);
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const blue = TOP[c] + (BOTTOM[c] - TOP[c]) * t;
        pixels[offset + c] = Math.round(blue + (255 - blue) * white);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A 32-bit BMP image as stored inside an .ico: BGRA rows bottom-up, then an empty AND mask. */
function encodeIcoBitmap(size, pixels) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colour = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      colour.set([pixels[from + 2], pixels[from + 1], pixels[from], pixels[from + 3]], to);
    }
  }
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size);
  return Buffer.concat([header, colour, mask]);
}

function encodeIco(sizes) {
  const images = sizes.map((size) => encodeIcoBitmap(size, render(size)));
  const directory = Buffer.alloc(6 + 16 * sizes.length);
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(sizes.length, 4);
  let offset = directory.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    directory.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(images[i].length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += images[i].length;
  });
  return Buffer.concat([directory, ...images]);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.png'), encodePng(1024, render(1024)));
writeFileSync(join(outDir, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256]));
console.log(`icone scritte in ${outDir}`);
