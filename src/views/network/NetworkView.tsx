import { useEffect, useRef, type PointerEvent } from 'react';
import {
  selectHoveredNeuron,
  selectProgress,
  selectSession,
  useAppStore,
  useAppStoreApi,
} from '../../store';
import type { AppState, NeuronRef } from '../../store';
import { createFrameRequest } from '../frameRequest';
import { createNetworkDiagram, type NetworkDiagram } from './createNetworkDiagram';
import { targetOfElement } from './diagramTarget';
import { layoutNetwork, sameLayers } from './layoutNetwork';
import { createRepaintPacer } from './repaintPacer';
import './network.css';

/** The diagram's logical size; the svg scales it to the width of its container. */
const DIAGRAM_SIZE = { width: 560, height: 320 } as const;

const selectArchitecture = (s: AppState) => s.session.network.layers.join('-');

const sameNeuron = (a: NeuronRef | null, b: NeuronRef | null) =>
  a === null || b === null ? a === b : a.layer === b.layer && a.index === b.index;

/**
 * The network's neurons and edges, edge thickness |weight| and colour its sign. The diagram is
 * painted outside React renders: a new session re-lays it out at once, and progress repaints the
 * weights at most once per animation frame, less often when a large network makes repaints slow.
 * Hovering a neuron tells the store, so other views can show it.
 */
export function NetworkView() {
  const store = useAppStoreApi();
  const svgRef = useRef<SVGSVGElement>(null);
  const diagramRef = useRef<NetworkDiagram | null>(null);
  /** The neuron this view put in the store, so it clears only its own hover. */
  const hoveredByViewRef = useRef<NeuronRef | null>(null);
  const architecture = useAppStore(selectArchitecture);

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const diagram = createNetworkDiagram(svg);
    diagramRef.current = diagram;
    const pacer = createRepaintPacer();
    let laidOut: readonly number[] = [];
    let dirty = false;
    let urgent = false;
    const paint = () => {
      const { session, hoveredNeuron } = store.getState();
      const { network } = session;
      if (!sameLayers(laidOut, network.layers)) {
        laidOut = network.layers;
        diagram.setLayout(layoutNetwork(network.layers, DIAGRAM_SIZE));
      }
      diagram.update(network);
      diagram.highlightNeuron(hoveredNeuron);
    };
    // One callback a frame while there is something to paint or a repaint to time.
    const frame = createFrameRequest((now) => {
      pacer.frameStarted(now);
      if (dirty && (urgent || pacer.isDue)) {
        dirty = false;
        urgent = false;
        paint();
        pacer.painted();
      }
      if (dirty || pacer.isTiming) frame.request();
    });
    const schedule = () => {
      dirty = true;
      frame.request();
    };
    const scheduleNow = () => {
      urgent = true;
      schedule();
    };
    paint();
    const unsubscribeSession = store.subscribe(selectSession, scheduleNow);
    const unsubscribeProgress = store.subscribe(selectProgress, schedule);
    const unsubscribeHover = store.subscribe(selectHoveredNeuron, (neuron) =>
      diagram.highlightNeuron(neuron),
    );
    return () => {
      unsubscribeSession();
      unsubscribeProgress();
      unsubscribeHover();
      frame.cancel();
      if (hoveredByViewRef.current !== null) {
        hoveredByViewRef.current = null;
        store.getState().hoverNeuron(null);
      }
      diagramRef.current = null;
      diagram.destroy();
    };
  }, [store]);

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
