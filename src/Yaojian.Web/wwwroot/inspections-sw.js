// The service worker of the inspection pages (scope /inspections, docs/decisions/0007-offline-inspection-pages.md).
// A phone in a cellar may reload the record page or open the day's list with no network: pages of the scope and the
// files they need are kept in a cache as they are fetched, always from the network first (never stale while online),
// and served from the cache only when the network fails. What is entered goes through the page's outbox, never here.
const CACHE = 'yaojian-inspection-pages';
const OFFLINE_PAGE = '/inspections/offline';
const MAX_PAGES = 60;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

function isPage(url) {
  return url.pathname === '/inspections' || url.pathname.startsWith('/inspections/');
}

function isFile(url) {
  return /^\/(_framework|_content|js)\//.test(url.pathname) || /\.(css|js|woff2?)$/.test(url.pathname)
    || url.pathname.startsWith('/api/evidence/');
}

async function keep(request, response) {
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
  const pages = (await cache.keys()).filter(r => isPage(new URL(r.url)));
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) await cache.delete(old);
}

// A page from the cache says so (<html data-offline-copy="true">): the form then puts back what was sent after it was kept.
async function markedAsCopy(cached) {
  const text = await cached.text();
  return new Response(text.replace('<html', '<html data-offline-copy="true"'), { status: cached.status, headers: cached.headers });
}

async function networkFirst(event, url) {
  const request = event.request;
  try {
    const response = await fetch(request);
    // Only a page as the signed-in user saw it: not a redirect to the sign-in page, not an error.
    if (response.ok && !response.redirected && response.type === 'basic') {
      event.waitUntil(keep(url.href, response.clone()));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(url.href);
    if (cached) return isPage(url) ? markedAsCopy(cached) : cached;
    if (request.mode === 'navigate' || request.headers.get('accept')?.includes('text/html')) {
      const offline = await caches.match(new URL(OFFLINE_PAGE, self.location.origin).href);
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Signing out empties the cache: the next person on this phone sees nothing of the last one's pages.
  if (request.method === 'POST' && url.pathname === '/account/logout') {
    event.waitUntil(caches.delete(CACHE));
    return;
  }
  if (request.method !== 'GET' || !(isPage(url) || isFile(url))) return;
  event.respondWith(networkFirst(event, url));
});
