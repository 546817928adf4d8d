/**
 * A chart on the page saved as a PNG picture (for a presentation, a letter to the partnership).
 * Mantine's charts are recharts SVGs painted through CSS variables and classes, which an SVG
 * drawn on its own (as an image on a canvas) no longer has: each element's computed paint and
 * font are written onto a copy first, then the copy is drawn on a white canvas at twice its size,
 * under the chart's title and its legend (HTML on the page, drawn here from the page's colours).
 */

/** What the copy needs of each element's computed style to look as it does on the page. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SCALE = 2;
const TITLE_HEIGHT = 36;

function paintedCopy(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    for (const property of PAINT) {
      const value = computed.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('Il grafico non si trasforma in immagine.'));
    image.src = url;
  });
}

/** A legend entry drawn under the title: the chart's legend is HTML beside the SVG, not in it. */
interface LegendEntry {
  label: string;
  color: string;
}

const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

/** The first painted background in `element` or inside it (a colour swatch paints an inner layer). */
function swatchColor(element: Element | undefined): string {
  if (!element) return '#868e96';
  for (const candidate of [element, ...Array.from(element.querySelectorAll('*'))]) {
    const color = getComputedStyle(candidate).backgroundColor;
    if (color && !TRANSPARENT.has(color)) return color;
  }
  return '#868e96';
}

/**
 * The legend on the page: entries marked `data-legend-label` (with a `data-legend-swatch` inside),
 * or else Mantine's own chart legend.
 */
function legendOf(container: HTMLElement): LegendEntry[] {
  const marked = Array.from(container.querySelectorAll<HTMLElement>('[data-legend-label]'));
  if (marked.length > 0) return marked.map((el) => ({ label: el.dataset.legendLabel ?? '', color: swatchColor(el.querySelector('[data-legend-swatch]') ?? undefined) }));
  const colors = Array.from(container.querySelectorAll('[class*="legendItemColor"]'));
  return Array.from(container.querySelectorAll('[class*="legendItemName"]')).map((name, i) => ({ label: name.textContent ?? '', color: swatchColor(colors[i]) }));
}

const LINE = 22;

/** Where each legend entry goes, wrapping at the picture's width; the height they take. */
function legendLayout(context: CanvasRenderingContext2D, entries: LegendEntry[], width: number): { entries: (LegendEntry & { x: number; y: number })[]; height: number } {
  let x = 8;
  let y = 0;
  const placed = entries.map((entry) => {
    const needed = 18 + context.measureText(entry.label).width + 16;
    if (x > 8 && x + needed > width) {
      x = 8;
      y += LINE;
    }
    const at = { ...entry, x, y };
    x += needed;
    return at;
  });
  return { entries: placed, height: entries.length === 0 ? 0 : y + LINE + 6 };
}

/** The chart's first SVG (recharts' surface) inside `container`, as a PNG with `title` and the legend above it. */
export async function chartPng(container: HTMLElement, title: string): Promise<Blob> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface') ?? container.querySelector('svg');
  if (!svg) throw new Error('Il grafico non è ancora disegnato: riprova tra un momento.');
  const { width: svgWidth, height } = svg.getBoundingClientRect();
  const width = Math.max(svgWidth, container.getBoundingClientRect().width);
  const font = getComputedStyle(container).fontFamily || 'sans-serif';
  const url = URL.createObjectURL(new Blob([paintedCopy(svg, svgWidth, height)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Il grafico non si trasforma in immagine.');
    context.font = `13px ${font}`;
    const legend = legendLayout(context, legendOf(container), width);
    const top = TITLE_HEIGHT + legend.height;
    canvas.width = Math.ceil(width * SCALE);
    canvas.height = Math.ceil((height + top) * SCALE);
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height + top);
    context.fillStyle = '#212529';
    context.font = `600 15px ${font}`;
    context.fillText(title, 8, 22);
    context.font = `13px ${font}`;
    for (const entry of legend.entries) {
      context.fillStyle = entry.color;
      context.beginPath();
      context.arc(entry.x + 6, TITLE_HEIGHT + entry.y + 7, 6, 0, 2 * Math.PI);
      context.fill();
      context.fillStyle = '#212529';
      context.fillText(entry.label, entry.x + 18, TITLE_HEIGHT + entry.y + 12);
    }
    context.drawImage(image, 0, top, svgWidth, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Il grafico non si trasforma in immagine.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** «Esiti dei tirocini» → «esiti-dei-tirocini». */
export function fileStem(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
