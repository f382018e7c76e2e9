/* global document, matchMedia */
// Applies the saved theme before the first paint (no flash at 3 a.m.). It is a file rather than an
// inline script because the API's CSP allows scripts from 'self' only.
(function () {
  var theme = 'dark';
  try {
    var saved = localStorage.getItem('vigil.theme');
    if (saved === 'light' || saved === 'dark') theme = saved;
    else if (matchMedia('(prefers-color-scheme: light)').matches) theme = 'light';
  } catch {
    // Storage can be blocked (private mode, policies): the dark default is fine.
  }
  document.documentElement.dataset.theme = theme;
})();
