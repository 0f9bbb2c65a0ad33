import { format, select } from 'd3';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';

/** The height of the band under the diagram that holds the legend, on one row. */
export const LEGEND_HEIGHT = 30;
/** Diagrams narrower than this (in viewBox units) put the thickness key on a second row. */
export const ONE_ROW_LEGEND_WIDTH = 480;
const ROW_HEIGHT = 20;

/** The height of the legend's band under a diagram `width` units wide. */
export function legendHeightFor(width: number): number {
  return width >= ONE_ROW_LEGEND_WIDTH ? LEGEND_HEIGHT : LEGEND_HEIGHT + ROW_HEIGHT;
}

const THICKNESS_SAMPLE_COLOR = '#718096';
const formatScaleMax = format('~g');

export interface NetworkLegend {
  /**
   * Moves the legend into the band that starts at `top`, on one row, or two when the diagram is
   * narrower than ONE_ROW_LEGEND_WIDTH. Mutates the legend's elements.
   */
  place(top: number, width?: number): void;
  /** Shows the thinnest and thickest edge and the |weight| drawn thickest. Mutates the legend. */
  showScale(scaleMax: number, minWidth: number, maxWidth: number): void;
}

/**
 * The key under the diagram: which colour is a positive and which a negative weight, and that
 * thickness is |weight|, from 0 up to the scale's top. Draws into `group`.
 */
export function createNetworkLegend(group: SVGGElement): NetworkLegend {
  const legend = select(group).attr('class', 'network-legend');
  const line = (x1: number, x2: number, color: string, width: number) =>
    legend
      .append('line')
      .attr('x1', x1)
      .attr('x2', x2)
      .attr('y1', 0)
      .attr('y2', 0)
      .attr('stroke', color)
      .attr('stroke-width', width);
  const text = (x: number, content: string) =>
    legend.append('text').attr('x', x).attr('dy', '0.35em').text(content);

  line(8, 30, POSITIVE_WEIGHT_COLOR, 3);
  text(35, 'positive weight');
  line(140, 162, NEGATIVE_WEIGHT_COLOR, 3);
  text(167, 'negative weight');
  // The thickness key, in a group of its own so that a narrow diagram can move it to a second row.
  const key = legend.append('g');
  const keyLine = (x1: number, x2: number) =>
    key
      .append('line')
      .attr('x1', x1)
      .attr('x2', x2)
      .attr('y1', 0)
      .attr('y2', 0)
      .attr('stroke', THICKNESS_SAMPLE_COLOR)
      .attr('stroke-width', 1);
  const thinnest = keyLine(8, 26);
  const thickest = keyLine(32, 50);
  const thickness = key
    .append('text')
    .attr('x', 55)
    .attr('dy', '0.35em')
    .text('thickness: |weight|');

  return {
    place(top, width = Infinity) {
      const oneRow = width >= ONE_ROW_LEGEND_WIDTH;
      legend.attr('transform', `translate(0,${top + LEGEND_HEIGHT / 2})`);
      key.attr('transform', oneRow ? 'translate(268,0)' : `translate(0,${ROW_HEIGHT})`);
    },
    showScale(scaleMax, minWidth, maxWidth) {
      thinnest.attr('stroke-width', minWidth);
      thickest.attr('stroke-width', maxWidth);
      thickness.text(`thickness: |weight| (0 to ${formatScaleMax(scaleMax)})`);
    },
  };
}
