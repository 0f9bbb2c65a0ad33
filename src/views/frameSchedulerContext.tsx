import { createContext, useContext, type ReactNode } from 'react';
import { createFrameScheduler, type FrameScheduler } from './frameScheduler';

let pageScheduler: FrameScheduler | null = null;

/** Views rendered without a provider (in a component test, say) share one scheduler. */
function defaultScheduler(): FrameScheduler {
  pageScheduler ??= createFrameScheduler();
  return pageScheduler;
}

const FrameSchedulerContext = createContext<FrameScheduler | null>(null);

export function FrameSchedulerProvider({
  scheduler,
  children,
}: {
  scheduler: FrameScheduler;
  children: ReactNode;
}) {
  return (
    <FrameSchedulerContext.Provider value={scheduler}>{children}</FrameSchedulerContext.Provider>
  );
}

export function useFrameScheduler(): FrameScheduler {
  return useContext(FrameSchedulerContext) ?? defaultScheduler();
}
