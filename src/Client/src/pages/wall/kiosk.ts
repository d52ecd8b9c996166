import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';

const VERSION_CHECK_MS = 5 * 60_000;

/** `?kiosk=1`: a venue screen that nobody touches during the day. */
export const kiosk = new URLSearchParams(location.search).get('kiosk') === '1';

/**
 * Turns the wall into a kiosk: no controls, the screen kept awake, a newer client picked up by itself, and a QR code that
 * takes phones to the public wall. `check` looks for a newer client; the wall also calls it at the end of a cycle (a
 * reload then cuts no page short) and when the server is back after a break.
 */
export async function startKiosk(challengeId: string, corner: HTMLElement): Promise<{ check: () => void }> {
  document.body.classList.add('wall-kiosk');
  const loaded = releaseOf(document);
  void keepAwake();
  // Only a kiosk draws a QR code, so only a kiosk loads the encoder.
  const { qrImage } = await import('./qr');
  const publicWall = new URL(`/wall.html?challenge=${encodeURIComponent(challengeId)}`, location.origin).toString();
  corner.append(h('figure', { class: 'wall-qr' }, qrImage(publicWall, t('wall.qrAlt')), h('figcaption', {}, t('wall.qrCaption'))));
  const check = () => void reloadWhenNewer(loaded);
  window.setInterval(check, VERSION_CHECK_MS);
  return { check };
}

/** Asks the browser to keep the screen on; it lets go when the page is hidden, so ask again when it comes back. */
async function keepAwake(): Promise<void> {
  const body = document.body;
  if (!('wakeLock' in navigator)) {
    body.dataset.wakeLock = 'unavailable';
    return;
  }
  const request = async () => {
    try {
      const lock = await navigator.wakeLock.request('screen');
      body.dataset.wakeLock = 'held';
      lock.addEventListener('release', () => (body.dataset.wakeLock = 'released'));
    } catch {
      // Refused (battery saver, a page not visible): the screen's own settings decide, and the wall goes on.
      body.dataset.wakeLock = 'refused';
    }
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void request();
  });
  await request();
}

/** The scripts and styles a page loads: Vite names them by their content, so a new release names other files. */
function releaseOf(page: Document): string {
  const files = [...page.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"][href]')].map(
    (element) => new URL(element.getAttribute('src') ?? element.getAttribute('href') ?? '', location.origin).pathname,
  );
  return files.sort().join(' ');
}

async function reloadWhenNewer(loaded: string): Promise<void> {
  try {
    const response = await fetch(location.pathname, { cache: 'no-store' });
    if (!response.ok) return;
    const served = releaseOf(new DOMParser().parseFromString(await response.text(), 'text/html'));
    if (served && served !== loaded) location.reload();
  } catch {
    // Offline: the live connection shows that already; the next check will tell.
  }
}
