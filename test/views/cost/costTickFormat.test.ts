import { describe, expect, it } from 'vitest';
import { createCostHistory } from '../../../src/training';
import { COST_VIEW_HEIGHT, COST_VIEW_WIDTH } from '../../../src/views/cost/costChartLayout';
import { formatCostTick } from '../../../src/views/cost/costTickFormat';
import { createCostChart } from '../../../src/views/cost/createCostChart';

/** At the axis's 10px font a character is at most about 6 units wide; the margin holds 7. */
const MAX_LABEL_CHARS = 7;

describe('formatCostTick(value)', () => {
  it('writes ordinary costs plainly', () => {
    expect(formatCostTick(0)).toBe('0');
    expect(formatCostTick(0.5)).toBe('0.5');
    expect(formatCostTick(0.693)).toBe('0.693');
    expect(formatCostTick(2500)).toBe('2500');
  });

  it('writes huge and tiny costs with an exponent', () => {
    expect(formatCostTick(1e156)).toBe('1e156');
    expect(formatCostTick(2.5e156)).toBe('2.5e156');
    expect(formatCostTick(20000)).toBe('2e4');
    expect(formatCostTick(1e-9)).toBe('1e-9');
    expect(formatCostTick(9.996e5)).toBe('1e6');
    expect(formatCostTick(1.7976931348623157e308)).toBe('1.8e308');
  });

  it('writes nothing for a value that is not finite', () => {
    expect(formatCostTick(NaN)).toBe('');
    expect(formatCostTick(Infinity)).toBe('');
  });

  it('keeps every label short enough for the margin, from 1e-9 to 1e308', () => {
    for (let exponent = -9; exponent <= 307; exponent++) {
      for (const mantissa of [1, 1.25, 2.5, 7.77, 9.99]) {
        expect(formatCostTick(mantissa * 10 ** exponent).length).toBeLessThanOrEqual(
          MAX_LABEL_CHARS,
        );
      }
    }
  });
});

describe('createCostChart(svg) with a cost of 1e156', () => {
  function chartOf(logScale: boolean) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${COST_VIEW_WIDTH} ${COST_VIEW_HEIGHT}`);
    document.body.append(svg);
    const history = createCostHistory();
    for (let i = 0; i < 20; i++) history.push(i < 10 ? 0.7 : 10 ** (i * 8));
    createCostChart(svg).update(history, { logScale, iteration: 20 });
    return Array.from(svg.querySelectorAll('.cost-axis-y .tick text'), (t) => t.textContent ?? '');
  }

  it.each([false, true])('labels the y axis shortly, with no NaN or Infinity (log %s)', (log) => {
    const labels = chartOf(log).filter((text) => text !== '');
    expect(labels.length).toBeGreaterThan(1);
    for (const text of labels) {
      expect(text.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      expect(text).not.toMatch(/NaN|Infinity/);
    }
    expect(labels.some((text) => /e1[45]\d$/.test(text))).toBe(true);
  });
});
