import '../../i18n/language';
import '../../ui/styles.css';
import './cards.css';
import { withRetry } from '../../api/core';
import { getJoinCards, type CardChoice } from '../../api/season';
import type { JoinCard, JoinCardSheet } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byId, h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import { bootPage, loadOrExplain } from '../../ui/page';

/** One team's card: name and school, the QR code that opens the tablet with the code filled in, and the code to type. */
function card(team: JoinCard): HTMLElement {
  const tablet = new URL(team.joinLink);
  return h(
    'li',
    { class: 'join-card', 'data-team-id': team.teamId },
    h('h2', { class: 'join-card-name' }, team.name),
    h('p', { class: 'join-card-school' }, team.school),
    h('img', {
      class: 'join-card-qr',
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(team.qrCodeSvg)}`,
      alt: t('cards.qrAlt', { team: team.name }),
    }),
    h('p', { class: 'join-card-code-line' }, t('cards.code'), ' ', h('code', { class: 'join-card-code' }, team.joinCode)),
    h('p', { class: 'join-card-how' }, t('cards.how', { address: `${tablet.host}${tablet.pathname}` })),
  );
}

function subtitle(sheet: JoinCardSheet, choice: CardChoice): string {
  if (sheet.venueName) return t('cards.atVenue', { venue: sheet.venueName, date: sheet.venueDate ? formatDate(sheet.venueDate) : '' });
  return t(choice.withoutVenue ? 'cards.withoutVenue' : 'cards.allTeams');
}

/** A sheet of join cards to print on A4: the screen shows a print button and a hint; the print shows only the cards. */
function show(root: HTMLElement, sheet: JoinCardSheet, choice: CardChoice): void {
  const print = h('button', { type: 'button', class: 'button' }, t('cards.print'));
  print.addEventListener('click', () => window.print());
  byId('challenge-title').textContent = sheet.challengeTitle;
  document.title = t('cards.documentTitleOf', { title: sheet.challengeTitle });
  root.replaceChildren(
    h(
      'div',
      { class: 'cards-intro' },
      h('h1', {}, t('cards.heading')),
      h('p', { class: 'cards-sheet' }, sheet.challengeTitle, ' · ', subtitle(sheet, choice)),
      h('p', { class: 'hint' }, t('cards.intro')),
      h('div', { class: 'form-actions' }, print),
    ),
    sheet.cards.length === 0
      ? h('p', { class: 'notice' }, t('cards.none'))
      : h('ul', { class: 'join-cards', 'aria-label': t('cards.heading') }, ...sheet.cards.map(card)),
  );
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('cards', ['organiser', 'coach']);
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('cards.noChallenge')));
    return;
  }
  const query = new URLSearchParams(location.search);
  const choice: CardChoice = { venueId: query.get('venue') ?? undefined, withoutVenue: query.get('withoutVenue') === 'true' };
  await loadOrExplain(root, async () => show(root, await withRetry(() => getJoinCards(challengeId, choice)), choice), {
    notFound: t('cards.notFound'),
    failed: t('cards.loadFailed'),
  });
}

void main();
