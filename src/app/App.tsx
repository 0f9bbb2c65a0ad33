import { useEffect, useState } from 'react';
import {
  ArchitectureControl,
  BatchSizeControl,
  ClassPicker,
  DatasetControl,
  DiscretizeControl,
  FeaturesControl,
  InspectToggle,
  LearningRateSlot,
  Notice,
  OptimizerControl,
  PlaybackControls,
  HistoryControls,
  Readouts,
  TrainingProgress,
  RegularizationControl,
  SpeedControl,
  StopAfterControl,
  TestShareControl,
  Timeline,
  FileControls,
  ShareControls,
  ThemeToggle,
  BoundarySummary,
  NetworkSummary,
  BOUNDARY_SUMMARY_ID,
  NETWORK_SUMMARY_ID,
} from '../controls';
import {
  createAppStore,
  selectReplaying,
  selectRunning,
  StoreProvider,
  type AppStore,
} from '../store';
import { createReplayLoop, createTrainingLoop, withReplay } from '../training';
import { HowItWorks } from '../controls/tour';
import { KeyboardShortcuts } from '../controls/shortcuts';
import {
  BoundaryView,
  CostView,
  createFrameScheduler,
  FrameSchedulerProvider,
  NetworkView,
} from '../views';
import { InspectView } from '../views/inspect';
import { UpdateNotice } from './UpdateNotice';
import './touch.css';

export function App({ store: given }: { store?: AppStore }) {
  const [store] = useState(() => given ?? createAppStore());
  const [scheduler] = useState(() => createFrameScheduler());
  useEffect(() => () => scheduler.destroy(), [scheduler]);

  // The loop drives the trainer in the scheduler's frames, before the views paint; the timeline's
  // replay catches up after it, a slice a frame.
  useEffect(() => {
    const { trainer } = store.getState();
    const replay = createReplayLoop({
      pending: () => selectReplaying(store.getState()),
      advance: (maxSteps) => store.getState().continueReplay(maxSteps),
    });
    scheduler.setTraining(
      withReplay(
        createTrainingLoop({ getState: store.getState, advance: trainer.advance }),
        replay,
      ),
    );
    const unsubscribe = store.subscribe(selectRunning, (running) => {
      if (running) scheduler.wake();
    });
    const unsubscribeReplay = store.subscribe(selectReplaying, (replaying) => {
      if (replaying) scheduler.wake();
    });
    return () => {
      unsubscribe();
      unsubscribeReplay();
      scheduler.setTraining(null);
    };
  }, [store, scheduler]);

  return (
    <StoreProvider store={store}>
      <FrameSchedulerProvider scheduler={scheduler}>
        <div className="app">
          <header className="app-header">
            <h1>Backprop Lab</h1>
            <PlaybackControls />
            <LearningRateSlot place="toolbar" />
            <HistoryControls />
            <InspectToggle />
            <Readouts />
            <TrainingProgress />
            <HowItWorks />
            <KeyboardShortcuts />
            <ThemeToggle />
          </header>
          <Notice />
          <UpdateNotice />
          <div className="app-body">
            <aside className="app-controls" aria-label="Settings">
              <div className="control-section">
                <h2>Data</h2>
                <DatasetControl />
                <ClassPicker />
                <TestShareControl />
              </div>
              <div className="control-section">
                <h2>Files and links</h2>
                <FileControls />
                <ShareControls />
              </div>
              <div className="control-section">
                <h2>Training settings</h2>
                <LearningRateSlot place="settings" />
                <OptimizerControl />
                <BatchSizeControl />
                <RegularizationControl />
                <SpeedControl />
                <StopAfterControl />
              </div>
              <div className="control-section">
                <h2>Network shape</h2>
                <ArchitectureControl />
                <FeaturesControl />
                <DiscretizeControl />
              </div>
            </aside>
            <main className="app-views">
              <section
                aria-label="Decision boundary"
                aria-describedby={BOUNDARY_SUMMARY_ID}
                className="view view-boundary"
              >
                <h2>Decision boundary</h2>
                <BoundarySummary />
                <BoundaryView />
              </section>
              <section aria-label="Cost" className="view view-cost">
                <h2>Cost</h2>
                <CostView />
              </section>
              <section
                aria-label="Network"
                aria-describedby={NETWORK_SUMMARY_ID}
                className="view view-network"
              >
                <h2>Network</h2>
                <NetworkSummary />
                <NetworkView />
              </section>
              <Timeline />
              <InspectView />
            </main>
          </div>
        </div>
      </FrameSchedulerProvider>
    </StoreProvider>
  );
}
