import type { Network, NeuronRef } from '../../engine';
import type { ColorScheme } from '../classColors';
import { currentColorScheme } from '../colorScheme';
import { colorTablesFor } from './colorTable';
import { paintBoundary, type GridOutputs } from './paintBoundary';

export interface BoundaryCanvas {
  /** False where the canvas has no 2-D context (as in jsdom): painting is then skipped. */
  readonly canPaint: boolean;
  /** True when the page's theme is no longer the one the canvas was last painted in. */
  readonly themeChanged: boolean;
  /**
   * Paints a computed grid of `net` into the canvas, through one preallocated ImageData; only the
   * most probable classes when `discretize`.
   */
  paint(
    grid: GridOutputs & { readonly gridSize: number },
    net: Pick<Network, 'layers' | 'activation'>,
    neuron: NeuronRef | null,
    discretize: boolean,
  ): void;
  destroy(): void;
}

/**
 * Sizes `canvas` to the grid (CSS scales it to the view) and keeps one ImageData for it, made
 * again when a grid of another size is painted.
 */
export function createBoundaryCanvas(canvas: HTMLCanvasElement, gridSize: number): BoundaryCanvas {
  canvas.width = gridSize;
  canvas.height = gridSize;
  let context = canvas.getContext('2d');
  let image = context?.createImageData(gridSize, gridSize) ?? null;
  let paintedScheme: ColorScheme | null = null;
  return {
    canPaint: image !== null,
    get themeChanged() {
      return paintedScheme !== null && paintedScheme !== currentColorScheme(canvas.ownerDocument);
    },
    paint(grid, net, neuron, discretize) {
      if (context === null || image === null) return;
      if (image.width !== grid.gridSize) {
        canvas.width = grid.gridSize;
        canvas.height = grid.gridSize;
        image = context.createImageData(grid.gridSize, grid.gridSize);
      }
      paintedScheme = currentColorScheme(canvas.ownerDocument);
      const tables = colorTablesFor(paintedScheme);
      paintBoundary(image.data, grid, net, neuron, discretize, tables);
      context.putImageData(image, 0, 0);
    },
    destroy() {
      context = null;
    },
  };
}
