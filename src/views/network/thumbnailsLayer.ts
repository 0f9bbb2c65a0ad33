import type { Network } from '../../engine';
import { colorTablesFor } from '../boundary/colorTable';
import type { ColorScheme } from '../classColors';
import { currentColorScheme } from '../colorScheme';
import type { NetworkLayout } from './layoutNetwork';
import { paintThumbnail, THUMBNAIL_SIZE, type ThumbnailGrid } from './paintThumbnail';

/**
 * Neurons drawn smaller than this (in the diagram's viewBox units) get no thumbnail: a picture a
 * few pixels wide says nothing and still costs a canvas. With the default diagram size, layers of
 * up to 22 neurons keep theirs.
 */
export const MIN_THUMBNAIL_RADIUS = 5;
/** How far inside a neuron's outline its thumbnail stops, so the outline stays visible. */
const OUTLINE_INSET = 1;

export interface ThumbnailsLayer {
  /**
   * Puts one small canvas over each hidden and output neuron of `layout`, or none when its
   * neurons are smaller than MIN_THUMBNAIL_RADIUS. `viewHeight` is the height of the diagram's
   * whole viewBox, which the container's box matches. Replaces the layer's elements.
   */
  setLayout(layout: NetworkLayout, viewHeight: number): void;
  /** Whether a paint would draw anything: there are thumbnails and a 2-D context for them. */
  readonly canPaint: boolean;
  /** True when the page's theme is no longer the one the thumbnails were last painted in. */
  readonly themeChanged: boolean;
  /** Paints every thumbnail from `grid`, computed for `net` (the layout's layers). */
  paint(grid: ThumbnailGrid, net: Pick<Network, 'layers' | 'activation'>): void;
  destroy(): void;
}

interface Thumbnail {
  readonly layer: number;
  readonly index: number;
  readonly context: CanvasRenderingContext2D;
  readonly image: ImageData;
}

const percent = (value: number) => `${(value * 100).toFixed(3)}%`;

/**
 * The neurons' pictures of the plane, as canvases in `container` (an element laid exactly over
 * the diagram's svg, so positions are shares of the viewBox). Each canvas is THUMBNAIL_SIZE
 * pixels square and scaled by CSS; pointer events pass through to the neuron underneath.
 */
export function createThumbnailsLayer(container: HTMLElement): ThumbnailsLayer {
  const group = container.ownerDocument.createElement('div');
  group.className = 'network-thumbnails';
  container.append(group);
  let thumbnails: Thumbnail[] = [];
  const scratch = new Float64Array(THUMBNAIL_SIZE * THUMBNAIL_SIZE);
  let paintedScheme: ColorScheme | null = null;

  return {
    setLayout(layout, viewHeight) {
      group.replaceChildren();
      thumbnails = [];
      const radius = layout.radius - OUTLINE_INSET;
      if (layout.radius < MIN_THUMBNAIL_RADIUS) return;
      const { width } = layout.size;
      for (const { layer, index, x, y, shown } of layout.nodes) {
        if (layer === 0 || !shown) continue;
        const canvas = container.ownerDocument.createElement('canvas');
        canvas.className = 'network-thumbnail';
        canvas.width = THUMBNAIL_SIZE;
        canvas.height = THUMBNAIL_SIZE;
        canvas.dataset.testid = 'neuron-thumbnail';
        canvas.dataset.layer = String(layer);
        canvas.dataset.index = String(index);
        canvas.setAttribute('aria-hidden', 'true');
        Object.assign(canvas.style, {
          left: percent((x - radius) / width),
          top: percent((y - radius) / viewHeight),
          width: percent((2 * radius) / width),
          height: percent((2 * radius) / viewHeight),
        });
        group.append(canvas);
        const context = canvas.getContext('2d');
        if (context === null) continue;
        const image = context.createImageData(THUMBNAIL_SIZE, THUMBNAIL_SIZE);
        thumbnails.push({ layer, index, context, image });
      }
    },

    get themeChanged() {
      return (
        paintedScheme !== null && paintedScheme !== currentColorScheme(container.ownerDocument)
      );
    },

    get canPaint() {
      return thumbnails.length > 0;
    },

    paint(grid, net) {
      paintedScheme = currentColorScheme(container.ownerDocument);
      const tables = colorTablesFor(paintedScheme);
      for (const { layer, index, context, image } of thumbnails) {
        if (layer >= net.layers.length || index >= net.layers[layer]) continue;
        paintThumbnail(image.data, grid, net, layer, index, THUMBNAIL_SIZE, scratch, tables);
        context.putImageData(image, 0, 0);
      }
    },

    destroy() {
      group.remove();
      thumbnails = [];
    },
  };
}
