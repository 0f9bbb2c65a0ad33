import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { selectHoveredNeuron, selectSession, useAppStore, useAppStoreApi } from '../../store';
import { createBoundaryScene } from './boundaryScene';
import { describeClassHeatmap, describeNeuron } from './describeNeuron';
import { createPlaneScales, PLOT, VIEW_SIZE, percentOfView } from './planeLayout';
import { createPointerHandling } from './pointerHandling';
import './boundary.css';

const canvasBox = {
  left: percentOfView(PLOT.left),
  top: percentOfView(PLOT.top),
  width: percentOfView(PLOT.width),
  height: percentOfView(PLOT.height),
};

/**
 * The decision boundary: the network's class probabilities as a heatmap with the training points
 * on top. Clicking the plane adds a point, right-click removes one, dragging moves one. Drawing
 * happens outside React renders, in the scene the mount effect creates.
 */
export function BoundaryView() {
  const store = useAppStoreApi();
  const session = useAppStore(selectSession);
  const neuron = useAppStore(selectHoveredNeuron);
  const [scales] = useState(createPlaneScales);
  const handling = useMemo(() => createPointerHandling(store, scales), [store, scales]);
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
    const scene = createBoundaryScene({ canvas, axes, points, tooltip }, store, scales);
    return () => scene.destroy();
  }, [store, scales]);

  const { layers, activation } = session.network;
  const caption = neuron === null ? null : describeNeuron(neuron, layers, activation);

  return (
    <div className="boundary-view">
      <div className="boundary-plot">
        <canvas
          ref={canvasRef}
          className="boundary-canvas"
          style={canvasBox}
          data-testid="boundary-canvas"
          role="img"
          aria-label={caption ?? describeClassHeatmap(layers[layers.length - 1])}
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
            aria-label="Training points"
          />
        </svg>
        <div ref={tooltipRef} className="boundary-tooltip" role="tooltip" hidden />
      </div>
      <p id={helpId} className="boundary-help">
        Click to add a point of the selected class, right-click or Shift-click to remove one, drag a
        point to move it.
      </p>
      {caption !== null && <p className="boundary-caption">{caption}</p>}
    </div>
  );
}
