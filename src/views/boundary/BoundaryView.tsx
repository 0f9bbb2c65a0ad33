import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  selectActivation,
  selectArchitecture,
  selectHoveredNeuron,
  selectWeightsVersion,
  useAppStore,
  useAppStoreApi,
  type AppState,
  type AppStore,
} from '../../store';
import { useFrameScheduler } from '../frameSchedulerContext';
import { createBoundaryScene, type BoundaryData } from './boundaryScene';
import { describeClassHeatmap, describeNeuron } from './describeNeuron';
import { createPlaneScales, PLOT, VIEW_SIZE, percentOfView } from './planeLayout';
import { createPointerHandling, type PlaneEditor } from './pointerHandling';
import './boundary.css';

const canvasBox = {
  left: percentOfView(PLOT.left),
  top: percentOfView(PLOT.top),
  width: percentOfView(PLOT.width),
  height: percentOfView(PLOT.height),
};

/** The parts of the state the scene draws: a change in any of them asks for a repaint. */
const WATCHED: readonly ((s: AppState) => unknown)[] = [
  selectWeightsVersion,
  (s: AppState) => s.features,
  (s: AppState) => s.points,
  (s: AppState) => s.heldOut,
  (s: AppState) => s.discretize,
  (s: AppState) => s.hoveredPoint,
  selectHoveredNeuron,
];

const boundaryData = (s: AppState): BoundaryData => ({
  network: s.trainer.network,
  weightsVersion: s.weightsVersion,
  features: s.features,
  points: s.points,
  heldOut: s.heldOut,
  discretize: s.discretize,
  hoveredPoint: s.hoveredPoint,
  hoveredNeuron: s.hoveredNeuron,
});

/** How many points are held out: a number, so the shell re-renders only when it changes. */
const selectTestPointCount = (s: AppState) => s.heldOut.reduce((n, v) => n + v, 0);

/** The store's point actions, as the pointer gestures see them. */
function planeEditorOf(store: AppStore): PlaneEditor {
  const get = () => store.getState();
  return {
    points: () => get().points,
    hoveredPoint: () => get().hoveredPoint,
    addPoint: (x, y) => get().addPoint(x, y),
    removeNearestPoint: (x, y, radius) => get().removeNearestPoint(x, y, radius),
    movePoint: (index, x, y) => get().movePoint(index, x, y),
    hoverPoint: (index) => get().hoverPoint(index),
  };
}

/**
 * The decision boundary: the network's class probabilities as a heatmap with the training points
 * on top. Clicking the plane adds a point, right-click removes one, dragging moves one. Drawing
 * happens outside React renders: the frame scheduler paints the scene in the frame after a watched
 * part of the store changed, or in the same frame when training changed it.
 */
export function BoundaryView() {
  const store = useAppStoreApi();
  const scheduler = useFrameScheduler();
  const architecture = useAppStore(selectArchitecture);
  const activation = useAppStore(selectActivation);
  const neuron = useAppStore(selectHoveredNeuron);
  const features = useAppStore((s) => s.features);
  const discretize = useAppStore((s) => s.discretize);
  const testPoints = useAppStore(selectTestPointCount);
  const [scales] = useState(createPlaneScales);
  const handling = useMemo(
    () => createPointerHandling(planeEditorOf(store), scales),
    [store, scales],
  );
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axesRef = useRef<SVGGElement>(null);
  const pointsRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const helpId = useId();

  useEffect(() => {
    const [canvas, axes, points, tooltip] = [
      canvasRef.current,
      axesRef.current,
      pointsRef.current,
      tooltipRef.current,
    ];
    if (!canvas || !axes || !points || !tooltip) return;
    const scene = createBoundaryScene({ canvas, axes, points, tooltip }, { scales });
    const painting = scheduler.register(() => scene.update(boundaryData(store.getState())));
    // Invalidating at once, inside the store update, lets a frame's training repaint that frame.
    const unsubscribes = WATCHED.map((selector) =>
      store.subscribe(selector, () => painting.invalidate()),
    );
    return () => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      painting.unregister();
      scene.destroy();
    };
  }, [store, scheduler, scales]);

  const layers = useMemo(() => architecture.split('-').map(Number), [architecture]);
  const caption = neuron === null ? null : describeNeuron(neuron, layers, activation, features);

  return (
    <div className="boundary-view">
      <div className="boundary-plot">
        <canvas
          ref={canvasRef}
          className="boundary-canvas"
          style={canvasBox}
          data-testid="boundary-canvas"
          role="img"
          aria-label={caption ?? describeClassHeatmap(layers[layers.length - 1], discretize)}
        />
        <svg
          className="boundary-svg"
          viewBox={`0 0 ${VIEW_SIZE} ${VIEW_SIZE}`}
          aria-describedby={helpId}
          onPointerDown={handling.onPointerDown}
          onPointerMove={handling.onPointerMove}
          onPointerUp={handling.onPointerUp}
          onPointerCancel={handling.onPointerCancel}
          onPointerLeave={handling.onPointerLeave}
          onClick={handling.onClick}
          onContextMenu={handling.onContextMenu}
        >
          <g ref={axesRef} className="boundary-axes" aria-hidden="true" />
          <g
            ref={pointsRef}
            className="boundary-points"
            data-testid="boundary-points"
            role="group"
            aria-label={
              testPoints === 0
                ? 'Training points'
                : `Training points, and ${testPoints} test points drawn hollow`
            }
          />
        </svg>
        <div ref={tooltipRef} className="boundary-tooltip" role="tooltip" hidden />
      </div>
      <p id={helpId} className="boundary-help">
        Click to add a point of the selected class, right-click or Shift-click to remove one, drag a
        point to move it.
        {testPoints > 0 && ' Hollow circles are test points, held out of training.'}
      </p>
      {caption !== null && <p className="boundary-caption">{caption}</p>}
    </div>
  );
}
