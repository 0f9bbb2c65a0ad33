export interface LayoutSize {
  readonly width: number;
  readonly height: number;
}

/** A neuron's centre; `layer` 0 is the input, L the output. */
export interface NodePosition {
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** False for a neuron folded into its layer's ellipsis: it sits at the ellipsis, undrawn. */
  readonly shown: boolean;
}

/** The edge carrying W^layer_(to, from): from neuron `from` of layer-1 to neuron `to` of layer. */
export interface EdgePosition {
  readonly layer: number;
  readonly from: number;
  readonly to: number;
  /** Where its weight sits in `weights[layer - 1]`: `edgeWeightIndex(layers, layer, from, to)`. */
  readonly weightIndex: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Whether both its neurons are shown. */
  readonly shown: boolean;
}

/** A wide layer drawn folded: its first and last few neurons, an ellipsis for the rest between. */
export interface FoldedLayer {
  readonly layer: number;
  /** The ellipsis's centre. */
  readonly x: number;
  readonly y: number;
  /** How many neurons the ellipsis stands for. */
  readonly hiddenCount: number;
}

export interface LayoutOptions {
  /**
   * Whether layers wider than FOLD_ABOVE are drawn folded (only FOLD_KEEP neurons at each end);
   * false by default.
   */
  readonly fold?: boolean;
  /** Wide layers drawn in full even when folding; by layer index. */
  readonly expanded?: ReadonlySet<number>;
}

export interface NetworkLayout {
  readonly layers: readonly number[];
  readonly size: LayoutSize;
  /** The radius of every neuron; it shrinks when a layer is tall. */
  readonly radius: number;
  /** The x of each layer's column, input first. */
  readonly columns: readonly number[];
  /** Layer by layer, input first, top to bottom within a layer. */
  readonly nodes: readonly NodePosition[];
  /** Layer by layer, in the order of each layer's weights: `edgeIndex` finds one. */
  readonly edges: readonly EdgePosition[];
  /** The layers drawn folded, input first. */
  readonly folded: readonly FoldedLayer[];
}

/** A layer with more neurons than this can be drawn folded. */
export const FOLD_ABOVE = 16;
/** How many neurons a folded layer shows at each end. */
export const FOLD_KEEP = 3;

/**
 * Room around the columns: column captions above, input names (as wide as "sin πx") left, class
 * names right.
 */
export const LAYOUT_MARGIN = { top: 26, right: 64, bottom: 8, left: 56 } as const;

const MAX_SPACING = 64;
const MAX_RADIUS = 14;
const RADIUS_PER_SPACING = 0.38;
const RADIUS_PER_COLUMN_STEP = 0.3;

/**
 * Where the neurons and edges of a network with `layers` go in a box of `size`: one column per
 * layer from left to right, each column centred vertically and spread over the height (up to a
 * comfortable spacing), every neuron the same size. With `fold`, a layer wider than FOLD_ABOVE
 * (and not `expanded`) shows its first and last FOLD_KEEP neurons around an ellipsis; the others
 * stay in the layout, at the ellipsis and not shown, so indices into `nodes` and `edges` hold.
 */
