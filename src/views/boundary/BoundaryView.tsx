import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  selectActivation,
  selectArchitecture,
  selectHoveredNeuron,
  selectInspecting,
  selectShownNetwork,
  selectShownVersion,
  selectViewedVersion,
  selectViewing,
  selectWeightsVersion,
  useAppStore,
  useAppStoreApi,
  type AppState,
  type AppStore,
} from '../../store';
import { useFrameScheduler } from '../frameSchedulerContext';
import { onColorSchemeChange } from '../colorScheme';
import { createBoundaryScene, type BoundaryData } from './boundaryScene';
import { describeClassHeatmap, describeNeuron } from './describeNeuron';
import { createPlaneScales, PLOT, VIEW_SIZE, percentOfView } from './planeLayout';
import { createPointerHandling, type PlaneEditor } from './pointerHandling';
import { fileSizeProblem } from '../../data';
import { importFileInto } from '../saveFile';
import { pngOfLayers } from '../saveImage';
import { SaveImageButtons } from '../SaveImageButtons';
import './boundary.css';
import type { KeyboardPlaneEditor } from './planeKeyboard';
import { usePlaneKeyboard } from './usePlaneKeyboard';
import './planeCursor.css';
import { trackSvgTextScale } from '../svgTextScale';

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
  selectViewing,
  selectViewedVersion,
  selectInspecting,
];

const boundaryData = (s: AppState): BoundaryData => ({
  network: selectShownNetwork(s),
  weightsVersion: selectShownVersion(s),
  features: s.features,
  points: s.points,
  heldOut: s.heldOut,
  discretize: s.discretize,
  hoveredPoint: s.hoveredPoint,
  hoveredNeuron: s.hoveredNeuron,
  inspecting: s.inspecting,
});

/** A PNG of the boundary as shown: the heatmap in the plot's box, the axes and points over it. */
function boundaryPng(canvas: HTMLCanvasElement | null, svg: SVGSVGElement | null): Promise<Blob> {
  if (canvas === null || svg === null) return Promise.reject(new Error('the view is not shown'));
  const size = { width: VIEW_SIZE, height: VIEW_SIZE };
  const box = { x: PLOT.left, y: PLOT.top, width: PLOT.width, height: PLOT.height };
  return pngOfLayers([{ canvas, box }, { svg }], size);
}

/** Imports a file dropped on the plane; one file at a time. */
function dropFiles(store: AppStore, files: FileList): Promise<boolean> {
  if (files.length > 1) {
    store.getState().showNotice('Drop one file at a time: nothing was imported.');
    return Promise.resolve(false);
  }
  return importFileInto(store.getState(), files[0], fileSizeProblem);
}

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
    beginDrag: () => get().beginDrag(),
    endDrag: () => get().endDrag(),
    inspecting: () => get().inspecting,
    inspectPoint: (index) => get().inspectPoint(index),
  };
}

/** The store's point actions, as the plane's keyboard cursor sees them. */
function keyboardEditorOf(store: AppStore): KeyboardPlaneEditor {
  const get = () => store.getState();
  return {
    points: () => get().points,
    selectedClass: () => get().selectedClass,
    addPoint: (x, y) => get().addPoint(x, y),
    removeNearestPoint: (x, y, radius) => get().removeNearestPoint(x, y, radius),
    inspecting: () => get().inspecting,
    inspectPoint: (index) => get().inspectPoint(index),
  };
}

