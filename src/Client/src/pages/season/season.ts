import '../../i18n/language';
import '../../ui/styles.css';
import './season.css';
import { getChallenge, getTeams } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { addRound, getSeasonPlan } from '../../api/season';
import type { SeasonDetails, Team } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byId, h } from '../../ui/dom';
import { Alert, markInvalid, statusLine, textField } from '../../ui/forms';
import { bootPage, loadOrExplain } from '../../ui/page';
import { roundPanel } from './round-panel';

const NAME_MAX = 120;

/** The organiser's season: rounds in order, each with its venues, the teams sent there, and the invitations to a later round. */
class SeasonPage {
  private readonly rounds = h('div', { class: 'season-rounds' });

  constructor(
    private readonly challengeId: string,
    private readonly teams: Team[],
  ) {}

  show(root: HTMLElement, title: string, season: SeasonDetails): void {
    const query = `?challenge=${encodeURIComponent(this.challengeId)}`;
    root.replaceChildren(
      h('p', {}, h('a', { href: `/organiser.html${query}` }, t('season.backToOrganiser'))),
      h('h1', {}, t('season.heading', { title })),
      h('p', { class: 'intro' }, t('season.intro')),
      h(
        'p',
        { class: 'form-actions' },
        h('a', { class: 'button button-secondary', href: `/wall.html${query}&season=1` }, t('season.seasonWall')),
        h('a', { class: 'button button-secondary', href: `/cards.html${query}&withoutVenue=true` }, t('cards.linkWithoutVenue')),
      ),
      this.rounds,
      this.roundForm(),
    );
    this.render(season);
  }

  render(season: SeasonDetails): void {
    this.rounds.replaceChildren(
      ...(season.rounds.length === 0
        ? [h('p', { class: 'hint' }, t('season.noRounds'))]
        : season.rounds.map((round, index) => roundPanel({ challengeId: this.challengeId, teams: this.teams, round, index, season, changed: (s) => this.render(s) }))),
    );
  }

  private roundForm(): HTMLElement {
    const name = h('input', { type: 'text', maxlength: NAME_MAX, autocomplete: 'off', required: true });
    const alert = new Alert();
    const status = statusLine();
    const form = h(
      'form',
      { class: 'panel season-form', novalidate: true, 'aria-labelledby': 'new-round-heading' },
      h('h2', { id: 'new-round-heading' }, t('season.round.add')),
      textField(t('season.round.name'), name, t('season.round.nameHint')),
      alert.element,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('season.round.addButton')), status),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      markInvalid(name, !name.value.trim());
      if (!name.value.trim()) {
        alert.show(t('season.round.needName'));
        name.focus();
        return;
      }
      alert.clear();
      addRound(this.challengeId, name.value.trim()).then(
        (season) => {
          name.value = '';
          status.textContent = t('season.saved');
          this.render(season);
        },
        (error: unknown) => alert.showError(t('season.failed'), error),
      );
    });
    return form;
  }
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('season', ['organiser']);
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('season.noChallenge')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, teams, season] = await Promise.all([
      withRetry(() => getChallenge(challengeId)),
      withRetry(() => getTeams(challengeId)),
      withRetry(() => getSeasonPlan(challengeId)),
    ]);
    byId('challenge-title').textContent = challenge.title;
    document.title = t('season.documentTitleOf', { title: challenge.title });
    new SeasonPage(challengeId, teams).show(root, challenge.title, season);
  }, { notFound: t('season.notFound'), failed: t('season.loadFailed') });
}

void main();
