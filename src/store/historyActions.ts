import { readModel, sameFeatures, type ModelJson } from '../engine';
import { documentOf, type History, type HistoryDocument } from './history';
import { architectureOf, createInitialState, pointsState } from './initialState';
import { configOf, snapshotOf } from './sessionSnapshot';
import type { StoreKit } from './storeKit';
import type { Actions, Config, State } from './types';

type HistoryActions = Pick<
  Actions,
  'snapshotSession' | 'applySession' | 'newSession' | 'undo' | 'redo' | 'beginDrag' | 'endDrag'
>;

const sameLayers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((size, i) => size === b[i]);

/**
 * Undo, redo, New session and whole sessions in and out. A document from the history or a
 * session goes through `applyDocument`, which moves the run as the setting actions would.
 */
export function createHistoryActions(kit: StoreKit, history: History): HistoryActions {
  const { get, set, trainer, restart, reshape, measure } = kit;

  /**
   * Sets the document's settings and points with everything that follows from them: the
   * samples, a network of the new shape (reshaped, or drawn again when the seed or activation
   * changed, or when `fresh`), the optimizer. Learning rate and the like are simply set.
   */
  const applyDocument = (document: HistoryDocument, fresh = false) => {
    const state = get();
    const pointsChanged =
      document.points !== state.points ||
      document.features !== state.features ||
      document.testShare !== state.testShare;
    const changes: Partial<State> = {
      ...document,
      ...(pointsChanged ? pointsState(document.points, document) : {}),
      selectedClass: Math.min(state.selectedClass, document.classCount - 1),
      hoveredPoint: pointsChanged ? null : state.hoveredPoint,
    };
    if (document.optimizer !== state.optimizer) trainer.setOptimizer(document.optimizer);
    const before = architectureOf(state);
    const after = architectureOf(document);
    if (fresh || before.seed !== after.seed || before.activation !== after.activation) {
      restart(changes);
    } else if (!sameLayers(before.layers, after.layers)) {
      reshape(changes);
    } else {
      set({ ...changes, ...(pointsChanged && !state.running ? measure(changes as State) : {}) });
    }
  };
  history.setApplier((document) => applyDocument(document));

  /** Loads the model's weights into the run when they fit it; says whether they did. */
  const loadWeights = (model: ModelJson, settings: Config) => {
    try {
      const read = readModel(model);
      return sameFeatures(read.features, settings.features) && trainer.loadNetwork(read.network);
    } catch {
      return false;
    }
  };

  return {
    snapshotSession: (includeWeights) => snapshotOf(get(), includeWeights),
    applySession(snapshot) {
      const { points, dataset, model } = snapshot;
      const settings = configOf(snapshot.settings);
      set({ running: false });
      applyDocument({ ...settings, points, dataset, dataSeed: get().dataSeed }, true);
      if (model === undefined) return;
      if (loadWeights(model, settings)) set({ ...measure(), notice: null });
      else set({ notice: 'The weights do not fit this network: it starts from new weights.' });
    },
    newSession() {
      const initial = createInitialState();
      set({ running: false });
      applyDocument(documentOf(initial), true);
      set({ selectedClass: 0, notice: null });
    },
    undo: () => history.undo(),
    redo: () => history.redo(),
    beginDrag: () => history.open(),
    endDrag: () => history.close(),
  };
}
