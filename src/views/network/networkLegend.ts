import { format, select } from 'd3';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../classColors';

/** The height of the band under the diagram that holds the legend. */
export const LEGEND_HEIGHT = 30;

const THICKNESS_SAMPLE_COLOR = '#718096';
const formatScaleMax = format('~g');

export interface NetworkLegend {
  /** Moves the legend into the band that starts at `top`. Mutates the legend's elements. */
  place(top: number): void;
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
  const thinnest = line(276, 294, THICKNESS_SAMPLE_COLOR, 1);
  const thickest = line(300, 318, THICKNESS_SAMPLE_COLOR, 1);
  const thickness = text(323, 'thickness: |weight|');

  return {
    place(top) {
      legend.attr('transform', `translate(0,${top + LEGEND_HEIGHT / 2})`);
    },
    showScale(scaleMax, minWidth, maxWidth) {
      thinnest.attr('stroke-width', minWidth);
      thickest.attr('stroke-width', maxWidth);
      thickness.text(`thickness: |weight| (0 to ${formatScaleMax(scaleMax)})`);
    },
  };
}
