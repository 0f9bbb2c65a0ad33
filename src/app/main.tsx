import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, persistenceOf } from '../store';
import { App } from './App';
import { startShareLinks } from './shareLinks';
import './serviceWorker';
import './app.css';
// After app.css: the layout's rules for each screen size override the defaults above them.
import './layout.css';

const store = createAppStore(undefined, { storage: () => window.localStorage });

// The store on the page, for the console in development and for the end-to-end tests and the
// benchmark, whose builds set VITE_EXPOSE_STORE; a plain production build keeps it private.
declare global {
  interface Window {
    backpropLab?: { store: typeof store };
  }
}
if (import.meta.env.DEV || import.meta.env.VITE_EXPOSE_STORE === 'true') {
  window.backpropLab = { store };
}

const persistence = persistenceOf(store);
// A link the page was opened with is applied after the saved session, so the link wins.
startShareLinks(store, persistence?.restore());
// The last seconds of training are saved when the page goes away or out of sight.
window.addEventListener('pagehide', () => persistence?.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') persistence?.flush();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
