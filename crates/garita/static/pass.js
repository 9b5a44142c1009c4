// Keeps this pass for use without a network: registers the service worker, then stores this
// page and everything it shows (photos, styles) so it opens offline after this one visit.
// The page includes this script only while the traveler keeps the pass on this device; the
// worker forgets it after the appointment's day, on logout and when another account signs in.
// A copy checked more than 6 hours ago (by this device's clock) says so: the worker refreshes
// it whenever the phone is online, so an old one means it has not been online since.
(function () {
  var state = document.querySelector('.pass-state');
  var stale = document.querySelector('.pass-stale');
  var checked = state && Number(state.getAttribute('data-checked'));
  if (stale && checked && Date.now() - checked > 6 * 60 * 60 * 1000) stale.hidden = false;
})();
if ('serviceWorker' in navigator && 'caches' in window) {
  navigator.serviceWorker.register('/sw.js')
    .then(function () { return navigator.serviceWorker.ready; })
    .then(function () {
      var parts = [].map.call(document.querySelectorAll('img[src], link[rel=stylesheet], script[src]'), function (e) {
        return e.getAttribute('src') || e.getAttribute('href');
      });
      return caches.open('garita-pass-v2').then(function (c) { return c.addAll([location.pathname].concat(parts)); });
    })
    .catch(function () {});
}
