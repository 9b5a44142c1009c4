// Garita's service worker: keeps the traveler's appointment pass (and what it shows) so it
// opens without a network at the port. Everything else goes to the network as usual.
const CACHE = 'garita-pass-v1';
const PASS = '/appointment/pass';

self.addEventListener('install', (event) => {
  // The pass page stores itself and its parts (pass.js) once the worker is ready.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

function keep(request, response) {
  if (response && response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (event.request.method === 'POST' && url.pathname === '/logout') {
    // Logging out forgets the pass on this device.
    event.waitUntil(caches.delete(CACHE));
    return;
  }
  if (event.request.method !== 'GET') return;
  const isPass = url.pathname === PASS;
  const isPassPart = /^\/group\/members\/[0-9a-f]+\/photo$/.test(url.pathname) || url.pathname.startsWith('/static/');
  if (!isPass && !isPassPart) return;
  // Network first (the pass may have changed), the kept copy when offline.
  event.respondWith(
    fetch(event.request)
      .then((response) => keep(event.request, response))
      .catch(() => caches.match(event.request).then((hit) => hit || Response.error()))
  );
});
