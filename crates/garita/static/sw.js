// Garita's service worker: keeps the traveler's appointment pass (and what it shows) so it
// opens without a network at the port. Everything else goes to the network as usual.
// The kept pass belongs to one account (the keyed tag the page's response carries) and one day:
// it is forgotten when another account's pass page loads, on logout, on "don't keep on this
// phone", and once the appointment's day is over in the port's zone. A session that merely
// expires forgets nothing: a family waiting overnight without data still opens its pass.
const CACHE = 'garita-pass-v2';
const PASS = '/appointment/pass';
const ACCOUNT = 'garita-pass-account';
const UNTIL = 'garita-pass-until';

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

// Empties the cache rather than deleting it: a page may hold it open (pass.js's addAll), and
// what it puts in a deleted cache would be lost while what was there stays until then.
async function forget() {
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  await Promise.all(keys.map((k) => cache.delete(k)));
}

async function keptPass() {
  const cache = await caches.open(CACHE);
  return cache.match(PASS, { ignoreSearch: true });
}

function expired(pass) {
  const until = Number(pass.headers.get(UNTIL));
  return !Number.isFinite(until) || until <= 0 || Date.now() >= until;
}

// The pass page from the network decides what is kept: a pass of this account replaces the
// kept one (another account's pass and photos go first); a page of a signed-in traveler with
// no pass to keep (not kept on request, no confirmed appointment, not a traveler) forgets it.
// A redirect to the login page (the session expired) or a server error leaves it alone.
async function fromNetwork(request) {
  const response = await fetch(request);
  if (response.type === 'opaqueredirect' || response.redirected || response.status >= 500) return response;
  const account = response.ok ? response.headers.get(ACCOUNT) : null;
  if (!account) {
    if (response.ok || [403, 404].includes(response.status)) await forget();
    return response;
  }
  const kept = await keptPass();
  if (kept && kept.headers.get(ACCOUNT) !== account) await forget();
  const cache = await caches.open(CACHE);
  await cache.put(new URL(request.url).pathname, response.clone());
  return response;
}

// A part of the pass (a photo, the styles) is refreshed only if it is already kept: pass.js
// adds it, so a photo seen elsewhere (the group page) is not stored.
async function partFromNetwork(request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    if (await cache.match(request)) await cache.put(request, response.clone());
  }
  return response;
}

async function offline(request, isPass) {
  const pass = await keptPass();
  if (!pass) return Response.error();
  if (expired(pass)) {
    await forget();
    return Response.error();
  }
  if (isPass) return pass;
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || Response.error();
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (event.request.method === 'POST' && (url.pathname === '/logout' || url.pathname === '/appointment/pass/forget')) {
    // Logging out, or "don't keep on this phone", forgets the pass on this device (the
    // response's Clear-Site-Data does so too where the browser honours it).
    event.waitUntil(forget());
    return;
  }
  if (event.request.method !== 'GET') return;
  const isPass = url.pathname === PASS;
  const isPassPart = /^\/group\/members\/[0-9a-f]+\/photo$/.test(url.pathname) || url.pathname.startsWith('/static/');
  if (!isPass && !isPassPart) return;
  // Network first (the pass may have changed), the kept copy when offline.
  event.respondWith(
    (isPass ? fromNetwork(event.request) : partFromNetwork(event.request))
      .catch(() => offline(event.request, isPass))
  );
});
