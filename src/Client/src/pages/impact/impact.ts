import '../../i18n/language';
import '../../ui/styles.css';
import './impact.css';
import { withRetry } from '../../api/core';
import { getImpact, impactCsvAddress, impactPdfAddress, type ImpactChoice } from '../../api/impact';
import { ProblemError } from '../../api/problems';
import { getSeason } from '../../api/season';
import type { ImpactReport, SeasonDetails } from '../../api/types';
import { formatDateTime, t } from '../../i18n/i18n';
import { byId, h } from '../../ui/dom';
import { bootPage, loadOrExplain } from '../../ui/page';
import { competences, offers, reach, shares, timeline } from './sections';
import { pupilsVoice } from './voice';

/** The scopes a reader can choose, in the season's own order: the season, each round, each venue of a round. */
function scopePicker(challengeId: string, rounds: SeasonDetails['rounds'], choice: ImpactChoice): HTMLElement {
  const select = h('select', { id: 'impact-scope', name: 'scope' });
  const option = (value: string, label: string) => h('option', { value, selected: value === (choice.round ? `round:${choice.round}` : choice.venue ? `venue:${choice.venue}` : '') }, label);
  select.append(
    option('', t('impact.scope.season')),
    ...rounds.flatMap((round) => [
      option(`round:${round.id}`, t('impact.scope.round', { round: round.name })),
      ...round.venues.map((venue) => option(`venue:${venue.id}`, t('impact.scope.venue', { round: round.name, venue: venue.name }))),
    ]),
  );
  select.addEventListener('change', () => {
    const [kind, id] = select.value.split(':');
    const query = new URLSearchParams({ challenge: challengeId });
    if (choice.ownSchool) query.set('scope', 'own-school');
    if (kind && id) query.set(kind, id);
    location.assign(`/impact.html?${query.toString()}`);
  });
  return h('p', { class: 'impact-scope' }, h('label', { for: 'impact-scope' }, t('impact.scope')), ' ', select);
}

/**
 * The season is public while the wall is; a sector fund's reader of a challenge in draft, or closed for longer than its wall
 * stays public, may not read it and then chooses from the whole season alone.
 */
function noRounds(error: unknown): SeasonDetails['rounds'] {
  if (error instanceof ProblemError && error.status === 404) return [];
  throw error;
}

function downloads(challengeId: string, choice: ImpactChoice): HTMLElement {
  return h(
    'nav',
    { class: 'impact-downloads', 'aria-label': t('impact.downloads') },
    h('a', { class: 'button', href: impactCsvAddress(challengeId, choice), download: '' }, t('impact.csv')),
    h('a', { class: 'button', href: impactPdfAddress(challengeId, choice), download: '' }, t('impact.pdf')),
  );
}

/** The header of the report: a coach's own-school report says so, and says why a school with few teams reads mostly "fewer than 10". */
const header = (choice: ImpactChoice) =>
  choice.ownSchool
    ? [
        h('h1', {}, t('impact.ownSchool.heading')),
        h('p', { class: 'hint' }, t('impact.ownSchool.intro')),
        h('p', { class: 'impact-small-groups' }, t('impact.ownSchool.smallGroups')),
      ]
    : [h('h1', {}, t('impact.heading')), h('p', { class: 'hint' }, t('impact.intro'))];

function show(root: HTMLElement, challengeId: string, rounds: SeasonDetails['rounds'], choice: ImpactChoice, report: ImpactReport): void {
  root.replaceChildren(
    ...header(choice),
    h('div', { class: 'impact-bar-top' }, scopePicker(challengeId, rounds, choice), downloads(challengeId, choice)),
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
  const { root, session, challengeId: fromAddress } = await bootPage('impact', ['organiser', 'funder', 'coach']);
  const challengeId = fromAddress ?? session.challengeIds?.[0];
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('impact.noChallenge')));
    return;
  }
  const query = new URLSearchParams(location.search);
  // A coach reads only their own school's report; the organiser and sector funds read the report over every team.
  const ownSchool = session.role === 'coach' || query.get('scope') === 'own-school';
  if (ownSchool && session.role !== 'coach') {
    const whole = h('a', { href: `/impact.html?challenge=${encodeURIComponent(challengeId)}` }, t('impact.ownSchool.whole'));
    root.replaceChildren(h('div', { class: 'notice' }, h('p', {}, t('impact.ownSchool.forCoaches')), h('p', {}, whole)));
    return;
  }
  const choice: ImpactChoice = { round: query.get('round') ?? undefined, venue: query.get('round') ? undefined : (query.get('venue') ?? undefined), ownSchool };
  await loadOrExplain(root, async () => {
    const [rounds, report] = await Promise.all([withRetry(() => getSeason(challengeId)).then((season) => season.rounds, noRounds), withRetry(() => getImpact(challengeId, choice))]);
    // The title comes with the report: a sector fund's reader of a challenge still in draft may not read the challenge itself.
    byId('challenge-title').textContent = report.challengeTitle;
    document.title = t(ownSchool ? 'impact.ownSchool.documentTitleOf' : 'impact.documentTitleOf', { challenge: report.challengeTitle });
    show(root, challengeId, rounds, choice, report);
  }, { notFound: t('impact.notFound'), failed: t('impact.loadFailed') });
}

void main();
