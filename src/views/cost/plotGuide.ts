import type { Selection } from 'd3';

export interface PlotGuide {
  /**
   * Draws the guide at plot x `gx` for `iteration`, labelled `text`, with a dot at plot y `gy`
   * when it is finite. Mutates its elements.
   */
  show(iteration: number, gx: number, gy: number, text: string): void;
  hide(): void;
}

export interface PlotGuideOptions {
  /** Names its elements: `cost-<name>` (the group), `-line`, `-dot`, `-label`. */
  readonly name: string;
  readonly dotRadius: number;
  /** The label's baseline, in plot y. */
  readonly labelY: number;
}

/**
 * A vertical line across the plot at one iteration, a dot on a cost and a label beside it, on the
 * side with more room: the timeline's mark and the hover's read-out on the cost chart.
 */
export function createPlotGuide(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  plotWidth: number,
  plotHeight: number,
  { name, dotRadius, labelY }: PlotGuideOptions,
): PlotGuide {
  const prefix = `cost-${name}`;
  const group = parent
    .append('g')
    .attr('class', prefix)
    .attr('data-testid', `${prefix}-marker`)
    .attr('display', 'none');
  const line = group
    .append('line')
    .attr('class', `${prefix}-line`)
    .attr('y1', 0)
    .attr('y2', plotHeight);
  const dot = group.append('circle').attr('class', `${prefix}-dot`).attr('r', dotRadius);
  const label = group
    .append('text')
    .attr('class', `${prefix}-label`)
    .attr('data-testid', `${prefix}-label`)
    .attr('y', labelY);
  let drawn = '';
  return {
    show(iteration, gx, gy, text) {
      const key = `${iteration} ${gx} ${gy} ${text}`;
      if (key === drawn) return;
      drawn = key;
      const onRight = gx < plotWidth * 0.6;
      line.attr('x1', gx).attr('x2', gx);
      dot
        .attr('cx', gx)
        .attr('cy', Number.isFinite(gy) ? gy : 0)
        .attr('display', Number.isFinite(gy) ? null : 'none');
      label
        .attr('x', onRight ? gx + 6 : gx - 6)
        .attr('text-anchor', onRight ? 'start' : 'end')
        .text(text);
      group.attr('data-iteration', iteration).attr('display', null);
    },
    hide() {
      if (drawn === '') return;
      drawn = '';
      group.attr('display', 'none');
    },
  };
}
