import { useEffect, useRef, useState, type MouseEvent } from 'react';
import {
  createEarlierRunLabeller,
  selectTimelineIteration,
  selectViewing,
  selectWeightsVersion,
  useAppStore,
  useAppStoreApi,
} from '../../store';
import type { AppState, AppStore } from '../../store';
import { useFrameScheduler } from '../frameSchedulerContext';
import { COST_VIEW_HEIGHT, COST_VIEW_WIDTH } from './costChartLayout';
import { createCostChart, type CostChart } from './createCostChart';
import { createTimelinePointer, type Timeline } from './timelinePointer';
import { SaveImageButtons } from '../SaveImageButtons';
import { svgFile, svgPng } from '../saveImage';
import './cost.css';
import { trackSvgTextScale } from '../svgTextScale';

const selectNoIterations = (s: AppState) => s.progress.iteration === 0;
const selectNoEarlierRuns = (s: AppState) => s.earlierRuns.length === 0;

/** The pointer's x in viewBox units; jsdom has no layout, so a zero-width box maps 1:1. */
function viewXOf(event: MouseEvent<SVGSVGElement>): number {
  const box = event.currentTarget.getBoundingClientRect();
  const scale = box.width > 0 ? COST_VIEW_WIDTH / box.width : 1;
  return (event.clientX - box.left) * scale;
}

/** The pointer's y in viewBox units, as `viewXOf`. */
function viewYOf(event: MouseEvent<SVGSVGElement>): number {
  const box = event.currentTarget.getBoundingClientRect();
  const scale = box.height > 0 ? COST_VIEW_HEIGHT / box.height : 1;
  return (event.clientY - box.top) * scale;
}

/** The store's timeline, as the chart's pointer sees it. */
function timelineOf(store: AppStore): Timeline {
  const get = () => store.getState();
  return {
    // Where the timeline was put, also while its replay is still catching up.
    viewing: () => selectTimelineIteration(get()),
    latest: () => get().trainer.iteration,
    view: (iteration) => get().viewIteration(iteration),
    goLive: () => get().goLive(),
  };
}

/**
 * The cost of each training step against iteration, with the cost over all training points and
 * over the held-out points as the trainer measured them once a frame. The chart is painted outside
 * React renders, by the frame scheduler, in the frame whose training changed the weights.
 */
export function CostView() {
  const store = useAppStoreApi();
  const scheduler = useFrameScheduler();
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<CostChart | null>(null);
  const redrawRef = useRef<(() => void) | null>(null);
  const logScaleRef = useRef(false);
  const [logScale, setLogScale] = useState(false);
  const empty = useAppStore(selectNoIterations);
  const noEarlierRuns = useAppStore(selectNoEarlierRuns);
  const [pointer] = useState(() => createTimelinePointer(timelineOf(store)));

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const chart = createCostChart(svg);
    chartRef.current = chart;
    const labelEarlierRuns = createEarlierRunLabeller();
    const draw = () => {
      const state = store.getState();
      const { trainer, viewing } = state;
      chart.update(trainer.history, {
        logScale: logScaleRef.current,
        iteration: trainer.iteration,
        evaluations: trainer.evaluations,
        viewing,
        earlierRuns: labelEarlierRuns(state),
      });
    };
    const painting = scheduler.register(draw);
    redrawRef.current = draw;
    draw();
    const unsubscribe = store.subscribe(selectWeightsVersion, painting.invalidate);
    const unsubscribeViewing = store.subscribe(selectViewing, painting.invalidate);
    // A kept or cleared run, or a setting that renames them: the labeller returns a new list.
    const unsubscribeRuns = store.subscribe(labelEarlierRuns, painting.invalidate);
    return () => {
      unsubscribe();
      unsubscribeViewing();
      unsubscribeRuns();
      painting.unregister();
      redrawRef.current = null;
      chartRef.current = null;
      chart.destroy();
    };
  }, [store, scheduler]);

  // Labels keep a readable size on screen however much the chart is scaled.
  useEffect(() => (svgRef.current ? trackSvgTextScale(svgRef.current) : undefined), []);

  useEffect(() => {
    if (logScaleRef.current === logScale) return;
    logScaleRef.current = logScale;
    redrawRef.current?.();
  }, [logScale]);

  return (
    <div className="cost-view">
      <div className="cost-toolbar" role="toolbar" aria-label="Cost chart">
        <button
          type="button"
          className="cost-toggle"
          aria-pressed={logScale}
          onClick={() => setLogScale((on) => !on)}
        >
          Log scale
        </button>
        <SaveImageButtons
          name="cost"
          png={() => svgPng(svgRef.current)}
          svg={() => svgFile(svgRef.current)}
          onProblem={(message) => store.getState().showNotice(message)}
        />
        <button
          type="button"
          className="cost-toggle"
          disabled={noEarlierRuns}
          onClick={() => store.getState().clearEarlierRuns()}
        >
          Clear earlier runs
        </button>
      </div>
      <div className="cost-plot">
        <svg
          ref={svgRef}
          className="cost-svg"
          viewBox={`0 0 ${COST_VIEW_WIDTH} ${COST_VIEW_HEIGHT}`}
          role="img"
          aria-label="Mean cross-entropy against iteration: of each mini-batch, of all training points and of the test points"
          onPointerMove={(event) =>
            pointer.preview(chartRef.current?.hover(viewXOf(event), viewYOf(event)))
          }
          onPointerLeave={() => {
            chartRef.current?.hover(null);
            pointer.restore();
          }}
          onClick={(event) =>
            pointer.choose(chartRef.current?.hover(viewXOf(event), viewYOf(event)))
          }
        />
        {empty && <p className="cost-empty">No iterations yet</p>}
      </div>
    </div>
  );
}
