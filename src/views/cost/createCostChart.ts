import { axisBottom, axisLeft, format, scaleLinear, scaleLog, select, type NumberValue } from 'd3';
import { meanLinePath, minMaxBandPath } from './bucketPaths';
import {
  COST_EPSILON,
  COST_MARGIN,
  COST_PLOT_HEIGHT,
  COST_PLOT_WIDTH,
  COST_VIEW_HEIGHT,
  MIN_ITERATION_DOMAIN,
  SERIES_SCALE,
} from './costChartLayout';
import { createCostLegend } from './costLegend';
import { formatCostTick } from './costTickFormat';
import {
  createThinnedSeries,
  seriesPath,
  thinSeries,
  type EvaluationValues,
  type ThinnedSeries,
} from './evaluationSeries';
import { createHistorySummary, summariseHistory, type HistoryValues } from './historySummary';
import { createHistoryBuckets, reduceHistory, type HistoryBuckets } from './reduceHistory';
import { createPlotGuide } from './plotGuide';
import { createEarlierRunsLayer, type EarlierRunsExtent } from './earlierRunsLayer';
import type { LabelledRun } from '../../training';

export interface CostChartOptions {
  readonly logScale: boolean;
  /** Iterations run so far; the x axis spans [0, max(iteration, 10)]. */
  readonly iteration: number;
  /**
   * The cost over all training points and over the held-out points (NaN when none), measured
   * once a frame; drawn as two more lines when given.
   */
  readonly evaluations?: EvaluationValues;
  /** The iteration the timeline shows, marked on the chart; null or absent while live. */
  readonly viewing?: number | null;
  /** Finished runs drawn faded under the live lines, named by what set them apart. */
  readonly earlierRuns?: readonly LabelledRun[];
}

export interface CostChart {
  /**
   * Redraws the axes, the min-max band and the mean line for the history, the lines of the
   * evaluations and the legend. Mutates the svg.
   */
  update(history: HistoryValues, options: CostChartOptions): void;
  /**
   * Shows the guide and label at the kept value nearest to `viewX` (in viewBox units), or hides
   * them for null or a point outside the plot; names an earlier run whose line passes near
   * (`viewX`, `viewY`). Returns the iteration labelled (one whose cost the
   * history kept, so the timeline and the curve agree once it thins), or null. Mutates the svg.
   */
  hover(viewX: number | null, viewY?: number | null): number | null;
  destroy(): void;
}

const formatIteration = format(',');
const formatIterationSi = format('~s');
const formatIterationTick = (n: NumberValue) => formatIterationSi(n);
const formatCostValue = format('.4~g');
const formatCost = (cost: number) => (Number.isFinite(cost) ? formatCostValue(cost) : 'n/a');

const NO_EVALUATIONS: EvaluationValues = {
  length: 0,
  iterations: new Float64Array(0),
  cost: new Float64Array(0),
  testCost: new Float64Array(0),
};

/** One column of the reduction per logical pixel of the plot's width. */
const COLUMNS = Math.floor(COST_PLOT_WIDTH);

/**
 * Draws the cost history into `svg` (whose viewBox the caller sets to the layout's size): mean
 * cross-entropy against iteration, as a min-max band per pixel column with the mean as a line;
 * with evaluations, the cost over all training points and over the test points as lines of at
 * most one point per pixel column, and a legend. The y domain covers every line. Elements are
 * created once here; updates only change their attributes.
 */
