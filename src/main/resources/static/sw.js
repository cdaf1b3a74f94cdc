// The service worker behind offline Min uke and the visit form (docs/adr/0012).
//
// It keeps exactly two kinds of page, and only as the server last sent them to this person:
// Min uke (/my-week) and the form for a new visit (/participants/{id}/visits/new), plus the
// app's own scripts and stylesheets. Pages are fetched from the network first; the copy is
// used only when the network fails, and only for MAX_AGE after it was fetched. offline.js
// empties the page cache at logout and whenever another person signs in. Nothing else of a
// participant's record ever goes into a cache.
const PAGES = 'hf-pages';
const STATIC = 'hf-static-v1';
const MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;
const CACHED_AT = 'x-hf-cached-at';

const PAGE_PATHS = [/^\/my-week$/, /^\/participants\/\d+\/visits\/new$/];
const STATIC_PATHS = [/^\/css\//, /^\/js\//, /^\/webjars\//, /^\/images\//, /^\/manifest\.json$/];

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('hf-static-') && name !== STATIC)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Min uke only as this week (another week's view must not replace it); the form with any
// query (the date it suggests).
function isPage(url) {
  return url.origin === self.location.origin && PAGE_PATHS.some((pattern) => pattern.test(url.pathname))
    && !(url.pathname === '/my-week' && url.search !== '');
}

function pageKey(url) {
  return url.origin + url.pathname;
}

function isStatic(url) {
  return url.origin === self.location.origin && STATIC_PATHS.some((pattern) => pattern.test(url.pathname));
}

// The page as fetched, with the time it was fetched, so an old copy can be refused. Only a
// page that came back as itself: not the login page after a redirect, not an error.
async function keepPage(key, response) {
  if (!response.ok || response.redirected || response.type !== 'basic'
      || !(response.headers.get('content-type') || '').startsWith('text/html')) {
    return;
  }
  const headers = new Headers(response.headers);
  const now = String(Date.now());
  headers.set(CACHED_AT, now);
  // The copy says it is one (offline.js then hides the last save's message and suggests
  // today), and its form has no submission key: each time the copy is opened, offline.js
  // gives the form a new key, so two visits logged from one copy are two visits.
  const html = (await response.clone().text())
    .replace(/<html(\s|>)/, `<html data-offline-copy="${now}"$1`)
    .replace(/(<input type="hidden" name="key" value=")[^"]*(")/, '$1$2');
  const body = new Blob([html], { type: headers.get('content-type') });
  const cache = await caches.open(PAGES);
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

async function keptPage(key) {
  const cache = await caches.open(PAGES);
  const kept = await cache.match(key);
  if (!kept) {
    return undefined;
  }
  const at = Number(kept.headers.get(CACHED_AT) || 0);
  if (Date.now() - at > MAX_AGE_MS) {
    await cache.delete(key);
    return undefined;
  }
  return kept;
}

async function page(request, url) {
  // One copy per page, whatever the query (?from=my-week&date=...).
  const key = pageKey(url);
  try {
    const response = await fetch(request);
    await keepPage(key, response);
    return response;
  } catch (offline) {
    const kept = await keptPage(key);
    if (kept) {
      return kept;
    }
    throw offline;
  }
}

async function asset(request) {
  const cache = await caches.open(STATIC);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) {
      return kept;
    }
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (isPage(url)) {
    event.respondWith(page(request, url));
  } else if (isStatic(url)) {
    event.respondWith(asset(request));
  }
});

// offline.js asks for the copies to go (logout, another person signed in); done here too, so
// a page that is closing cannot leave them behind half-deleted.
// Min uke asks for itself and the visit forms it links to, so they are there when the signal
// is not. A form kept less than FRESH_MS ago is not fetched again.
const FRESH_MS = 12 * 60 * 60 * 1000;

async function keepAll(paths) {
  const cache = await caches.open(PAGES);
  for (const path of paths.slice(0, 60)) {
    const url = new URL(path, self.location.origin);
    if (!isPage(url)) {
      continue;
    }
    const kept = await cache.match(pageKey(url));
    if (kept && url.pathname !== '/my-week'
        && Date.now() - Number(kept.headers.get(CACHED_AT) || 0) < FRESH_MS) {
      continue;
    }
    try {
      await keepPage(pageKey(url), await fetch(url, { credentials: 'same-origin' }));
    } catch (offline) {
      return;
    }
  }
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'wipe-pages') {
    event.waitUntil(caches.delete(PAGES).then(() => event.source && event.source.postMessage({ type: 'wiped' })));
  } else if (data.type === 'keep' && Array.isArray(data.paths)) {
    event.waitUntil(keepAll(data.paths).then(() => event.source && event.source.postMessage({ type: 'kept' })));
  }
});
