import { select } from 'd3';
import { INPUT_NAMES } from '../../data';
import {
  DEFAULT_FEATURES,
  sameFeatures,
  type FeatureName,
  type Network,
  type NeuronRef,
} from '../../engine';
import { sharedGridPass, type GridPass } from '../sharedGrid';
import type { DiagramTarget } from './diagramTarget';
import { createEdgesLayer, MAX_EDGE_WIDTH, MIN_EDGE_WIDTH } from './edgesLayer';
import { DEFAULT_DIAGRAM_SIZE } from './diagramSize';
import { pngOfLayers, svgBlob, type ImageLayer } from '../saveImage';
import { createLabelsLayer } from './labelsLayer';
import {
  edgeIndex,
  layoutNetwork,
  sameLayers,
  type LayoutSize,
  type NetworkLayout,
} from './layoutNetwork';
import { createFoldsLayer } from './foldsLayer';
import { createNetworkLegend, legendHeightFor } from './networkLegend';
import { createNetworkTooltip } from './networkTooltip';
import { createNeuronsLayer } from './neuronsLayer';
import { createInspectLayer, type InspectedPass } from './inspectLayer';
import { createThumbnailsLayer, type ThumbnailsLayer } from './thumbnailsLayer';
import { thumbnailTiming, type ThumbnailTiming } from './thumbnailTiming';
import { largestAbsoluteWeight, weightScaleMax } from './weightScaleMax';

/** What the diagram shows. */
export interface NetworkDiagramData {
  /** The network drawn; training may change its parameters in place. */
  readonly network: Network;
  /** Changes whenever the network's parameters do, so unchanged weights are not read again. */
  readonly weightsVersion: number;
  /** The neuron to ring (another view may be showing it), or null. */
  readonly hoveredNeuron: NeuronRef | null;
  /** The name of each input neuron, the features the network is given; by default x and y. */
  readonly inputNames?: readonly string[];
  /** The network's inputs, over which the neuron thumbnails are computed; by default x and y. */
  readonly features?: readonly FeatureName[];
  /** The inspected point's pass through `network`, drawn over it; null or absent: none. */
  readonly inspected?: InspectedPass | null;
}

export interface NetworkDiagramOptions {
  /** The diagram's size in viewBox units, the legend's band not included. */
  readonly size?: LayoutSize;
  /**
   * The element the svg sits in, its box exactly the svg's: on canvases in it, under the svg,
   * each hidden and output neuron gets a thumbnail of its activation over the plane and a dense
   * diagram's edges are drawn. Without one, no thumbnails, and every edge is an SVG line.
   */
  readonly overlay?: HTMLElement;
  /** Where the thumbnails' grid comes from, shared with the boundary; the page's by default. */
  readonly gridPass?: GridPass;
  /** Where thumbnail repaints are timed; the page's `?profile` timing by default. */
  readonly timing?: ThumbnailTiming;
}

export interface NetworkDiagram {
  /**
   * Shows `data`: lays the diagram out again when the layer sizes change (which hides the
   * tooltip), names the inputs again when their names change, repaints edges, bias fills and the
   * tooltip's value when the network or its version changed, and rings the hovered neuron.
   * Mutates the svg's children.
   */
  update(data: NetworkDiagramData): void;
  /**
   * Repaints the neuron thumbnails when the network, its version or its features changed since
   * they were last painted, from the shared grid pass. A painter of its own, so the thumbnails
   * follow every computed grid even while the large svg repaints less often; `update` paints
   * them only when it lays the diagram out.
   */
  updateThumbnails(data: NetworkDiagramData): void;
  /** Shows the tooltip of an edge or neuron, or hides it; ignores a target not in the layout. */
  setHover(target: DiagramTarget | null): void;
  /**
   * Draws the diagram in a box of `size` viewBox units from now on (the legend's band below it);
   * if the size changed, the next `update` lays it out again. Mutates the svg's viewBox.
   */
  resize(size: LayoutSize): void;
  /** A PNG of the diagram as drawn now, the edges and thumbnails drawn on canvases included. */
  png(): Promise<Blob>;
  /** An SVG file of the diagram as drawn now, every edge a line. */
  svgFile(): Blob;
  /** Where everything is drawn now, folded layers included; null before the first update. */
  layout(): NetworkLayout | null;
  /** Removes everything the diagram drew. */
  destroy(): void;
}

