import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { sameNeuron, type FeatureName, type NeuronRef } from '../../engine';
import {
  selectArchitecture,
  selectHiddenLayers,
  selectHoveredNeuron,
  selectWeightsVersion,
  useAppStore,
  useAppStoreApi,
  type AppState,
} from '../../store';
import { useFrameScheduler } from '../frameSchedulerContext';
import {
  createNetworkDiagram,
  DEFAULT_DIAGRAM_SIZE,
  type NetworkDiagram,
  type NetworkDiagramData,
} from './createNetworkDiagram';
import { targetOfElement } from './diagramTarget';
import { featureLabels } from '../../data';
import { columnPositions } from './layoutNetwork';
import { NetworkEditor } from './NetworkEditor';
import './network.css';

const selectFeatures = (s: AppState) => s.features;

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
      network: state.trainer.network,
      weightsVersion: state.weightsVersion,
      hoveredNeuron: state.hoveredNeuron,
      inputNames,
    };
  };
}

/** Where the columns of a network with `hiddenCount` hidden layers are, as shares of its width. */
const columnShares = (hiddenCount: number) =>
  columnPositions(hiddenCount + 2, DEFAULT_DIAGRAM_SIZE).map((x) => x / DEFAULT_DIAGRAM_SIZE.width);

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
  const diagramRef = useRef<NetworkDiagram | null>(null);
  /** The neuron this view put in the store, so it clears only its own hover. */
  const hoveredByViewRef = useRef<NeuronRef | null>(null);
  const architecture = useAppStore(selectArchitecture);
  const hiddenLayers = useAppStore(selectHiddenLayers);
  const columns = useMemo(() => columnShares(hiddenLayers.length), [hiddenLayers.length]);

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const diagram = createNetworkDiagram(svg);
    diagramRef.current = diagram;
    const diagramData = diagramDataOf();
    const paint = () => diagram.update(diagramData(store.getState()));
    paint();
    // Thousands of SVG elements: the browser's layout and raster after the script cost the most.
    const painting = scheduler.register(paint, { rastersLater: true });
    const unsubscribeWeights = store.subscribe(selectWeightsVersion, painting.invalidate);
    const unsubscribeHover = store.subscribe(selectHoveredNeuron, painting.invalidate);
    const unsubscribeFeatures = store.subscribe(selectFeatures, painting.invalidate);
    return () => {
      unsubscribeWeights();
      unsubscribeHover();
      unsubscribeFeatures();
      painting.unregister();
      if (hoveredByViewRef.current !== null) {
        hoveredByViewRef.current = null;
        store.getState().hoverNeuron(null);
      }
      diagramRef.current = null;
      diagram.destroy();
    };
  }, [store, scheduler]);

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
      <svg
        ref={svgRef}
        role="img"
        aria-label={`Network ${architecture}: edge thickness shows |weight|, colour its sign`}
        onPointerOver={onPointerOver}
        onPointerLeave={onPointerLeave}
      />
    </div>
  );
}
