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

/**
 * Edits the network in place: a toolbar that adds or removes the last hidden layer, and over each
 * hidden layer's column a + and a − for its neurons. Buttons are disabled at the app's limits
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
      <div className="network-neuron-buttons" role="group" aria-label="Neurons per hidden layer">
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
