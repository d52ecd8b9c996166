// The tablet's service worker. The build replaces the two placeholders below with the files it produced and a version
// derived from them, so every release gets its own cache and old caches are dropped when the new worker takes over.
const PRECACHE = self.__PRECACHE__;
const CACHE = `challengehub-shell-${self.__VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('challengehub-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API and the hub always go to the network and are never cached: their answers carry pupils' data, and the
  // tablet keeps what it must send later in its own outbox.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/hubs/')) return;
  // Hashed assets never change: the cache answers first. Pages go to the network first so that a new release shows up,
  // and fall back to the cached shell (whatever the query string, e.g. ?challenge=…) when the wifi is gone.
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request).catch(() =>
      caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? caches.match(request.mode === 'navigate' ? '/tablet.html' : request)).then((cached) => cached ?? Response.error()),
    ),
  );
});
