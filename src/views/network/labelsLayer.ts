import { select } from 'd3';
import { INPUT_NAMES } from '../../data';
import type { NetworkLayout } from './layoutNetwork';
import { className, inputName } from './parameterLabels';

/** The y of the column captions, in the layout's top margin. */
export const CAPTION_Y = 12;
const LABEL_GAP = 5;
/** Columns closer than this (viewBox units) are captioned by their number alone. */
export const SHORT_CAPTION_STEP = 56;

export interface NetworkLabel {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly kind: 'caption' | 'input' | 'class';
}

export interface LabelsLayer {
  /** Writes the labels of `layout`, the inputs named by `inputNames`. Mutates the layer's elements. */
  setLayout(layout: NetworkLayout, inputNames?: readonly string[]): void;
  destroy(): void;
}

/**
 * The text around the diagram: a caption above each column, the input names left of the inputs
 * (`inputNames`, by default x and y) and the class names right of the outputs.
 */
export function layoutLabels(
  layout: NetworkLayout,
  inputNames: readonly string[] = INPUT_NAMES,
): NetworkLabel[] {
  const { layers, columns, nodes, radius } = layout;
  const last = layers.length - 1;
  const short = columns[1] - columns[0] < SHORT_CAPTION_STEP;
  const captionOf = (l: number) =>
    l === 0 ? (short ? 'in' : 'input') : short ? `${l}` : `layer ${l}`;
  const labels: NetworkLabel[] = columns.map((x, l) => ({
    key: `caption:${l}`,
    x,
    y: CAPTION_Y,
    text: captionOf(l),
    anchor: 'middle',
    kind: 'caption',
  }));
  for (const { layer, index, x, y, shown } of nodes) {
    if (!shown) continue;
    if (layer === 0) {
      const text = inputName(index, inputNames);
      labels.push({
        key: `input:${index}`,
        x: x - radius - LABEL_GAP,
        y,
        text,
        anchor: 'end',
        kind: 'input',
      });
    } else if (layer === last) {
      const text = className(index);
      labels.push({
        key: `class:${index}`,
        x: x + radius + LABEL_GAP,
        y,
        text,
        anchor: 'start',
        kind: 'class',
      });
    }
  }
  return labels;
}

/** The diagram's labels, appended to `svgElement` as one group of texts. */
export function createLabelsLayer(svgElement: SVGSVGElement): LabelsLayer {
  const group = select(svgElement).append('g').attr('class', 'network-labels');
  return {
    setLayout(layout, inputNames) {
      group
        .selectAll<SVGTextElement, NetworkLabel>('text')
        .data(layoutLabels(layout, inputNames), (d) => d.key)
        .join('text')
        .attr('class', (d) => `network-label network-label-${d.kind}`)
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y)
        .attr('dy', '0.35em')
        .attr('text-anchor', (d) => d.anchor)
        .text((d) => d.text);
    },
    destroy() {
      group.remove();
    },
  };
}
