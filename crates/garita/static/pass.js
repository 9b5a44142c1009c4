// Registers the service worker that keeps this pass for use without a network.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(function () {});
}
