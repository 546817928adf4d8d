/**
 * The pixel size of a PNG or JPEG logo, read from its header, so the header scales it without
 * distorting it. No image library: the two formats keep their size in a few fixed bytes.
 */
export interface PixelSize {
  width: number;
  height: number;
}

function pngSize(data: Uint8Array): PixelSize | null {
  // Signature (8 bytes), IHDR length and type (8 bytes), then width and height (big-endian).
  if (data.length < 24 || data[0] !== 0x89 || data[1] !== 0x50 || data[2] !== 0x4e || data[3] !== 0x47) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(data: Uint8Array): PixelSize | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    // Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** The image's size in pixels, or null when the data is not a PNG or JPEG it can read. */
export function imageSize(data: Uint8Array, type: 'png' | 'jpg'): PixelSize | null {
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** The largest size with the image's proportions inside a box (pixels at 96 dpi, as docx wants). */
export function fitInto(size: PixelSize, box: PixelSize): PixelSize {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