export function layoutNetwork(
  layers: readonly number[],
  size: LayoutSize,
  { fold = false, expanded }: LayoutOptions = {},
): NetworkLayout {
  if (layers.length < 2 || !layers.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new RangeError(`A network needs at least two layers of one neuron or more: ${layers}`);
  }
  const { top, bottom } = LAYOUT_MARGIN;
  const innerHeight = Math.max(0, size.height - top - bottom);
  const isFolded = (n: number, layer: number) =>
    fold && n > FOLD_ABOVE && !(expanded?.has(layer) ?? false);
  // The rows a column takes: a folded one its kept neurons and the ellipsis between them.
  const rows = layers.map((n, layer) => (isFolded(n, layer) ? 2 * FOLD_KEEP + 1 : n));
  // A column of n rows takes n spacings, half a spacing above the first and below the last.
  const spacingOf = (n: number) => Math.min(MAX_SPACING, innerHeight / n);
  const columns = columnPositions(layers.length, size);
  // Neurons of neighbouring columns never touch either, however many layers share the width.
  const radius = Math.min(
    MAX_RADIUS,
    spacingOf(Math.max(...rows)) * RADIUS_PER_SPACING,
    (columns[1] - columns[0]) * RADIUS_PER_COLUMN_STEP,
  );
  const centreY = top + innerHeight / 2;
  const lastLayer = layers.length - 1;

  /** The row of neuron `index` of `layer`; a folded-away neuron is on the ellipsis's row. */
  const rowOf = (layer: number, index: number) => {
    const n = layers[layer];
    if (!isFolded(n, layer) || index < FOLD_KEEP) return index;
    return index >= n - FOLD_KEEP ? index - n + 2 * FOLD_KEEP + 1 : FOLD_KEEP;
  };
  const shownAt = (layer: number, index: number) =>
    !isFolded(layers[layer], layer) || index < FOLD_KEEP || index >= layers[layer] - FOLD_KEEP;
  const yOf = (layer: number, index: number) =>
    centreY + (rowOf(layer, index) - (rows[layer] - 1) / 2) * spacingOf(rows[layer]);

  const nodes: NodePosition[] = [];
  const folded: FoldedLayer[] = [];
  layers.forEach((n, layer) => {
    for (let index = 0; index < n; index++) {
      const shown = shownAt(layer, index);
      nodes.push({ layer, index, x: columns[layer], y: yOf(layer, index), shown });
    }
    if (isFolded(n, layer)) {
      const y = yOf(layer, FOLD_KEEP);
      folded.push({ layer, x: columns[layer], y, hiddenCount: n - 2 * FOLD_KEEP });
    }
  });

  const edges: EdgePosition[] = [];
  for (let layer = 1; layer <= lastLayer; layer++) {
    const n = layers[layer];
    const nPrevious = layers[layer - 1];
    for (let to = 0; to < n; to++) {
      for (let from = 0; from < nPrevious; from++) {
        edges.push({
          layer,
          from,
          to,
          weightIndex: edgeWeightIndex(layers, layer, from, to),
          x1: columns[layer - 1],
          y1: yOf(layer - 1, from),
          x2: columns[layer],
          y2: yOf(layer, to),
          shown: shownAt(layer - 1, from) && shownAt(layer, to),
        });
      }
    }
  }
  return { layers: [...layers], size, radius, columns, nodes, edges, folded };
}

/** The x of each column of a network of `layerCount` layers (two or more), input first. */
export function columnPositions(layerCount: number, size: LayoutSize): number[] {
  const { right, left } = LAYOUT_MARGIN;
  const columnStep = (size.width - left - right) / (layerCount - 1);
  return Array.from({ length: layerCount }, (_, l) => left + l * columnStep);
}

/**
 * Where W^layer_(to, from) sits in `weights[layer - 1]`, which is row-major with one row per
 * receiving neuron; -1 if `layers` has no such edge.
 */
export function edgeWeightIndex(
  layers: readonly number[],
  layer: number,
  from: number,
  to: number,
): number {
  if (!(layer >= 1 && layer < layers.length)) return -1;
  const nPrevious = layers[layer - 1];
  if (!(from >= 0 && from < nPrevious && to >= 0 && to < layers[layer])) return -1;
  return to * nPrevious + from;
}

/** The position in `layoutNetwork(layers, size).edges` of an edge; -1 if `layers` has none. */
export function edgeIndex(
  layers: readonly number[],
  layer: number,
  from: number,
  to: number,
): number {
  const k = edgeWeightIndex(layers, layer, from, to);
  if (k < 0) return -1;
  let start = 0;
  for (let l = 1; l < layer; l++) start += layers[l] * layers[l - 1];
  return start + k;
}

/** The position in `layoutNetwork(layers, size).nodes` of a neuron; -1 if `layers` has none. */
export function nodeIndex(layers: readonly number[], layer: number, index: number): number {
  if (!(layer >= 0 && layer < layers.length && index >= 0 && index < layers[layer])) return -1;
  let start = 0;
  for (let l = 0; l < layer; l++) start += layers[l];
  return start + index;
}

/** Whether two architectures have the same layer sizes. */
export function sameLayers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let l = 0; l < a.length; l++) if (a[l] !== b[l]) return false;
  return true;
}
