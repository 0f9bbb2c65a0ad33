import { format, type Selection } from 'd3';

const formatIteration = format(',');

export interface ViewingMarker {
  /**
   * Draws the marker at plot x `gx` for `iteration`, with a dot at plot y `gy` when it is finite
   * (the mini-batch cost of that iteration, when the history kept it). Mutates its elements.
   */
  show(iteration: number, gx: number, gy: number): void;
  hide(): void;
}

/**
 * The timeline's mark on the cost chart: a solid vertical line at the iteration every view shows,
 * labelled at the foot of the plot, so it does not cover the hover label at the top.
 */
export function createViewingMarker(
  parent: Selection<SVGGElement, unknown, null, undefined>,
  plotWidth: number,
  plotHeight: number,
): ViewingMarker {
  const group = parent
    .append('g')
    .attr('class', 'cost-viewing')
    .attr('data-testid', 'cost-viewing-marker')
    .attr('display', 'none');
  const line = group
    .append('line')
    .attr('class', 'cost-viewing-line')
    .attr('y1', 0)
    .attr('y2', plotHeight);
  const dot = group.append('circle').attr('class', 'cost-viewing-dot').attr('r', 3.5);
  const label = group
    .append('text')
    .attr('class', 'cost-viewing-label')
    .attr('data-testid', 'cost-viewing-label')
    .attr('y', plotHeight - 6);
  let drawn = '';
  return {
    show(iteration, gx, gy) {
      const key = `${iteration} ${gx} ${gy}`;
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
        .text(`Viewing ${formatIteration(iteration)}`);
      group.attr('data-iteration', iteration).attr('display', null);
    },
    hide() {
      if (drawn === '') return;
      drawn = '';
      group.attr('display', 'none');
    },
  };
}
