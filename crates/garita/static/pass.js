// Keeps this pass for use without a network: registers the service worker, then stores this
// page and everything it shows (photos, styles) so it opens offline after this one visit.
// The page includes this script only while the traveler keeps the pass on this device; the
// worker forgets it after the appointment's day, on logout and when another account signs in.
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
