import type { Network, NeuronRef } from '../../engine';
import { colorTablesFor } from '../boundary/colorTable';
import type { ColorScheme } from '../classColors';
import { currentColorScheme } from '../colorScheme';
import type { NetworkLayout } from './layoutNetwork';
import { paintThumbnail, THUMBNAIL_SIZE, type ThumbnailGrid } from './paintThumbnail';
import { createViewBoxCanvas } from './viewBoxCanvas';

/**
 * Neurons drawn smaller than this (in the diagram's viewBox units) get no thumbnail: a picture a
 * few pixels wide says nothing. With the default diagram size, layers of up to 22 neurons keep
 * theirs.
 */
export const MIN_THUMBNAIL_RADIUS = 5;
/** How far inside a neuron's outline its thumbnail stops, so the outline stays visible. */
const OUTLINE_INSET = 1;
const SAMPLES = THUMBNAIL_SIZE * THUMBNAIL_SIZE;

export interface ThumbnailsLayer {
  /**
   * Gives a thumbnail to each shown hidden and output neuron of `layout`, or none when its
   * neurons are smaller than MIN_THUMBNAIL_RADIUS, in a viewBox `viewHeight` units high. Clears
   * the pictures until the next paint.
   */
  setLayout(layout: NetworkLayout, viewHeight: number): void;
  /** The canvas the thumbnails are painted on. */
  readonly element: HTMLCanvasElement;
  /** The neurons that have a thumbnail, in the layout's order. */
  readonly neurons: readonly NeuronRef[];
  /** Whether a paint would draw anything: there are thumbnails and a 2-D context for them. */
  readonly canPaint: boolean;
  /** True when the page's theme is no longer the one the thumbnails were last painted in. */
  readonly themeChanged: boolean;
  /** Paints every thumbnail from `grid`, computed for `net` (the layout's layers). */
  paint(grid: ThumbnailGrid, net: Pick<Network, 'layers' | 'activation'>): void;
  destroy(): void;
}

interface Placed extends NeuronRef {
  /** Centre and radius in viewBox units. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/**
 * The neurons' pictures of the plane, all on one canvas in `container` (an element whose box is
 * exactly the svg's), stacked under the svg by CSS so they show through the neurons while the
 * outlines and the tooltip stay on top: each neuron's THUMBNAIL_SIZE² samples of its activation,
 * scaled without smoothing into the disc inside its outline. One canvas and one `putImageData` a
 * paint, however many neurons.
 */
export function createThumbnailsLayer(container: HTMLElement): ThumbnailsLayer {
  const surface = createViewBoxCanvas(container, 'network-thumbnails', () => {
    mapPixels();
    blit();
  });
  const { element: canvas, context, scale } = surface;
  canvas.dataset.testid = 'neuron-thumbnails';
  let placed: Placed[] = [];
  // Every thumbnail's samples as RGBA words, thumbnail t at t * SAMPLES.
  let colors = new Uint32Array(0);
  // For each canvas pixel inside a disc: where it is, and which sample of `colors` it shows.
  let pixelAt = new Int32Array(0);
  let sampleOf = new Int32Array(0);
  let image: ImageData | null = null;
  let painted = false;
  let paintedScheme: ColorScheme | null = null;
  const samples = new Uint8ClampedArray(SAMPLES * 4);
  const scratch = new Float64Array(SAMPLES);

  /** Works out which canvas pixels each disc covers, for the canvas's size now. */
  const mapPixels = () => {
    const { width, height } = canvas;
    image = context?.createImageData(width, height) ?? null;
    const pixels: number[] = [];
    const sampled: number[] = [];
    placed.forEach(({ x, y, radius }, t) => {
      const [cx, cy, r] = [x * scale.x, y * scale.y, radius * scale.x];
      const top = Math.max(0, Math.floor(cy - r));
      const left = Math.max(0, Math.floor(cx - r));
      for (let py = top; py < Math.min(height, Math.ceil(cy + r)); py++) {
        for (let px = left; px < Math.min(width, Math.ceil(cx + r)); px++) {
          const [dx, dy] = [px + 0.5 - cx, py + 0.5 - cy];
          if (dx * dx + dy * dy > r * r) continue;
          const row = Math.min(
            THUMBNAIL_SIZE - 1,
            Math.floor(((dy + r) / (2 * r)) * THUMBNAIL_SIZE),
          );
          const col = Math.min(
            THUMBNAIL_SIZE - 1,
            Math.floor(((dx + r) / (2 * r)) * THUMBNAIL_SIZE),
          );
          pixels.push(py * width + px);
          sampled.push(t * SAMPLES + row * THUMBNAIL_SIZE + col);
        }
      }
    });
    pixelAt = Int32Array.from(pixels);
    sampleOf = Int32Array.from(sampled);
  };

  /** Copies the thumbnails' colours into their discs and puts the image on the canvas. */
  const blit = () => {
    if (image === null || context === null || !painted) return;
    const out = new Uint32Array(image.data.buffer);
    for (let i = 0; i < pixelAt.length; i++) out[pixelAt[i]] = colors[sampleOf[i]];
    context.putImageData(image, 0, 0);
  };

  return {
    setLayout(layout, viewHeight) {
      surface.setViewBox(layout.size.width, viewHeight);
      const radius = layout.radius - OUTLINE_INSET;
      placed =
        layout.radius < MIN_THUMBNAIL_RADIUS
          ? []
          : layout.nodes
              .filter(({ layer, shown }) => layer > 0 && shown)
              .map(({ layer, index, x, y }) => ({ layer, index, x, y, radius }));
      colors = new Uint32Array(placed.length * SAMPLES);
      painted = false;
      mapPixels();
      context?.clearRect(0, 0, canvas.width, canvas.height);
    },

    element: canvas,

    get neurons() {
      return placed;
    },

    get themeChanged() {
      return paintedScheme !== null && paintedScheme !== currentColorScheme(canvas.ownerDocument);
    },

    get canPaint() {
      return placed.length > 0 && context !== null;
    },

    paint(grid, net) {
      paintedScheme = currentColorScheme(canvas.ownerDocument);
      const tables = colorTablesFor(paintedScheme);
      const words = new Uint32Array(samples.buffer);
      placed.forEach(({ layer, index }, t) => {
        if (layer >= net.layers.length || index >= net.layers[layer]) return;
        paintThumbnail(samples, grid, net, layer, index, THUMBNAIL_SIZE, scratch, tables);
        colors.set(words, t * SAMPLES);
      });
      painted = true;
      blit();
    },

    destroy() {
      surface.destroy();
      placed = [];
    },
  };
}
