import { useEffect, useState } from 'react';
import {
  ArchitectureControl,
  BatchSizeControl,
  ClassPicker,
  DatasetControl,
  LearningRateControl,
  Notice,
  PlaybackControls,
  Readouts,
  SpeedControl,
  StopAfterControl,
} from '../controls';
import { createAppStore, StoreProvider, type AppStore } from '../store';
import { createTrainingLoop } from '../training';
import { BoundaryView } from '../views/boundary';
import { CostView } from '../views/cost';
import { NetworkView } from '../views/network';

export function App({ store: given }: { store?: AppStore }) {
  const [store] = useState(() => given ?? createAppStore());

  useEffect(() => {
    const loop = createTrainingLoop({
      getState: store.getState,
      advance: (steps, stepsPerSecond) => store.getState().advance(steps, stepsPerSecond),
    });
    return loop.destroy;
  }, [store]);

  return (
    <StoreProvider store={store}>
      <div className="app">
        <header className="app-header">
          <h1>Backprop Lab</h1>
          <PlaybackControls />
          <Readouts />
        </header>
        <Notice />
        <div className="app-body">
          <aside className="app-controls" aria-label="Settings">
            <DatasetControl />
            <ClassPicker />
            <LearningRateControl />
            <BatchSizeControl />
            <SpeedControl />
            <StopAfterControl />
            <ArchitectureControl />
          </aside>
          <main className="app-views">
            <section aria-label="Decision boundary" className="view view-boundary">
              <h2>Decision boundary</h2>
              <BoundaryView />
            </section>
            <section aria-label="Cost" className="view view-cost">
              <h2>Cost</h2>
              <CostView />
            </section>
            <section aria-label="Network" className="view view-network">
              <h2>Network</h2>
              <NetworkView />
            </section>
          </main>
        </div>
      </div>
    </StoreProvider>
  );
}
