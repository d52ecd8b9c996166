import { locale, t } from '../../i18n/i18n';
import type { LiveStatus } from '../../live/live';

const BACK_IN_SYNC_MS = 4000;

const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The wall's connection in a few calm words. While the connection is down it says since when ("Offline sinds 14:02"), so
 * that a venue sees at a glance how old the screen is; the wall keeps retrying for as long as it is open.
 */
export function createStatusBanner(banner: HTMLElement): (status: LiveStatus) => void {
  let previous: LiveStatus = 'connecting';
  let offlineSince: Date | null = null;
  let timer: number | undefined;
  const show = (text: string, state: string) => {
    banner.textContent = text;
    banner.dataset.state = state;
  };
  return (status) => {
    window.clearTimeout(timer);
    if (status === 'reconnecting') {
      offlineSince ??= new Date();
      show(t('wall.status.offlineSince', { time: clock.format(offlineSince) }), status);
    } else if (status === 'live' && (previous === 'reconnecting' || previous === 'catchingUp')) {
      offlineSince = null;
      show(t('wall.status.back'), 'back');
      timer = window.setTimeout(() => show(t('wall.status.live'), 'live'), BACK_IN_SYNC_MS);
    } else {
      show(t(status === 'live' ? 'wall.status.live' : status === 'catchingUp' ? 'wall.status.catchingUp' : 'wall.status.connecting'), status);
    }
    previous = status;
  };
}
