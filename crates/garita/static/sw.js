// Garita's service worker: keeps the traveler's appointment pass (and what it shows) so it
// opens without a network at the port. Everything else goes to the network as usual.
// The kept pass belongs to one account (the keyed tag the page's response carries) and one day:
// it is forgotten when another account's pass page loads, on logout, on "don't keep on this
// phone", and once the appointment's day is over in the port's zone. A session that merely
// expires forgets nothing: a family waiting overnight without data still opens its pass.
// Whenever the device is online (each page it opens), the worker asks whether the kept pass
// still holds (/appointment/pass/validity): a pass cancelled, voided by a change of the group,
// marked a no-show or over is rewritten to show as invalid, so it never opens offline as if
// it were good; a valid one is refetched, so its "valid as of" is fresh.
const CACHE = 'garita-pass-v2';
const PASS = '/appointment/pass';
const ACCOUNT = 'garita-pass-account';
const UNTIL = 'garita-pass-until';
const VALIDITY = '/appointment/pass/validity';
const START = '/appointment';
// A submitted I-94's receipt (/i94/{id}) is kept the same way: the page carries the same two
// headers (its account's tag, and until when: its valid-until), it is forgotten with the pass
// (logout, another account, "don't keep on this phone"), and a receipt page with nothing to
// keep (a draft, expired) forgets its copy. An expired pass forgets only the pass and photos.
const RECEIPT = /^\/i94\/[A-Za-z0-9_-]+$/;

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

// Everything kept of another account goes (pass, photos, receipts).
async function forgetOthers(account) {
  const cache = await caches.open(CACHE);
  for (const key of await cache.keys()) {
    const kept = await cache.match(key);
    const tag = kept && kept.headers.get(ACCOUNT);
    if (tag && tag !== account) return forget();
  }
}

// The pass and its photos only (its day is over); receipts stay until their own time.
async function forgetPass() {
  const cache = await caches.open(CACHE);
  const keys = await cache.keys();
  await Promise.all(keys
    .filter((k) => { const p = new URL(k.url).pathname; return p === PASS || /^\/group\/members\//.test(p); })
    .map((k) => cache.delete(k)));
}

async function receiptFromNetwork(request) {
  const response = await fetch(request);
  if (response.type === 'opaqueredirect' || response.redirected || response.status >= 500) return response;
  const path = new URL(request.url).pathname;
  const account = response.ok ? response.headers.get(ACCOUNT) : null;
  const cache = await caches.open(CACHE);
  if (!account) {
    if (response.ok || response.status === 403 || response.status === 404) await cache.delete(path);
    return response;
  }
  await forgetOthers(account);
  await cache.put(path, response.clone());
  return response;
}

async function offlineReceipt(request) {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const kept = await cache.match(path);
  if (!kept) return Response.error();
  if (expired(kept)) {
    await cache.delete(path);
    return Response.error();
  }
  return kept;
}

async function keptPass() {
  const cache = await caches.open(CACHE);
  return cache.match(PASS, { ignoreSearch: true });
}

function expired(pass) {
  const until = Number(pass.headers.get(UNTIL));
  return !Number.isFinite(until) || until <= 0 || Date.now() >= until;
}

// The kept copy, rewritten to show as invalid (its passes hidden, the warning shown); it
// keeps its headers, so it is still forgotten after its day, at logout, and so on.
async function markInvalid(kept) {
  const html = (await kept.clone().text())
    .replace('data-pass-valid="yes"', 'data-pass-valid="no"')
    .replace('<p class="pass-invalid" role="alert" hidden>', '<p class="pass-invalid" role="alert">')
    // Hidden even where the styles are not at hand: no code to show at the port.
    .replaceAll('<article class="pass card"', '<article hidden class="pass card"')
    .replace('<p class="pass-validity"', '<p hidden class="pass-validity"');
  const cache = await caches.open(CACHE);
  await cache.put(PASS, new Response(html, { status: 200, headers: new Headers(kept.headers) }));
}

// Asks whether the kept pass still holds. Signed out, offline or a server error: nothing
// changes. Another account, or not a traveler: forgotten. Not valid: marked invalid.
let checking = null;
async function check(refetchWhenValid) {
  const kept = await keptPass();
  if (!kept) return;
  const response = await fetch(VALIDITY, { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' });
  if (response.type === 'opaqueredirect' || response.redirected || response.status === 401 || response.status >= 500) return;
  if (!response.ok) {
    await forget();
    return;
  }
  const v = await response.json();
  if (v.account !== kept.headers.get(ACCOUNT)) {
    await forget();
  } else if (!v.valid) {
    await markInvalid(kept);
  } else if (refetchWhenValid) {
    await fromNetwork(new Request(PASS, { credentials: 'same-origin', redirect: 'manual' }));
  }
}

function refresh(refetchWhenValid) {
  if (!checking) {
    checking = check(refetchWhenValid).catch(() => {}).finally(() => { checking = null; });
  }
  return checking;
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
    // No pass any more (404): if the kept one is this account's, keep it marked invalid.
    if (response.status === 404) await check(false).catch(forget);
    else if (response.ok || response.status === 403) await forget();
    return response;
  }
  await forgetOthers(account);
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
  let pass = await keptPass();
  if (pass && expired(pass)) {
    await forgetPass();
    pass = null;
  }
  if (isPass) return pass || Response.error();
  // A part (styles, a photo) as kept for the pass or a receipt.
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
  // Any other page opened online: check the kept pass (one small request, only if one is kept).
  if (!isPass && event.request.mode === 'navigate') event.waitUntil(refresh(true));
  if (RECEIPT.test(url.pathname)) {
    event.respondWith(receiptFromNetwork(event.request).catch(() => offlineReceipt(event.request)));
    return;
  }
  // The installed app opens on START (the manifest's start_url): online it is the
  // appointment page as usual; offline, the kept pass, under the same rules as the pass page.
  if (url.pathname === START && event.request.mode === 'navigate') {
    event.respondWith(fetch(event.request).catch(() => offline(event.request, true)));
    return;
  }
  const isPassPart = /^\/group\/members\/[0-9a-f]+\/photo$/.test(url.pathname) || url.pathname.startsWith('/static/');
  if (!isPass && !isPassPart) return;
  // Network first (the pass may have changed), the kept copy when offline.
  event.respondWith(
    (isPass ? fromNetwork(event.request) : partFromNetwork(event.request))
      .catch(() => offline(event.request, isPass))
  );
});
