// Keeps the inspection pages on the phone (see inspections-sw.js): registers the service worker and, while online,
// stores the page in view with the files it loaded, and on the list page the day's records not yet finished, so that
// in a cellar the list and each of those records open without a network. Signed out, the stored pages are removed.
const CACHE = 'yaojian-inspection-pages';
const OFFLINE_PAGE = '/inspections/offline';

function sameOrigin(href) {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

function filesOfThisPage() {
  const loaded = performance.getEntriesByType('resource')
    .filter(e => ['script', 'link', 'css', 'img', 'other'].includes(e.initiatorType))
    .map(e => e.name);
  const linked = [...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map(e => e.href || e.src);
  return [...new Set([...loaded, ...linked])].filter(sameOrigin).filter(href => !new URL(href).pathname.startsWith('/_blazor'));
}

async function store(cache, href) {
  try {
    const response = await fetch(href, { credentials: 'same-origin' });
    if (response.ok && !response.redirected) await cache.put(new URL(href, location.href).href, response);
  } catch {
    // Offline or refused: this one is simply not kept.
  }
}

/** Registers the worker and keeps this page, its files and the given pages for use without a network. */
export async function keepForOffline(pages = []) {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  try {
    await navigator.serviceWorker.register('/inspections-sw.js', { scope: '/inspections' });
  } catch {
    return;
  }
  if (!navigator.onLine) return;
  const cache = await caches.open(CACHE);
  const here = location.pathname + location.search;
  // Files are fetched once (the worker refreshes them as the pages load them online); pages every time, as they change.
  const missing = [];
  for (const href of [OFFLINE_PAGE, ...filesOfThisPage()]) {
    if (!(await cache.match(new URL(href, location.href).href))) missing.push(href);
  }
  // This page is fetched again even when the worker served it: a page reached by a form's redirect (starting a record)
  // never passed through the worker's GET handler, so it is not kept otherwise.
  await Promise.all([here, ...pages, ...missing].map(href => store(cache, href)));
  await navigator.serviceWorker.ready;
  document.documentElement.dataset.offlineReady = 'true';
}

/** On the sign-in page (signed out, or the session ended): nothing of the last user's pages is left. */
export function forgetOnSignIn() {
  if ('caches' in window && location.pathname.toLowerCase().startsWith('/account/login')) caches.delete(CACHE);
}
