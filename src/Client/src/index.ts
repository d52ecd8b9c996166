import './styles.css';
import { getChallenges, type ChallengeSummary } from './api';
import { byId, h } from './dom';
import { sectorLabel } from './labels';

function challengeItem(challenge: ChallengeSummary): HTMLElement {
  const query = `?challenge=${encodeURIComponent(challenge.id)}`;
  return h(
    'li',
    { class: 'challenge-card' },
    h('h2', {}, challenge.title),
    h('p', { class: `sector-label sector-${challenge.sector}` }, sectorLabel(challenge.sector)),
    h(
      'p',
      { class: 'challenge-links' },
      h('a', { class: 'button', href: `/wall.html${query}` }, 'Open de wall'),
      h('a', { class: 'button button-secondary', href: `/tablet.html${query}` }, 'Tabletpagina'),
      h('a', { class: 'button button-secondary', href: `/kits.html${query}` }, 'Materiaalkits'),
    ),
  );
}

async function load(container: HTMLElement): Promise<void> {
  container.setAttribute('aria-busy', 'true');
  try {
    const challenges = await getChallenges();
    container.replaceChildren(
      challenges.length > 0
        ? h('ul', { class: 'challenge-list' }, ...challenges.map(challengeItem))
        : h('p', {}, 'Er zijn nog geen challenges.'),
    );
  } catch {
    const retry = h('button', { type: 'button', class: 'button' }, 'Opnieuw proberen');
    retry.addEventListener('click', () => void load(container));
    container.replaceChildren(
      h('div', { class: 'notice', role: 'alert' }, h('p', {}, 'De challenges konden niet geladen worden.'), retry),
    );
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

void load(byId('challenges'));
