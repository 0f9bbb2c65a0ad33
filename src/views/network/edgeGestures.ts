import type { PointerEvent } from 'react';
import { targetOfElement, type EdgeTarget } from './diagramTarget';

/** What the gestures need of the app: the weights, and a way to set one or open its editor. */
export interface WeightEditing {
  /** The weight an edge carries now, or null when the network has no such edge. */
  weightOf(edge: EdgeTarget): number | null;
  setWeight(edge: EdgeTarget, value: number): void;
  openEditor(edge: EdgeTarget): void;
}

export interface EdgeGestureOptions {
  /** The width of the diagram's viewBox, to turn screen pixels into its units, when the svg has none. */
  readonly viewWidth: number;
  /** Dragging never sets a weight beyond ± this. */
  readonly maxWeight: number;
  /** How much the weight changes per viewBox unit dragged along the edge. */
  readonly weightPerUnit?: number;
}

export interface EdgeGestures {
  readonly onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerMove: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerUp: (event: PointerEvent<SVGSVGElement>) => void;
  readonly onPointerCancel: (event: PointerEvent<SVGSVGElement>) => void;
}

/** A press that moves less than this (in screen pixels) is a click. */
export const DRAG_THRESHOLD_PX = 4;
/** By default a drag along the whole of a typical edge (some 150 units) changes its weight by 3. */
export const WEIGHT_PER_UNIT = 0.02;

interface Press {
  readonly edge: EdgeTarget;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly startWeight: number;
  /** The edge's direction on screen, from its sending neuron to its receiving one, unit length. */
  readonly ux: number;
  readonly uy: number;
  /** Screen pixels per viewBox unit. */
  readonly pxPerUnit: number;
  dragging: boolean;
}

const attribute = (element: Element, name: string) => Number(element.getAttribute(name));

/**
 * Pointer gestures on the diagram's edges: a click opens the edge's weight editor; a drag along
 * the edge changes its weight, up towards the receiving neuron, down away from it. Presses
 * anywhere else are left alone.
 */
export function createEdgeGestures(
  editing: WeightEditing,
  { viewWidth, maxWeight, weightPerUnit = WEIGHT_PER_UNIT }: EdgeGestureOptions,
): EdgeGestures {
  let press: Press | null = null;

  const startPress = (event: PointerEvent<SVGSVGElement>) => {
    const line = event.target as Element;
    const target = targetOfElement(line);
    if (target?.kind !== 'edge' || event.button !== 0) return;
    const startWeight = editing.weightOf(target);
    if (startWeight === null) return;
    const dx = attribute(line, 'x2') - attribute(line, 'x1');
    const dy = attribute(line, 'y2') - attribute(line, 'y1');
    const length = Math.hypot(dx, dy);
    const width = event.currentTarget.getBoundingClientRect().width;
    // The svg's own viewBox when it has one: the view resizes it with the window.
    const units = event.currentTarget.viewBox?.baseVal?.width || viewWidth;
    press = {
      edge: target,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      startWeight,
      ux: length > 0 ? dx / length : 1,
      uy: length > 0 ? dy / length : 0,
      pxPerUnit: width > 0 ? width / units : 1,
      dragging: false,
    };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };

  return {
    onPointerDown: startPress,
    onPointerMove(event) {
      if (press === null || event.pointerId !== press.pointerId) return;
      const dx = event.clientX - press.startX;
      const dy = event.clientY - press.startY;
      if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      press.dragging = true;
      const along = (dx * press.ux + dy * press.uy) / press.pxPerUnit;
      const value = press.startWeight + along * weightPerUnit;
      editing.setWeight(press.edge, Math.max(-maxWeight, Math.min(maxWeight, value)));
    },
    onPointerUp(event) {
      if (press === null || event.pointerId !== press.pointerId) return;
      const { edge, dragging } = press;
      press = null;
      if (!dragging) editing.openEditor(edge);
    },
    onPointerCancel() {
      press = null;
    },
  };
}
