import type { AppCase } from './appCases';
import type { CaseState } from './setUpCase';

/**
 * What in `state` differs from what `appCase` asks for, one phrase each; empty when the case
 * took. Settings the case leaves to the app's default are not checked, except that the network's
 * input and output layers must match the features and classes the store holds.
 */
export function caseProblems(appCase: AppCase, state: CaseState): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const inputs = appCase.features?.length ?? state.features.length;
  const outputs = appCase.classCount ?? state.classCount;
  const layers = [inputs, ...appCase.hiddenLayers, outputs].join('-');
  expect(state.layers.join('-') === layers, `layers ${state.layers.join('-')}, not ${layers}`);
  expect(
    state.networkLayers === state.layers.length,
    `the network view draws ${state.networkLayers} layers`,
  );
  expect(state.activation === appCase.activation, `activation ${state.activation}`);
  if (appCase.optimizer !== undefined) {
    expect(state.optimizer === appCase.optimizer, `optimizer ${state.optimizer}`);
  }
  if (appCase.features !== undefined) {
    const features = appCase.features.join(',');
    expect(state.features.join(',') === features, `features ${state.features.join(',')}`);
  }
  if (appCase.classCount !== undefined) {
    expect(state.classCount === appCase.classCount, `${state.classCount} classes`);
  }
  const { data } = appCase;
  if ('dataset' in data) expect(state.dataset === data.dataset, `dataset ${state.dataset}`);
  const points = 'points' in data ? data.points.length : data.count;
  if (points !== undefined) expect(state.points === points, `${state.points} points`);
  if (appCase.testShare !== undefined) {
    expect(state.testShare === appCase.testShare, `test share ${state.testShare}`);
    const held = Math.round(state.points * appCase.testShare);
    // The split is spread evenly (not drawn), so it lands within a point or two of the share.
    expect(
      Math.abs(state.testPoints - held) <= Math.max(2, state.points / 100),
      `${state.testPoints} of ${state.points} points held out`,
    );
  }
  const earlierRuns = appCase.earlierRuns ?? 0;
  if (earlierRuns > 0) {
    expect(state.earlierRuns === earlierRuns, `${state.earlierRuns} earlier runs in the store`);
    expect(
      state.earlierRunCurves === earlierRuns,
      `${state.earlierRunCurves} earlier runs drawn on the cost chart`,
    );
  }
  if (appCase.inspect === true) {
    expect(state.inspectedPoint !== null, 'no point inspected');
    expect(state.inspectVisible, 'the Inspect point region is not visible in the page');
    expect(state.inspectTypeset, "the Inspect point panel's equations were never typeset");
  }
  if (appCase.thumbnails === true) {
    expect(state.thumbnails > 0, 'the network view shows no neuron thumbnails');
  }
  return problems;
}

/** Throws unless the store and the page took the case's settings. */
export function checkCaseState(appCase: AppCase, state: CaseState): void {
  const problems = caseProblems(appCase, state);
  if (problems.length === 0) return;
  const notice = state.notice === null ? '' : ` (the store's notice: ${state.notice})`;
  throw new Error(`the page did not take the case's settings: ${problems.join(', ')}${notice}`);
}
