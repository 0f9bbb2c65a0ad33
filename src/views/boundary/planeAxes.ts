import { axisBottom, axisLeft, select } from 'd3';
import { PLOT, type PlaneScales } from './planeLayout';

const TICKS = 5;

/** Draws the x axis under the plot and the y axis left of it, into `group`. Mutates `group`. */
export function drawPlaneAxes(group: SVGGElement, scales: PlaneScales): void {
  const root = select(group);
  root.selectAll('*').remove();
  root
    .append('g')
    .attr('class', 'boundary-axis boundary-axis-x')
    .attr('transform', `translate(0, ${PLOT.top + PLOT.height})`)
    .call(axisBottom(scales.x).ticks(TICKS));
  root
    .append('g')
    .attr('class', 'boundary-axis boundary-axis-y')
    .attr('transform', `translate(${PLOT.left}, 0)`)
    .call(axisLeft(scales.y).ticks(TICKS));
  root
    .append('text')
    .attr('class', 'boundary-axis-label')
    .attr('x', PLOT.left + PLOT.width / 2)
    .attr('y', PLOT.top + PLOT.height + 32)
    .attr('text-anchor', 'middle')
    .text('x');
  root
    .append('text')
    .attr('class', 'boundary-axis-label')
    .attr('x', PLOT.left - 30)
    // Between the ticks at 0 and 0.5, where no tick label is, however large the text is drawn.
    .attr('y', scales.y(0.25))
    .attr('dominant-baseline', 'middle')
    .attr('text-anchor', 'middle')
    .text('y');
}
