import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { sameNeuron, type FeatureName, type NeuronRef } from '../../engine';
import {
  selectArchitecture,
  selectHiddenLayers,
  selectHoveredNeuron,
  selectShownNetwork,
  selectShownVersion,
  selectViewedVersion,
  selectViewing,
  selectWeightsVersion,
  selectInspectedPoint,
  traceInspectedPoint,
  MAX_WEIGHT,
  useAppStore,
  useAppStoreApi,
  type AppState,
} from '../../store';
import { useFrameScheduler } from '../frameSchedulerContext';
import { onColorSchemeChange } from '../colorScheme';
import {
  createNetworkDiagram,
  DEFAULT_DIAGRAM_SIZE,
  diagramSizeFor,
  type NetworkDiagram,
  type NetworkDiagramData,
} from './createNetworkDiagram';
import { targetOfElement } from './diagramTarget';
import { featureLabels } from '../../data';
import { columnPositions, type LayoutSize } from './layoutNetwork';
import { trackSvgTextScale } from '../svgTextScale';
import { NetworkEditor } from './NetworkEditor';
import { edgeWeightIndex } from './layoutNetwork';
import { useWeightEditing, type WeightEditingHost } from './useWeightEditing';
import type { InspectedPass } from './inspectLayer';
import { SaveImageButtons } from '../SaveImageButtons';
import './network.css';

const selectFeatures = (s: AppState) => s.features;
const NOT_SHOWN = 'the view is not shown';

/** The diagram's data from the state; input names are worked out anew only for new features. */
function diagramDataOf() {
  let features: readonly FeatureName[] | null = null;
  let inputNames: readonly string[] = [];
  return (state: AppState): NetworkDiagramData => {
    if (state.features !== features) {
      features = state.features;
      inputNames = featureLabels(features);
    }
    return {
      network: selectShownNetwork(state),
      weightsVersion: selectShownVersion(state),
      hoveredNeuron: state.hoveredNeuron,
      inputNames,
      features: state.features,
    };
  };
}

/**
 * The inspected point's pass through the shown network, traced again only when the point, the
 * points or the shown weights changed; null while no point is inspected.
 */
function inspectedPassOf() {
  let key: readonly unknown[] = [];
  let pass: InspectedPass | null = null;
  return (state: AppState): InspectedPass | null => {
    const next = [
      state.inspectedPoint,
      state.points,
      state.features,
      selectShownNetwork(state),
      selectShownVersion(state),
    ];
    if (next.every((value, k) => value === key[k])) return pass;
    key = next;
    pass = state.inspectedPoint === null ? null : (traceInspectedPoint(state)?.trace ?? null);
    return pass;
  };
}

/**
 * Where the columns of a network with `hiddenCount` hidden layers are, as shares of the width of
 * a diagram of `size`.
 */
const columnShares = (hiddenCount: number, size: LayoutSize) =>
  columnPositions(hiddenCount + 2, size).map((x) => x / size.width);

/**
 * The network's neurons and edges, edge thickness |weight| and colour its sign. The diagram is
 * painted outside React renders, by the frame scheduler, when the weights or the hovered neuron
 * change. Hovering a neuron tells the store, so other views can show it. Buttons over the diagram
 * add and remove hidden layers and their neurons through the store's actions.
 */