export function createCostChart(svg: SVGSVGElement): CostChart {
  const buckets = createHistoryBuckets(COLUMNS);
  const summary = createHistorySummary();
  const trainingSeries = createThinnedSeries(COLUMNS);
  const testSeries = createThinnedSeries(COLUMNS);
  const x = scaleLinear().range([0, COST_PLOT_WIDTH]);
  const yLinear = scaleLinear().range([COST_PLOT_HEIGHT, 0]);
  const yLog = scaleLog().range([COST_PLOT_HEIGHT, 0]).clamp(true);
  // A fixed SI format rather than the scale's shared prefix, which would label 0 as "0k".
  const xAxis = axisBottom(x).ticks(5).tickFormat(formatIterationTick);
  const yLinearAxis = axisLeft(yLinear)
    .ticks(5)
    .tickFormat((n) => formatCostTick(Number(n)));
  // The log scale's own filter keeps a few labels a decade; each is written as the linear's.
  // d3 takes a function as the specifier, which its types do not declare.
  const costTick = (n: NumberValue) => formatCostTick(Number(n));
  const yLogLabel = yLog.tickFormat(4, costTick as unknown as string);
  const yLogAxis = axisLeft(yLog)
    .ticks(4)
    .tickFormat((n) => yLogLabel(n));

  const root = select(svg)
    .append('g')
    .attr('class', 'cost-chart')
    .attr('transform', `translate(${COST_MARGIN.left},${COST_MARGIN.top})`);
  // The series paths are written in tenths of a unit (see SERIES_SCALE) and scaled back here.
  const series = root
    .append('g')
    .attr('class', 'cost-series')
    .attr('transform', `scale(${1 / SERIES_SCALE})`);
  const band = series.append('path').attr('class', 'cost-band');
  const line = series.append('path').attr('class', 'cost-line').attr('data-testid', 'cost-line');
  const trainingLine = series
    .append('path')
    .attr('class', 'cost-series-line cost-series-training')
    .attr('data-testid', 'cost-training-line');
  const testLine = series
    .append('path')
    .attr('class', 'cost-series-line cost-series-test')
    .attr('data-testid', 'cost-test-line');
  const legend = createCostLegend(root, COST_PLOT_WIDTH);
  const xAxisGroup = root
    .append('g')
    .attr('class', 'cost-axis cost-axis-x')
    .attr('transform', `translate(0,${COST_PLOT_HEIGHT})`);
  const yAxisGroup = root.append('g').attr('class', 'cost-axis cost-axis-y');
  root
    .append('text')
    .attr('class', 'cost-axis-label')
    .attr('text-anchor', 'middle')
    .attr('x', COST_PLOT_WIDTH / 2)
    .attr('y', COST_VIEW_HEIGHT - COST_MARGIN.top - 6)
    .text('Iteration');
  root
    .append('text')
    .attr('class', 'cost-axis-label')
    .attr('text-anchor', 'middle')
    .attr('transform', `translate(${-COST_MARGIN.left + 14},${COST_PLOT_HEIGHT / 2}) rotate(-90)`)
    .text('Cost (mean cross-entropy)');
  // The timeline's mark is labelled at the foot of the plot, clear of the hover's label at the top.
  const viewingMarker = createPlotGuide(root, COST_PLOT_WIDTH, COST_PLOT_HEIGHT, {
    name: 'viewing',
    dotRadius: 3.5,
    labelY: COST_PLOT_HEIGHT - 6,
  });
  const hoverGuide = createPlotGuide(root, COST_PLOT_WIDTH, COST_PLOT_HEIGHT, {
    name: 'hover',
    dotRadius: 3,
    labelY: 10,
  });
  const earlier = createEarlierRunsLayer(series, root, SERIES_SCALE, COST_PLOT_WIDTH);
  let earlierRuns: readonly LabelledRun[] = [];
  let history: HistoryValues | null = null;
  let logScale = false;
  let hoverX: number | null = null;
  let hoverY: number | null = null;
  let viewing: number | null = null;
  // Last domains drawn, so an update that changes neither skips the axes' DOM work.
  let drawnXMax = NaN;
  let drawnYLow = NaN;
  let drawnYHigh = NaN;
  let drawnLog: boolean | null = null;

  const yOf = (cost: number) =>
    logScale ? yLog(cost > COST_EPSILON ? cost : COST_EPSILON) : yLinear(cost);
  // The same mappings in the series' tenths.
  const columnToSeries = (c: number) =>
    ((c + 0.5) * COST_PLOT_WIDTH * SERIES_SCALE) / buckets.columns;
  const costToSeries = (cost: number) => yOf(cost) * SERIES_SCALE;
  const iterationToSeries = (iteration: number) => x(iteration) * SERIES_SCALE;

  /** Sets the y domain from the range of every line; a fallback when nothing finite is held. */
  const fitY = () => {
    const { low, high } = rangeOf(buckets, earlier.extent(earlierRuns), trainingSeries, testSeries);
    const hasData = low <= high;
    if (logScale) {
      const lo = hasData ? Math.max(low, COST_EPSILON) : 0.01;
      const hi = hasData ? Math.max(high, COST_EPSILON) : 1;
      yLog.domain(hi > lo ? [lo, hi] : [lo / 10, lo * 10]).nice();
      return yLog.domain();
    }
    const hi = hasData && high > 0 ? high : 1;
    yLinear.domain([hasData ? Math.min(0, low) : 0, hi]).nice();
    return yLinear.domain();
  };

  /** The mini-batch cost of `iteration` when the history kept it, else NaN. */
  const keptCost = ({ stride, length, values }: HistoryValues, iteration: number) => {
    const index = iteration / stride;
    return Number.isInteger(index) && index < length ? values[index] : NaN;
  };

  const renderViewing = () => {
    if (history === null || viewing === null || !Number.isFinite(viewing)) {
      viewingMarker.hide();
      return;
    }
    const gy = yOf(keptCost(history, viewing));
    viewingMarker.show(viewing, x(viewing), gy, `Viewing ${formatIteration(viewing)}`);
  };

  const renderHover = (): number | null => {
    const px = hoverX === null ? NaN : hoverX - COST_MARGIN.left;
    const inPlot = px >= 0 && px <= COST_PLOT_WIDTH;
    const py = hoverY === null ? null : hoverY - COST_MARGIN.top;
    earlier.hover(inPlot ? [x.invert(px - 4), x.invert(px + 4)] : null, px, py, yOf);
    if (history === null || history.length === 0 || !inPlot) {
      hoverGuide.hide();
      return null;
    }
    const { stride, length, values } = history;
    const index = Math.min(length - 1, Math.max(0, Math.round(x.invert(px) / stride)));
    const iteration = index * stride;
    const cost = values[index];
    const text = `Iteration ${formatIteration(iteration)}, cost ${formatCost(cost)}`;
    hoverGuide.show(iteration, x(iteration), yOf(cost), text);
    return iteration;
  };

  return {
    update(next, options) {
      history = next;
      logScale = options.logScale;
      viewing = options.viewing ?? null;
      earlierRuns = options.earlierRuns ?? [];
      const lastKept = next.length > 0 ? (next.length - 1) * next.stride : 0;
      const iteration = Number.isFinite(options.iteration) ? options.iteration : lastKept;
      const longestEarlier = earlier.extent(earlierRuns).iterations;
      const xMax = Math.max(iteration, lastKept, longestEarlier, MIN_ITERATION_DOMAIN);
      x.domain([0, xMax]);
      reduceHistory(summariseHistory(summary, next), xMax, COLUMNS, buckets);
      const { iterations, cost, testCost, length } = options.evaluations ?? NO_EVALUATIONS;
      thinSeries(iterations, cost, length, xMax, COLUMNS, trainingSeries);
      thinSeries(iterations, testCost, length, xMax, COLUMNS, testSeries);
      const [yLow, yHigh] = fitY();

      if (xMax !== drawnXMax) {
        xAxisGroup.call(xAxis);
        drawnXMax = xMax;
      }
      if (yLow !== drawnYLow || yHigh !== drawnYHigh || logScale !== drawnLog) {
        yAxisGroup.call(logScale ? yLogAxis : yLinearAxis);
        drawnYLow = yLow;
        drawnYHigh = yHigh;
        drawnLog = logScale;
      }
      band.attr('d', minMaxBandPath(buckets, columnToSeries, costToSeries));
      line.attr('d', meanLinePath(buckets, columnToSeries, costToSeries));
      const pathOf = (s: ThinnedSeries) =>
        s.points > 0 ? seriesPath(s, iterationToSeries, costToSeries) : '';
      const trainingPath = pathOf(trainingSeries);
      const testPath = pathOf(testSeries);
      trainingLine.attr('d', trainingPath);
      testLine.attr('d', testPath);
      const domains = `${xMax} ${yLow} ${yHigh} ${logScale}`;
      earlier.draw(earlierRuns, iterationToSeries, costToSeries, domains);
      legend.show({
        batch: buckets.filled > 0,
        training: trainingPath !== '',
        test: testPath !== '',
        earlier: earlierRuns.length > 0,
      });
      renderViewing();
      renderHover();
    },
    hover(viewX, viewY = null) {
      hoverX = viewX;
      hoverY = viewX === null ? null : viewY;
      return renderHover();
    },
    destroy() {
      root.remove();
      history = null;
    },
  };
}

/** The smallest and largest value over the lines; low > high when none holds a finite value. */
function rangeOf(buckets: HistoryBuckets, earlier: EarlierRunsExtent, ...series: ThinnedSeries[]) {
  let low = Math.min(earlier.low, buckets.filled > 0 ? buckets.low : Infinity);
  let high = Math.max(earlier.high, buckets.filled > 0 ? buckets.high : -Infinity);
  for (const s of series) {
    if (s.points === 0) continue;
    low = Math.min(low, s.low);
    high = Math.max(high, s.high);
  }
  return { low, high };
}
