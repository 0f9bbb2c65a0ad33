import { select } from 'd3';
import type { LabelledPoint as Point } from '../../engine';
import { CLASS_COLORS } from '../classColors';
import { percentOfView, VIEW_SIZE, type PlaneScales } from './planeLayout';

export interface PointTooltip {
  /**
   * Shows point `index` with the network's class probabilities for it, next to the point, and
   * says so when it is a held-out test point.
   */
  show(point: Point, index: number, probabilities: ArrayLike<number>, test?: boolean): void;
  hide(): void;
  destroy(): void;
}

const format = (value: number) => value.toFixed(3);

/** A small card inside `element` (positioned over the view) describing one point. */
export function createPointTooltip(element: HTMLElement, scales: PlaneScales): PointTooltip {
  const root = select(element);
  root.selectAll('*').remove();
  const title = root.append('div').attr('class', 'boundary-tooltip-title');
  const position = root.append('div').attr('class', 'boundary-tooltip-position');
  const list = root
    .append('ul')
    .attr('class', 'boundary-tooltip-probabilities')
    .attr('aria-label', 'Predicted probabilities');
  const classes: number[] = [];
  element.hidden = true;

  return {
    show(point, index, probabilities, test = false) {
      const x = scales.x(point.x);
      const y = scales.y(point.y);
      element.hidden = false;
      element.style.left = percentOfView(x);
      element.style.top = percentOfView(y);
      // Open away from the nearest edges, so the card stays inside the view.
      element.classList.toggle('is-left', x > VIEW_SIZE * 0.6);
      element.classList.toggle('is-below', y < VIEW_SIZE * 0.3);
      title.text(`Point ${index + 1}, class ${point.label}${test ? ', test point' : ''}`);
      element.classList.toggle('is-test', test);
      position.text(`x ${format(point.x)}, y ${format(point.y)}`);
      let predicted = 0;
      classes.length = probabilities.length;
      for (let k = 0; k < probabilities.length; k++) {
        classes[k] = k;
        if (probabilities[k] > probabilities[predicted]) predicted = k;
      }
      list
        .selectAll<HTMLLIElement, number>('li')
        .data(classes, (k) => k)
        .join((enter) => {
          const item = enter.append('li');
          item
            .append('span')
            .attr('class', 'boundary-tooltip-swatch')
            .style('background', (k) => CLASS_COLORS[k]);
          item.append('span').attr('class', 'boundary-tooltip-value');
          return item;
        })
        .attr('data-class', (k) => k)
        .attr('data-probability', (k) => probabilities[k])
        .classed('is-predicted', (k) => k === predicted)
        .select('.boundary-tooltip-value')
        .text((k) => `class ${k}: ${format(probabilities[k])}`);
    },
    hide() {
      element.hidden = true;
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
