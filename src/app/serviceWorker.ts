/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker that precaches the build (see vite.config.ts), so the app opens
// and trains offline. Imported for its effect by main.tsx. A newer build installs in the
// background and waits: the page keeps the build it started with until the user chooses
// `Reload` in the notice, then the new worker takes over and the page reloads (the session is
// saved on the way out). In development the plugin makes this a no-op.
import { registerSW } from 'virtual:pwa-register';
import { updatePrompt } from './updatePrompt';

const activateWaitingBuild = registerSW({
  onNeedRefresh: () => updatePrompt.offer(() => activateWaitingBuild()),
  onRegisterError: (error: unknown) => console.warn('Offline use is unavailable:', error),
});
