import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { MAX_HIDDEN_LAYERS, MAX_LAYER_SIZE } from '../../data';

export interface NetworkEditorProps {
  /** The hidden layers' sizes; hidden layer N (from 1) is `hiddenLayers[N - 1]`. */
  readonly hiddenLayers: readonly number[];
  /**
   * The x of each column of the diagram, input first, as a share of its width: each hidden
   * layer's buttons sit over its column.
   */
  readonly columns: readonly number[];
  readonly onAddLayer: () => void;
  readonly onRemoveLayer: () => void;
  /** `layer` counts hidden layers from 1. */
  readonly onAddNeuron: (layer: number) => void;
  readonly onRemoveNeuron: (layer: number) => void;
}

const hiddenLayerCount = (n: number) => `${n} hidden ${n === 1 ? 'layer' : 'layers'}`;

/** The gap between a pair's buttons (as in network.css), and the room kept between pairs. */
const BUTTON_GAP_PX = 2;
const PAIR_SPACING_PX = 4;

/**
 * Whether the + and − over each column must stand one over the other: side by side, a pair is
 * wider than the narrowest gap between columns (8 hidden layers on a phone). Measured whenever
 * the group's width changes; never where there is no ResizeObserver.
 */
function useStackedPairs(group: RefObject<HTMLDivElement | null>, columns: readonly number[]) {
  const [stacked, setStacked] = useState(false);
  useLayoutEffect(() => {
    const element = group.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const gaps = columns.slice(1).map((x, k) => x - columns[k]);
    const measure = () => {
      const button = element.querySelector('button');
      if (button === null || gaps.length === 0) return;
      const sideBySide = 2 * button.offsetWidth + BUTTON_GAP_PX;
      setStacked(Math.min(...gaps) * element.clientWidth < sideBySide + PAIR_SPACING_PX);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [group, columns]);
  return stacked;
}

/**
 * Edits the network in place: a toolbar that adds or removes the last hidden layer, and over each
 * hidden layer's column a + and a − for its neurons, one over the other where columns are narrow. Buttons are disabled at the app's limits
 * (0 to MAX_HIDDEN_LAYERS hidden layers of 1 to MAX_LAYER_SIZE neurons). Plain props: the shell
 * connects it to the store.
 */
export function NetworkEditor({
  hiddenLayers,
  columns,
  onAddLayer,
  onRemoveLayer,
  onAddNeuron,
  onRemoveNeuron,
}: NetworkEditorProps) {
  const count = hiddenLayers.length;
  const group = useRef<HTMLDivElement>(null);
  const stacked = useStackedPairs(group, columns);
  return (
    <div className="network-editor">
      <div className="network-toolbar" role="toolbar" aria-label="Network layers">
        <button
          type="button"
          className="network-button"
          disabled={count >= MAX_HIDDEN_LAYERS}
          title={`Appends a hidden layer as wide as the last one (up to ${MAX_HIDDEN_LAYERS})`}
          onClick={onAddLayer}
        >
          Add layer
        </button>
        <button
          type="button"
          className="network-button"
          disabled={count === 0}
          title="Removes the last hidden layer"
          onClick={onRemoveLayer}
        >
          Remove layer
        </button>
        <span className="network-toolbar-count">{hiddenLayerCount(count)}</span>
      </div>
      <div
        ref={group}
        className={`network-neuron-buttons${stacked ? ' is-stacked' : ''}`}
        role="group"
        aria-label="Neurons per hidden layer"
      >
        {hiddenLayers.map((size, i) => {
          const layer = i + 1;
          const x = columns[layer];
          return (
            <div
              key={layer}
              className="network-layer-buttons"
              style={{ left: `${(Number.isFinite(x) ? x : 0) * 100}%` }}
            >
              <button
                type="button"
                className="network-button network-button-small"
                aria-label={`Add neuron to layer ${layer}`}
                title={`Add neuron to layer ${layer} (${size} of at most ${MAX_LAYER_SIZE})`}
                disabled={size >= MAX_LAYER_SIZE}
                onClick={() => onAddNeuron(layer)}
              >
                +
              </button>
              <button
                type="button"
                className="network-button network-button-small"
                aria-label={`Remove neuron from layer ${layer}`}
                title={`Remove neuron from layer ${layer} (${size}, at least 1)`}
                disabled={size <= 1}
                onClick={() => onRemoveNeuron(layer)}
              >
                −
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
