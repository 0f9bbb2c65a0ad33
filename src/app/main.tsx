import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store';
import { App } from './App';
import './app.css';

const store = createAppStore();

// The store on the page, for the console, the end-to-end tests and the benchmark.
declare global {
  interface Window {
    backpropLab?: { store: typeof store };
  }
}
window.backpropLab = { store };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
