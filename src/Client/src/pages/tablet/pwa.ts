/**
 * Installs the tablet's service worker, which keeps the app shell available without wifi. Browsers without service
 * workers (or pages over plain http on a school network, where they are not allowed) simply work online only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