export { DEFAULT_DIAGRAM_SIZE, diagramSizeFor } from './diagramSize';

/**
 * The network drawn into `svgElement` with D3: one line per weight, thickness |w| and colour its
 * sign; one circle per neuron, a hidden one filled by its bias; labels; a legend; a tooltip for
 * the hovered edge or neuron. Once laid out, an update only writes attributes that change.
 */
export function createNetworkDiagram(
  svgElement: SVGSVGElement,
  options: NetworkDiagramOptions = {},
): NetworkDiagram {
  let size = options.size ?? DEFAULT_DIAGRAM_SIZE;
  const { gridPass = sharedGridPass, timing = thumbnailTiming } = options;
  // Appended in drawing order: edges under neurons, the tooltip over everything.
  const edges = createEdgesLayer(svgElement, options.overlay);
  const neurons = createNeuronsLayer(svgElement);
  const labels = createLabelsLayer(svgElement);
  const inspect = createInspectLayer(svgElement, options.overlay);
  // Wide layers start folded; these were unfolded by hand.
  const expanded = new Set<number>();
  const folds = createFoldsLayer(svgElement, (layer) => {
    if (!expanded.delete(layer)) expanded.add(layer);
    relayOut();
  });
  const legendGroup = select(svgElement).append('g');
  const legend = createNetworkLegend(legendGroup.node()!);
  const tooltip = createNetworkTooltip(svgElement);
  const thumbnails: ThumbnailsLayer | null = options.overlay
    ? createThumbnailsLayer(options.overlay)
    : null;
  const viewHeight = () => size.height + legendHeightFor(size.width);
  const applySize = () => {
    select(svgElement).attr('viewBox', `0 0 ${size.width} ${viewHeight()}`);
    legend.place(size.height, size.width);
  };
  applySize();

  let layout: NetworkLayout | null = null;
  let shown: Network | null = null;
  let shownVersion = NaN;
  let scaleMax = NaN;
  let hovered: Element | null = null;
  let inputNames: readonly string[] = INPUT_NAMES;
  let inspected: InspectedPass | null = null;
  let lastData: NetworkDiagramData | null = null;

  const elementOf = (target: DiagramTarget, { layers }: NetworkLayout): Element | null => {
    if (target.kind === 'neuron') return neurons.element(target.layer, target.index);
    const k = edgeIndex(layers, target.layer, target.from, target.to);
    return k < 0 ? null : edges.element(k);
  };

  const setHover = (target: DiagramTarget | null) => {
    hovered?.classList.remove('is-hovered');
    hovered = null;
    if (target === null || layout === null || shown === null) return tooltip.hide();
    hovered = elementOf(target, layout);
    if (hovered === null) return tooltip.hide();
    hovered.classList.add('is-hovered');
    tooltip.show(target, layout, shown, inputNames);
  };

  const layOut = (layers: readonly number[]) => {
    setHover(null);
    layout = layoutNetwork(layers, size, { fold: true, expanded });
    edges.setLayout(layout, viewHeight());
    neurons.setLayout(layout);
    labels.setLayout(layout, inputNames);
    inspect.setLayout(layout, viewHeight());
    folds.setLayout(layout);
    inspected = null;
    thumbnails?.setLayout(layout, viewHeight());
    svgElement.classList.toggle('has-thumbnails', thumbnails?.canPaint ?? false);
  };

  // What the thumbnails show now.
  let thumbnailsOf: Network | null = null;
  let thumbnailsVersion = NaN;
  let thumbnailsFeatures: readonly FeatureName[] = DEFAULT_FEATURES;

  /** The thumbnails from the frame's shared grid pass (run here if no other view ran it yet). */
  const paintThumbnails = (
    network: Network,
    weightsVersion: number,
    inputs: readonly FeatureName[],
  ) => {
    if (thumbnails === null || !thumbnails.canPaint) return;
    // Laid out for other layers: `update` lays out and paints them.
    if (layout === null || !sameLayers(layout.layers, network.layers)) return;
    const unchanged =
      !thumbnails.themeChanged &&
      network === thumbnailsOf &&
      weightsVersion === thumbnailsVersion &&
      sameFeatures(inputs, thumbnailsFeatures);
    if (unchanged) return;
    const grid = gridPass.gridFor(network, weightsVersion, inputs);
    if (grid === null) return;
    const start = performance.now();
    thumbnails.paint(grid, network);
    timing.record(start, performance.now());
    [thumbnailsOf, thumbnailsVersion, thumbnailsFeatures] = [network, weightsVersion, inputs];
  };

  const paint = (network: Network) => {
    const max = weightScaleMax(largestAbsoluteWeight(network));
    if (max !== scaleMax) {
      scaleMax = max;
      legend.showScale(max, MIN_EDGE_WIDTH, MAX_EDGE_WIDTH);
    }
    edges.paint(network.weights, max);
    neurons.paint(network.biases, max);
    tooltip.refresh(network, inputNames);
  };

  const update = (data: NetworkDiagramData) => {
    lastData = data;
    const {
      network,
      weightsVersion,
      hoveredNeuron,
      inputNames: names = INPUT_NAMES,
      features = DEFAULT_FEATURES,
      inspected: pass = null,
    } = data;
    const renamed = !sameNames(inputNames, names);
    if (renamed) inputNames = [...names];
    if (layout === null || !sameLayers(layout.layers, network.layers)) {
      layOut(network.layers);
      shown = null;
      thumbnailsOf = null;
      paintThumbnails(network, weightsVersion, features);
    } else if (renamed) {
      labels.setLayout(layout, inputNames);
      if (shown !== null) tooltip.refresh(shown, inputNames);
    }
    if (network !== shown || weightsVersion !== shownVersion) {
      shown = network;
      shownVersion = weightsVersion;
      paint(network);
    }
    if (pass !== inspected) {
      inspected = pass;
      inspect.paint(pass);
      tooltip.setPass(pass, network, inputNames);
    }
    neurons.ring(hoveredNeuron);
  };

  /** Lays the shown network out again (for a new size or fold) and repaints it at once. */
  const relayOut = () => {
    if (lastData === null) return;
    layout = null;
    update(lastData);
  };

  return {
    update,
    updateThumbnails({ network, weightsVersion, features = DEFAULT_FEATURES }) {
      paintThumbnails(network, weightsVersion, features);
    },
    setHover,
    resize(next) {
      if (next.width === size.width && next.height === size.height) return;
      size = next;
      applySize();
      // The next update lays it out again.
      layout = null;
    },
    png() {
      const whole = { x: 0, y: 0, width: size.width, height: viewHeight() };
      // Stacked as on the page: the edges, the thumbnails showing through the neurons, the svg.
      const canvases = [edges.snapshot(), thumbnails?.canPaint ? thumbnails.element : null];
      const layers: ImageLayer[] = canvases.flatMap((canvas) =>
        canvas ? [{ canvas, box: whole }] : [],
      );
      return pngOfLayers([...layers, { svg: svgElement }], whole);
    },
    svgFile: () => edges.withLines(() => svgBlob(svgElement)),
    layout: () => layout,
    destroy() {
      folds.destroy();
      edges.destroy();
      neurons.destroy();
      labels.destroy();
      inspect.destroy();
      legendGroup.remove();
      tooltip.destroy();
      thumbnails?.destroy();
      layout = null;
      shown = null;
      hovered = null;
    },
  };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((name, k) => name === b[k]));
}
