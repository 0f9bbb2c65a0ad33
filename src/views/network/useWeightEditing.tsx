import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { EdgeTarget } from './diagramTarget';
import { createEdgeGestures, type EdgeGestures } from './edgeGestures';
import { stepEdge } from './edgeKeys';
import { edgeIndex, layoutNetwork, type LayoutSize, type NetworkLayout } from './layoutNetwork';
import { legendHeightFor } from './networkLegend';
import { WeightEditor } from './WeightEditor';

/**
 * What weight editing needs of the view's shell: the network's shape and weights, and the store.
 * Its functions read the store when called; keep one host for the view's life.
 */
export interface WeightEditingHost {
  readonly layers: () => readonly number[];
  readonly weightOf: (edge: EdgeTarget) => number | null;
  /** Sets the weight through the store; returns whether it was taken. */
  readonly setWeight: (edge: EdgeTarget, value: number) => boolean;
  /** Shows the keyboard's pick as the diagram's hovered edge (null: none). */
  readonly pick: (edge: EdgeTarget | null) => void;
  /** The diagram's size now (read at each use: the view resizes it). */
  readonly size: LayoutSize;
  /** Where the diagram draws its edges now, wide layers folded; without one, laid out afresh. */
  readonly layout?: () => NetworkLayout | null;
  readonly maxWeight: number;
}

export interface WeightEditingHandlers extends EdgeGestures {
  readonly onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
}

interface OpenEditor {
  readonly edge: EdgeTarget;
  readonly value: number;
  readonly left: number;
  readonly top: number;
  /** Changes at each opening, so the field starts afresh even on the same edge. */
  readonly key: number;
}

/**
 * Editing weights on the diagram: pointer gestures (click an edge to open its `Weight` field,
 * drag along it to change it) and keys (with the diagram focused, arrows pick an edge, Enter
 * opens its field). Returns the svg's handlers and the open editor, if any, to render over it.
 */
export function useWeightEditing(host: WeightEditingHost): {
  handlers: WeightEditingHandlers;
  editor: ReactNode;
} {
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const picked = useRef<EdgeTarget | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);

  const handlers = useMemo((): WeightEditingHandlers => {
    const openEditor = (edge: EdgeTarget) => {
      const { layers, weightOf, size } = host;
      const value = weightOf(edge);
      const layout = host.layout?.() ?? layoutNetwork(layers(), size);
      const k = edgeIndex(layout.layers, edge.layer, edge.from, edge.to);
      if (value === null || k < 0) return;
      const { x1, y1, x2, y2 } = layout.edges[k];
      const { width, height } = layout.size;
      const left = (x1 + x2) / 2 / width;
      const top = (y1 + y2) / 2 / (height + legendHeightFor(width));
      setOpen((previous) => ({ edge, value, left, top, key: (previous?.key ?? 0) + 1 }));
    };
    const gestures = createEdgeGestures(
      {
        weightOf: host.weightOf,
        setWeight: (edge, value) => void host.setWeight(edge, value),
        openEditor,
      },
      { viewWidth: host.size.width, maxWeight: host.maxWeight },
    );
    return {
      ...gestures,
      onPointerDown(event) {
        svgRef.current = event.currentTarget;
        gestures.onPointerDown(event);
      },
      onKeyDown(event) {
        svgRef.current = event.currentTarget;
        if (event.key === 'Enter' && picked.current !== null) {
          event.preventDefault();
          return openEditor(picked.current);
        }
        if (event.key === 'Escape') {
          picked.current = null;
          return host.pick(null);
        }
        const next = stepEdge(host.layers(), picked.current, event.key);
        if (next === null) return;
        event.preventDefault();
        picked.current = next;
        host.pick(next);
      },
    };
  }, [host]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) svgRef.current?.focus();
  };

  const editor =
    open === null ? null : (
      <WeightEditor
        key={open.key}
        edge={open.edge}
        value={open.value}
        left={open.left}
        top={open.top}
        onApply={(value) => host.setWeight(open.edge, value)}
        onClose={close}
      />
    );
  return { handlers, editor };
}
