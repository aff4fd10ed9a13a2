// Starts the whole view's download with the page when the link asks for more than the default
// view (a selection, range, filter, focus or search): the app then waits for view.json, not for
// data/first.json, and would otherwise ask for it only once its script has loaded. The HTML
// preloads the first view itself; this runs only in builds that have one (vite.config.ts).
(function () {
  var script = document.currentScript;
  var view = script && script.getAttribute('data-view');
  if (!view) return;
  var more = false;
  new URLSearchParams(window.location.search).forEach(function (_value, name) {
    if (name !== 'lang') more = true;
  });
  if (!more) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = view;
  document.head.appendChild(link);
})();
