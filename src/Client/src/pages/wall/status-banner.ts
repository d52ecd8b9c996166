import type { LiveStatus } from '../../live/live';

const BACK_IN_SYNC_MS = 4000;

const statusText: Record<LiveStatus, string> = {
  connecting: 'Verbinden met de wall…',
  live: 'Live',
  reconnecting: 'De muur loopt achter… de verbinding wordt hersteld',
  catchingUp: 'De muur loopt achter… even bijwerken',
};

/** Shows the live connection's state; after catching up it says "Weer bij" for a moment. */
export function createStatusBanner(banner: HTMLElement): (status: LiveStatus) => void {
  let previous: LiveStatus = 'connecting';
  let timer: number | undefined;
  const show = (text: string, state: string) => {
    banner.textContent = text;
    banner.dataset.state = state;
  };
  return (status) => {
    window.clearTimeout(timer);
    if (status === 'live' && (previous === 'reconnecting' || previous === 'catchingUp')) {
      show('Weer bij', 'back');
      timer = window.setTimeout(() => show(statusText.live, 'live'), BACK_IN_SYNC_MS);
    } else {
      show(statusText[status], status);
    }
    previous = status;
  };
}