export function NetworkView() {
  const store = useAppStoreApi();
  const scheduler = useFrameScheduler();
  const svgRef = useRef<SVGSVGElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const diagramRef = useRef<NetworkDiagram | null>(null);
  /** The neuron this view put in the store, so it clears only its own hover. */
  const hoveredByViewRef = useRef<NeuronRef | null>(null);
  const architecture = useAppStore(selectArchitecture);
  const hiddenLayers = useAppStore(selectHiddenLayers);
  const helpId = useId();
  // The diagram's size follows the width it is drawn at, so its text keeps its size in pixels.
  const [size, setSize] = useState(DEFAULT_DIAGRAM_SIZE);
  const sizeRef = useRef(size);
  const columns = useMemo(
    () => columnShares(hiddenLayers.length, size),
    [hiddenLayers.length, size],
  );

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const container = overlayRef.current;
    const diagram = createNetworkDiagram(svg, {
      overlay: container ?? undefined,
      size: sizeRef.current,
    });
    diagramRef.current = diagram;
    const diagramData = diagramDataOf();
    const inspectedPass = inspectedPassOf();
    const paint = () => {
      const state = store.getState();
      diagram.update({ ...diagramData(state), inspected: inspectedPass(state) });
    };
    paint();
    // Many SVG elements: the browser's layout and raster after the script cost the most.
    const painting = scheduler.register(paint, { rastersLater: true });
    const unsubscribeWeights = store.subscribe(selectWeightsVersion, painting.invalidate);
    const unsubscribeHover = store.subscribe(selectHoveredNeuron, painting.invalidate);
    const unsubscribeFeatures = store.subscribe(selectFeatures, painting.invalidate);
    const unsubscribeViewing = store.subscribe(selectViewing, painting.invalidate);
    const unsubscribeViewed = store.subscribe(selectViewedVersion, painting.invalidate);
    const unsubscribeInspected = [selectInspectedPoint, (s: AppState) => s.points].map((selector) =>
      store.subscribe(selector as (s: AppState) => unknown, painting.invalidate),
    );
    // The thumbnails paint in every frame whose grid changed, apart from the large svg's budget.
    const thumbnails = scheduler.register(() =>
      diagram.updateThumbnails(diagramData(store.getState())),
    );
    const unsubscribeThumbnails = [
      selectWeightsVersion,
      selectFeatures,
      selectViewing,
      selectViewedVersion,
    ].map((selector) =>
      store.subscribe(selector as (s: AppState) => unknown, thumbnails.invalidate),
    );
    // The thumbnails' colours belong to the theme: a new theme repaints them.
    const unsubscribeTheme = onColorSchemeChange(() => thumbnails.invalidate());
    const stopTextScale = trackSvgTextScale(svg);
    const resize = () => {
      const next = diagramSizeFor(container?.getBoundingClientRect().width ?? 0);
      const current = sizeRef.current;
      if (next.width === current.width && next.height === current.height) return;
      sizeRef.current = next;
      diagram.resize(next);
      painting.invalidate();
      thumbnails.invalidate();
      setSize(next);
    };
    const resizeObserver =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    if (container !== null) resizeObserver?.observe(container);
    resize();
    return () => {
      resizeObserver?.disconnect();
      stopTextScale();
      unsubscribeTheme();
      unsubscribeWeights();
      unsubscribeHover();
      unsubscribeFeatures();
      unsubscribeViewing();
      unsubscribeViewed();
      unsubscribeInspected.forEach((unsubscribe) => unsubscribe());
      unsubscribeThumbnails.forEach((unsubscribe) => unsubscribe());
      thumbnails.unregister();
      painting.unregister();
      if (hoveredByViewRef.current !== null) {
        hoveredByViewRef.current = null;
        store.getState().hoverNeuron(null);
      }
      diagramRef.current = null;
      diagram.destroy();
    };
  }, [store, scheduler]);

  const weightEditingHost = useMemo(
    (): WeightEditingHost => ({
      layers: () => store.getState().trainer.network.layers,
      weightOf: ({ layer, from, to }) => {
        const { layers, weights } = store.getState().trainer.network;
        const k = edgeWeightIndex(layers, layer, from, to);
        return k < 0 ? null : weights[layer - 1][k];
      },
      setWeight: ({ layer, to, from }, value) => store.getState().setWeight(layer, to, from, value),
      pick: (edge) => diagramRef.current?.setHover(edge),
      get size() {
        return sizeRef.current;
      },
      layout: () => diagramRef.current?.layout() ?? null,
      maxWeight: MAX_WEIGHT,
    }),
    [store],
  );

  const hoverNeuron = (neuron: NeuronRef | null) => {
    // Never clear a hover that another view set.
    if (neuron === null && hoveredByViewRef.current === null) return;
    hoveredByViewRef.current = neuron;
    const { hoveredNeuron, hoverNeuron: setHoveredNeuron } = store.getState();
    if (!sameNeuron(hoveredNeuron, neuron)) setHoveredNeuron(neuron);
  };

  const onPointerOver = (event: PointerEvent<SVGSVGElement>) => {
    const target = targetOfElement(event.target as Element);
    diagramRef.current?.setHover(target);
    // Input neurons have no activation of their own to show elsewhere: only their tooltip.
    hoverNeuron(
      target?.kind === 'neuron' && target.layer > 0
        ? { layer: target.layer, index: target.index }
        : null,
    );
  };

  const weightEditing = useWeightEditing(weightEditingHost);

  const onPointerLeave = () => {
    diagramRef.current?.setHover(null);
    hoverNeuron(null);
  };

  return (
    <div className="network-view">
      <NetworkEditor
        hiddenLayers={hiddenLayers}
        columns={columns}
        onAddLayer={() => store.getState().addLayer()}
        onRemoveLayer={() => store.getState().removeLayer()}
        onAddNeuron={(layer) => store.getState().addNeuron(layer)}
        onRemoveNeuron={(layer) => store.getState().removeNeuron(layer)}
      />
      <div ref={overlayRef} className="network-diagram">
        <svg
          ref={svgRef}
          role="img"
          aria-label={`Network ${architecture}: edge thickness shows |weight|, colour its sign`}
          aria-describedby={helpId}
          tabIndex={0}
          onPointerOver={onPointerOver}
          onPointerLeave={onPointerLeave}
          {...weightEditing.handlers}
        />
        {weightEditing.editor}
      </div>
      <p id={helpId} className="network-help">
        Click an edge to edit its weight, or drag along it to change it. With the diagram focused,
        the arrow keys pick an edge and Enter edits it.
      </p>
      <SaveImageButtons
        name="network"
        png={() => diagramRef.current?.png() ?? Promise.reject(new Error(NOT_SHOWN))}
        svg={() => {
          if (diagramRef.current === null) throw new Error(NOT_SHOWN);
          return diagramRef.current.svgFile();
        }}
        onProblem={(message) => store.getState().showNotice(message)}
      />
    </div>
  );
}
