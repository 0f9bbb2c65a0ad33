/* global window, document */
// Sets the page's theme before its first paint, so a dark page never flashes light while the app
// loads. The app's own copy of this rule is src/controls/themePreference.ts: keep the two in step.
(function () {
  var saved = null;
  try {
    saved = window.localStorage.getItem('backprop-lab.theme');
  } catch {
    // Storage refused (private mode, a sandbox): the system setting decides.
  }
  var systemDark =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  var dark = saved === 'dark' || (saved !== 'light' && systemDark);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
