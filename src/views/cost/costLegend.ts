import type { Selection } from 'd3';

/** The lines the chart can draw, in legend order. */
export const COST_SERIES = [
  { key: 'batch', label: 'mini-batch' },
  { key: 'training', label: 'all training points' },
  { key: 'test', label: 'test points' },
  { key: 'earlier', label: 'earlier runs' },
] as const;

export type CostSeriesKey = (typeof COST_SERIES)[number]['key'];

const ROW_HEIGHT = 12;
const SWATCH_WIDTH = 14;
const GAP = 4;

export interface CostLegend {
  /** Lists the lines that `shown` says are drawn, top to bottom. Mutates the legend's elements. */
  show(shown: Readonly<Record<CostSeriesKey, boolean>>): void;
}

/**
 * A small key in the top right corner of the plot (`right` is the plot's width): a stroke in each
 * line's style and its name. Elements are created once; show() only toggles and moves rows.
 */
export function createCostLegend(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  right: number,
): CostLegend {
  const group = parent.append('g').attr('class', 'cost-legend').attr('data-testid', 'cost-legend');
  const rows = COST_SERIES.map(({ key, label }) => {
    const row = group.append('g').attr('class', `cost-legend-row cost-legend-${key}`);
    row
      .append('line')
      .attr('class', `cost-legend-swatch cost-series-${key}`)
      .attr('x1', right - SWATCH_WIDTH)
      .attr('x2', right)
      .attr('y1', 0)
      .attr('y2', 0);
    row
      .append('text')
      .attr('class', 'cost-legend-label')
      .attr('x', right - SWATCH_WIDTH - GAP)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(label);
    return { key, row };
  });
  let drawn = '';
  return {
    show(shown) {
      const key = rows.map(({ key }) => (shown[key] ? '1' : '0')).join('');
      if (key === drawn) return;
      drawn = key;
      let y = ROW_HEIGHT / 2;
      for (const { key, row } of rows) {
        if (!shown[key]) {
          row.attr('display', 'none');
          continue;
        }
        row.attr('display', null).attr('transform', `translate(0,${y})`);
        y += ROW_HEIGHT;
      }
    },
  };
}
