import type { AppCase } from './appCases';

/** What the page shows once `setUpCaseScript` has set the case: the store and the DOM. */
export interface CaseState {
  /** The trainer's network, input and output layers included. */
  readonly layers: number[];
  readonly activation: string;
  readonly optimizer: string;
  readonly features: string[];
  readonly classCount: number;
  readonly learningRate: number;
  readonly points: number;
  /** Points held out of training. */
  readonly testPoints: number;
  readonly testShare: number;
  readonly dataset: string;
  readonly earlierRuns: number;
  /** Earlier runs' curves the cost chart draws. */
  readonly earlierRunCurves: number;
  readonly inspectedPoint: number | null;
  /** The `Inspect point` region is in the page with a box of its own and not hidden. */
  readonly inspectVisible: boolean;
  /** Its equations are typeset (the typesetter, loaded on demand, arrived). */
  readonly inspectTypeset: boolean;
  /** Neuron thumbnails in the network view. */
  readonly thumbnails: number;
  /** The layers the network view draws neurons for, input and output included. */
  readonly networkLayers: number;
  /** The store's notice once the case was set, before it was dismissed. */
  readonly notice: string | null;
}

/** Each earlier run trains this many single steps before Reset ends it. */
export const EARLIER_RUN_STEPS = 20;
/** The learning rates of the earlier runs, in turn, so each differs from the current run. */
export const EARLIER_RUN_RATES = [0.1, 0.03, 0.003, 0.3, 0.001];
/** How long the page may take to show what the case asks for (a panel loads its code lazily). */
const DOM_WAIT_MS = 15_000;

/**
 * Pauses, then brings the store to the case through its actions, changing only what differs
 * from the case (so the default state stays untouched when it already is the case). Earlier runs
 * are made as a person makes them: a few steps at another learning rate, then Reset. Then waits,
 * frame by frame, until the page shows what the case asks for (or gives up after DOM_WAIT_MS),
 * and resolves to a `CaseState`.
 */
export function setUpCaseScript(appCase: AppCase): string {
  const target = JSON.stringify({
    hiddenLayers: appCase.hiddenLayers,
    activation: appCase.activation,
    dataset: 'dataset' in appCase.data ? appCase.data.dataset : null,
    count: 'dataset' in appCase.data ? (appCase.data.count ?? null) : null,
    points: 'points' in appCase.data ? appCase.data.points : null,
    optimizer: appCase.optimizer ?? null,
    features: appCase.features ?? null,
    classCount: appCase.classCount ?? null,
    testShare: appCase.testShare ?? null,
    earlierRuns: appCase.earlierRuns ?? 0,
    inspect: appCase.inspect ?? false,
    thumbnails: appCase.thumbnails ?? false,
  });
  const earlier = JSON.stringify({ steps: EARLIER_RUN_STEPS, rates: EARLIER_RUN_RATES });
  return `(async () => {
  const target = ${target};
  const earlier = ${earlier};
  const store = window.backpropLab.store;
  const get = () => store.getState();
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  get().pause();
  if (target.count !== null && get().datasetOptions.count !== target.count) {
    get().setDatasetOptions({ count: target.count });
  }
  if (target.classCount !== null && get().classCount !== target.classCount) {
    get().setClassCount(target.classCount);
  }
  if (target.dataset !== null && (get().dataset !== target.dataset || target.count !== null)) {
    get().loadDataset(target.dataset);
  }
  if (target.points !== null) get().setPoints(target.points, 'custom');
  if (target.testShare !== null && get().testShare !== target.testShare) get().setTestShare(target.testShare);
  if (target.features !== null && !same(get().features, target.features)) get().setFeatures(target.features);
  if (!same(get().hiddenLayers, target.hiddenLayers)) get().setHiddenLayers(target.hiddenLayers);
  if (get().activation !== target.activation) get().setActivation(target.activation);
  if (target.optimizer !== null && get().optimizer.kind !== target.optimizer) {
    const optimizer = target.optimizer === 'adam'
      ? { kind: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
      : target.optimizer === 'momentum' ? { kind: 'momentum', momentum: 0.9 } : { kind: 'gd' };
    get().setOptimizer(optimizer);
  }
  if (target.earlierRuns > 0) {
    get().clearEarlierRuns();
    const rate = get().learningRate;
    for (let run = 0; run < target.earlierRuns; run++) {
      get().setLearningRate(earlier.rates[run % earlier.rates.length]);
      for (let s = 0; s < earlier.steps; s++) get().step();
      get().reset();
    }
    get().setLearningRate(rate);
  }
  if (target.inspect) {
    if (!get().inspecting) get().toggleInspect();
    get().inspectPoint(0);
  }
  // A notice the case's own actions leave (such as the inputs' change) is kept for the report,
  // then dismissed as a person would.
  const notice = get().notice;
  get().dismissNotice();

  const panel = () => document.querySelector('section[aria-label="Inspect point"]');
  // The thumbnails share one canvas over the diagram: a neuron has one where its disc is painted.
  const paintedThumbnails = () => {
    const canvas = document.querySelector('[data-testid="neuron-thumbnails"]');
    if (canvas === null || canvas.width === 0) return 0;
    const box = canvas.getBoundingClientRect();
    const context = canvas.getContext('2d');
    return [...document.querySelectorAll('[data-testid="neuron"]')].filter((circle) => {
      if (circle.getAttribute('display') === 'none') return false;
      const disc = circle.getBoundingClientRect();
      const x = Math.floor(((disc.left + disc.width / 2 - box.left) * canvas.width) / box.width);
      const y = Math.floor(((disc.top + disc.height / 2 - box.top) * canvas.height) / box.height);
      return context.getImageData(x, y, 1, 1).data[3] === 255;
    }).length;
  };
  const page = () => {
    const region = panel();
    const box = region === null ? null : region.getBoundingClientRect();
    const visible = region !== null && box.width > 0 && box.height > 0 &&
      region.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    return {
      earlierRunCurves: document.querySelectorAll('.cost-earlier-run').length,
      inspectVisible: visible,
      inspectTypeset: region !== null && region.querySelector('.inspect-math > *') !== null,
      thumbnails: paintedThumbnails(),
      networkLayers: new Set(
        [...document.querySelectorAll('[data-testid="neuron"]')].map((n) => n.getAttribute('data-layer')),
      ).size,
    };
  };
  const shown = (dom) =>
    dom.networkLayers === target.layerCount &&
    (target.earlierRuns === 0 || dom.earlierRunCurves === target.earlierRuns) &&
    (!target.inspect || (dom.inspectVisible && dom.inspectTypeset)) &&
    (!target.thumbnails || dom.thumbnails > 0);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const giveUpAt = performance.now() + ${DOM_WAIT_MS};
  // Two frames at least, and until the network view draws as many layers as the trainer has (so
  // the DOM shows the case's network, not the page's first one).
  target.layerCount = get().trainer.session.architecture.layers.length;
  await nextFrame();
  await nextFrame();
  let dom = page();
  while (!shown(dom) && performance.now() < giveUpAt) {
    await nextFrame();
    dom = page();
  }
  const state = get();
  return {
    layers: [...state.trainer.session.architecture.layers],
    activation: state.activation,
    optimizer: state.optimizer.kind,
    features: [...state.features],
    classCount: state.classCount,
    learningRate: state.learningRate,
    points: state.points.length,
    testPoints: state.testSamples.count,
    testShare: state.testShare,
    dataset: state.dataset,
    earlierRuns: state.earlierRuns.length,
    inspectedPoint: state.inspectedPoint,
    notice,
    ...dom,
  };
})()`;
}
