const SVG_NS = 'http://www.w3.org/2000/svg';
/** The styles that give a drawing its look; copied inline so the file looks as the page does. */
const STYLE_PROPERTIES = [
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
  'display',
];

/** The size an SVG is drawn at: its viewBox, or else its box on the page. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

/**
 * A standalone SVG document of `svg` as it looks now: a copy with each element's computed
 * styles written inline, and its size fixed. The page's own SVG is left as it is.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const style = getComputedStyle(source);
    const target = targets[i] as SVGElement;
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value !== '') target.style.setProperty(property, value);
    }
  });
  const { width, height } = sizeOf(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeSvg(svg)], { type: 'image/svg+xml' });
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be rendered'));
    image.src = source;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('no PNG was made'))),
      'image/png',
    ),
  );
}

/** A layer of a picture: a canvas drawn into a box of the SVG's coordinates, or an SVG over all. */
export type ImageLayer =
  | { readonly canvas: HTMLCanvasElement; readonly box: BoxInViewBox }
  | { readonly svg: SVGSVGElement };

export interface BoxInViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A PNG of layers stacked in order, `scale` pixels a unit of the first SVG's viewBox (or of
 * `size`). A canvas is copied pixel for pixel, scaled into its box; an SVG is rendered as an image.
 */
export async function pngOfLayers(
  layers: readonly ImageLayer[],
  size: { width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const out = document.createElement('canvas');
  out.width = Math.round(size.width * scale);
  out.height = Math.round(size.height * scale);
  const context = out.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw images');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) {
    if ('canvas' in layer) {
      const { x, y, width, height } = layer.box;
      context.imageSmoothingEnabled = false;
      context.drawImage(layer.canvas, x * scale, y * scale, width * scale, height * scale);
    } else {
      const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(layer.svg))}`;
      const image = await loadImage(source);
      context.drawImage(image, 0, 0, out.width, out.height);
    }
  }
  return canvasBlob(out);
}

/** A PNG of an SVG view as drawn now; throws when the view is not on the page. */
export function svgPng(svg: SVGSVGElement | null): Promise<Blob> {
  if (svg === null) return Promise.reject(new Error('the view is not shown'));
  return pngOfLayers([{ svg }], sizeOf(svg));
}

/** The SVG file of an SVG view as drawn now; throws when the view is not on the page. */
export function svgFile(svg: SVGSVGElement | null): Blob {
  if (svg === null) throw new Error('the view is not shown');
  return svgBlob(svg);
}
