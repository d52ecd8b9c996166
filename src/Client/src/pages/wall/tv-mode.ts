/**
 * TV mode is the wall's default: a landscape screen at least 900 px wide shows pages of cards that fit it without
 * scrolling. A phone, or `?tv=0`, gets the scrolling list; `?tv=1` forces TV mode on any screen.
 */
const asked = new URLSearchParams(location.search).get('tv');
const wide = window.matchMedia('(min-width: 900px) and (orientation: landscape)');

export function isTvMode(): boolean {
  return asked === '1' || (asked !== '0' && wide.matches);
}

/** Marks the page for the TV styles now and whenever the screen turns or resizes across the threshold. */
export function followTvMode(onChange: () => void): void {
  const apply = () => document.body.classList.toggle('wall-tv', isTvMode());
  apply();
  wide.addEventListener('change', () => {
    apply();
    onChange();
  });
}
