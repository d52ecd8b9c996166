import '../../i18n/language';
import '../../ui/styles.css';
import './impact.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { getImpact, impactCsvAddress, impactPdfAddress, type ImpactChoice } from '../../api/impact';
import { getSeason } from '../../api/season';
import type { ImpactReport, SeasonDetails } from '../../api/types';
import { formatDateTime, t } from '../../i18n/i18n';
import { byId, h } from '../../ui/dom';
import { bootPage, loadOrExplain } from '../../ui/page';
import { competences, offers, reach, shares, timeline } from './sections';
import { pupilsVoice } from './voice';

/** The scopes a reader can choose, in the season's own order: the season, each round, each venue of a round. */
function scopePicker(challengeId: string, season: SeasonDetails, choice: ImpactChoice): HTMLElement {
  const select = h('select', { id: 'impact-scope', name: 'scope' });
  const option = (value: string, label: string) => h('option', { value, selected: value === (choice.round ? `round:${choice.round}` : choice.venue ? `venue:${choice.venue}` : '') }, label);
  select.append(
    option('', t('impact.scope.season')),
    ...season.rounds.flatMap((round) => [
      option(`round:${round.id}`, t('impact.scope.round', { round: round.name })),
      ...round.venues.map((venue) => option(`venue:${venue.id}`, t('impact.scope.venue', { round: round.name, venue: venue.name }))),
    ]),
  );
  select.addEventListener('change', () => {
    const [kind, id] = select.value.split(':');
    const query = new URLSearchParams({ challenge: challengeId });
    if (kind && id) query.set(kind, id);
    location.assign(`/impact.html?${query.toString()}`);
  });
  return h('p', { class: 'impact-scope' }, h('label', { for: 'impact-scope' }, t('impact.scope')), ' ', select);
}

function downloads(challengeId: string, choice: ImpactChoice): HTMLElement {
  return h(
    'nav',
    { class: 'impact-downloads', 'aria-label': t('impact.downloads') },
    h('a', { class: 'button', href: impactCsvAddress(challengeId, choice), download: '' }, t('impact.csv')),
    h('a', { class: 'button', href: impactPdfAddress(challengeId, choice), download: '' }, t('impact.pdf')),
  );
}

function show(root: HTMLElement, challengeId: string, season: SeasonDetails, choice: ImpactChoice, report: ImpactReport): void {
  root.replaceChildren(
    h('h1', {}, t('impact.heading')),
    h('p', { class: 'hint' }, t('impact.intro')),
    h('div', { class: 'impact-bar-top' }, scopePicker(challengeId, season, choice), downloads(challengeId, choice)),
    h('p', { class: 'hint' }, t('impact.computedAt', { time: formatDateTime(report.computedAt) })),
    reach(report),
    competences(report),
    shares(report),
    timeline(report),
    offers(report),
    ...(report.pupilsVoice ? [pupilsVoice(report.pupilsVoice)] : []),
  );
}

async function main(): Promise<void> {
  const { root, session, challengeId: fromAddress } = await bootPage('impact', ['organiser', 'funder']);
  const challengeId = fromAddress ?? session.challengeIds?.[0];
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('impact.noChallenge')));
    return;
  }
  const query = new URLSearchParams(location.search);
  const choice: ImpactChoice = { round: query.get('round') ?? undefined, venue: query.get('round') ? undefined : (query.get('venue') ?? undefined) };
  await loadOrExplain(root, async () => {
    const [challenge, season, report] = await Promise.all([
      withRetry(() => getChallenge(challengeId)),
      withRetry(() => getSeason(challengeId)),
      withRetry(() => getImpact(challengeId, choice)),
    ]);
    byId('challenge-title').textContent = challenge.title;
    document.title = t('impact.documentTitleOf', { challenge: challenge.title });
    show(root, challengeId, season, choice, report);
  }, { notFound: t('impact.notFound'), failed: t('impact.loadFailed') });
}

void main();