/**
 * The decision boundary: the network's class probabilities as a heatmap with the training points
 * on top. Clicking the plane adds a point, right-click removes one, dragging moves one; a finger
 * taps, holds and drags the same way, and the focused plane has a keyboard cursor. Drawing
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
  const inspecting = useAppStore(selectInspecting);
  const [scales] = useState(createPlaneScales);
  const handling = useMemo(
    () => createPointerHandling(planeEditorOf(store), scales),
    [store, scales],
  );
  const keyboardEditor = useMemo(() => keyboardEditorOf(store), [store]);
  const { cursorRef, statusRef, ...planeKeys } = usePlaneKeyboard(keyboardEditor, scales);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axesRef = useRef<SVGGElement>(null);
  const pointsRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const helpId = useId();

  useEffect(() => {
    const [canvas, axes, points, tooltip] = [
      canvasRef.current,
      axesRef.current,
      pointsRef.current,
      tooltipRef.current,
    ];
    if (!canvas || !axes || !points || !tooltip) return;
    const scene = createBoundaryScene(
      { canvas, axes, points, tooltip },
      { scales, requestRepaint: () => painting.invalidate() },
    );
    const painting = scheduler.register(() => scene.update(boundaryData(store.getState())));
    // Invalidating at once, inside the store update, lets a frame's training repaint that frame.
    const unsubscribes = WATCHED.map((selector) =>
      store.subscribe(selector, () => painting.invalidate()),
    );
    // The heatmap's colours belong to the theme: a new theme repaints it.
    const unsubscribeTheme = onColorSchemeChange(() => painting.invalidate());
    return () => {
      unsubscribeTheme();
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      painting.unregister();
      scene.destroy();
    };
  }, [store, scheduler, scales]);

  // Labels keep a readable size on screen however much the chart is scaled.
  useEffect(() => (svgRef.current ? trackSvgTextScale(svgRef.current) : undefined), []);

  const layers = useMemo(() => architecture.split('-').map(Number), [architecture]);
  const caption = neuron === null ? null : describeNeuron(neuron, layers, activation, features);

  return (
    <div className="boundary-view">
      <div
        className="boundary-plot"
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={(event) => {
          if (event.dataTransfer.files.length === 0) return;
          event.preventDefault();
          void dropFiles(store, event.dataTransfer.files);
        }}
      >
        <canvas
          ref={canvasRef}
          className="boundary-canvas"
          style={canvasBox}
          data-testid="boundary-canvas"
          role="img"
          aria-label={caption ?? describeClassHeatmap(layers[layers.length - 1], discretize)}
        />
        <svg
          ref={svgRef}
          className="boundary-svg"
          viewBox={`0 0 ${VIEW_SIZE} ${VIEW_SIZE}`}
          aria-describedby={helpId}
          // Focusable: arrow keys move a cursor over the plane, Enter and Delete edit there.
          tabIndex={0}
          role="application"
          aria-label="Plane"
          onFocus={planeKeys.onFocus}
          onBlur={planeKeys.onBlur}
          onPointerDown={handling.onPointerDown}
          onPointerMove={handling.onPointerMove}
          onPointerUp={handling.onPointerUp}
          onPointerCancel={handling.onPointerCancel}
          onPointerLeave={handling.onPointerLeave}
          onClick={handling.onClick}
          onContextMenu={handling.onContextMenu}
          onKeyDown={(event) => {
            handling.onKeyDown(event);
            planeKeys.onKeyDown(event);
          }}
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
          <g ref={cursorRef} className="boundary-cursor" aria-hidden="true" />
        </svg>
        <div ref={tooltipRef} className="boundary-tooltip" role="tooltip" hidden />
        <p ref={statusRef} className="boundary-cursor-status" aria-live="polite" />
      </div>
      <p id={helpId} className="boundary-help">
        Click to add a point of the selected class, right-click or Shift-click to remove one, drag a
        point to move it. By keyboard, the arrow keys move a cursor (Shift for big steps), Enter
        places a point there and Delete removes the nearest. By touch, tap to add, press and hold to
        remove, drag to move.
        {testPoints > 0 && ' Hollow circles are test points, held out of training.'}
        {inspecting &&
          ' Inspect is on: click a point, or Tab to one and press Enter, to follow it.'}
      </p>
      {caption !== null && <p className="boundary-caption">{caption}</p>}
      <SaveImageButtons
        name="decision-boundary"
        png={() => boundaryPng(canvasRef.current, svgRef.current)}
        onProblem={(message) => store.getState().showNotice(message)}
      />
    </div>
  );
}
