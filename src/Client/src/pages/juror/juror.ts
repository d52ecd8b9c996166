import '../../i18n/language';
import '../../ui/styles.css';
import './juror.css';
import { getChallenge, getTeams } from '../../api/challenges';
import { withRetry } from '../../api/core';
import type { ChallengeDetail, Competence, Milestone } from '../../api/types';
import { byId, h } from '../../ui/dom';
import { bootPage, loadOrExplain } from '../../ui/page';
import { localized, t } from '../../i18n/i18n';
import { JurorAwardForm } from './award';
import { evidencePhotoUrl, getReviewOverview, type ReviewTeam } from '../../api/juror';
import { showPhoto } from './photo-viewer';

interface TeamChoice {
  id: string;
  name: string;
}

/**
 * The juror console: what still waits for a look, per team by name, with the evidence photos themselves; and for every
 * team of the challenge, also one without a milestone waiting, an award on what the juror saw at the venue.
 */
class JurorConsole {
  private readonly competenceFilter = h('select', { id: 'filter-competence' });
  private readonly teamFilter = h('select', { id: 'filter-team' });
  private readonly queue = h('div', { class: 'juror-queue', 'aria-live': 'polite' });
  private readonly unvisited = h('div', { class: 'juror-unvisited' });
  private readonly observedTeam = h('select', { id: 'observed-team' });
  private readonly formHost = h('div', { class: 'juror-form-host' });

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly teams: TeamChoice[],
  ) {}

  render(root: HTMLElement): void {
    this.competenceFilter.append(h('option', { value: '' }, t('juror.allCompetences')), ...this.challenge.competences.map((c) => h('option', { value: c.id }, localized(c.name))));
    this.teamFilter.append(h('option', { value: '' }, t('juror.allTeams')), ...this.teams.map((team) => h('option', { value: team.id }, team.name)));
    this.observedTeam.append(...this.teams.map((team) => h('option', { value: team.id }, team.name)));
    for (const select of [this.competenceFilter, this.teamFilter]) select.addEventListener('change', () => void this.refresh());
    const observe = h('button', { type: 'button', class: 'button button-secondary' }, t('juror.observe.open'));
    observe.addEventListener('click', () => {
      const team = this.teams.find((choice) => choice.id === this.observedTeam.value);
      if (team) this.openForm(team, []);
    });
    root.replaceChildren(
      h('h1', {}, t('juror.heading')),
      h('p', { class: 'intro' }, t('juror.intro')),
      h(
        'div',
        { class: 'juror-filters' },
        h('div', { class: 'field' }, h('label', { for: 'filter-competence' }, t('juror.competence')), this.competenceFilter),
        h('div', { class: 'field' }, h('label', { for: 'filter-team' }, t('juror.team')), this.teamFilter),
      ),
      this.unvisited,
      h(
        'section',
        { class: 'juror-observe', 'aria-labelledby': 'observe-heading' },
        h('h2', { id: 'observe-heading' }, t('juror.observe.heading')),
        h('p', {}, t('juror.observe.intro')),
        h('div', { class: 'juror-observe-row' }, h('div', { class: 'field' }, h('label', { for: 'observed-team' }, t('juror.team')), this.observedTeam), observe),
      ),
      h('div', { class: 'juror-layout' }, this.queue, this.formHost),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const overview = await withRetry(() => getReviewOverview(this.challenge.id, this.competenceFilter.value, this.teamFilter.value));
    this.renderUnvisited(overview.notYetVisited.map((team) => ({ id: team.id, name: team.name })));
    this.queue.replaceChildren(
      ...(overview.teams.length === 0 ? [h('p', { class: 'notice' }, t('juror.nothingLeft'))] : overview.teams.map((team) => this.renderTeam(team))),
    );
  }

  /** Teams no juror recognised yet, each one tap away from an award on what the juror saw: no dead end before closing. */
  private renderUnvisited(teams: TeamChoice[]): void {
    if (teams.length === 0) {
      this.unvisited.replaceChildren(h('p', {}, t('juror.allVisited')));
      return;
    }
    this.unvisited.replaceChildren(
      h('p', {}, t(teams.length === 1 ? 'juror.notYetVisited.one' : 'juror.notYetVisited.other', { count: teams.length })),
      h(
        'ul',
        { class: 'juror-unvisited-list' },
        ...teams.map((team) => {
          const button = h('button', { type: 'button', class: 'button button-secondary' }, t('juror.observe.award', { team: team.name }));
          button.addEventListener('click', () => this.openForm(team, []));
          return h('li', {}, button);
        }),
      ),
    );
  }

  private renderTeam(team: ReviewTeam): HTMLElement {
    const picked = new Set<string>();
    const award = h('button', { type: 'button', class: 'button' }, t('juror.awardTo', { team: team.teamName }));
    award.addEventListener('click', () => this.openForm({ id: team.teamId, name: team.teamName }, [...picked]));
    return h(
      'section',
      { class: 'juror-team', 'aria-label': team.teamName },
      h('h2', {}, team.teamName, h('span', { class: 'juror-school' }, ` · ${team.school}`)),
      h('ul', { class: 'juror-milestones' }, ...team.milestones.map((m) => this.renderMilestone(team, m, picked))),
      award,
    );
  }

  private renderMilestone(team: ReviewTeam, milestone: Milestone, picked: Set<string>): HTMLElement {
    const box = h('input', { type: 'checkbox', id: `evidence-${milestone.id}` });
    box.addEventListener('change', () => (box.checked ? picked.add(milestone.id) : picked.delete(milestone.id)));
    const names = milestone.competenceIds.map((id) => localized(this.competence(id)?.name) || id).join(', ');
    const orders = milestone.orderIds?.length ?? 0;
    // An erased pupil's milestone keeps its competences as evidence but has no words: say so rather than show an empty title.
    const title = milestone.wordsWithheld ? t('juror.wordsWithheld') : milestone.title;
    const photos = (milestone.photoIds ?? []).map((photoId, index) => {
      const alt = t('juror.photo.alt', { title, number: index + 1 });
      const url = evidencePhotoUrl(this.challenge.id, team.teamId, photoId);
      const open = h('button', { type: 'button', class: 'juror-thumb', 'aria-label': t('juror.photo.open', { title, number: index + 1 }) },
        h('img', { src: url, alt, loading: 'lazy', width: 160, height: 120 }));
      open.addEventListener('click', () => showPhoto(url, alt));
      return open;
    });
    return h(
      'li',
      { class: 'juror-milestone' },
      h('div', { class: 'juror-evidence' }, box, h('label', { for: `evidence-${milestone.id}` }, t('juror.asEvidence', { title }))),
      milestone.wordsWithheld ? h('p', { class: 'hint words-withheld' }, t('juror.wordsWithheldHint')) : h('p', {}, milestone.story),
      photos.length > 0 ? h('div', { class: 'juror-photos' }, ...photos) : '',
      h('p', { class: 'juror-meta' }, names, orders > 0 ? ` · ${t(orders === 1 ? 'juror.orders.one' : 'juror.orders.other', { count: orders })}` : ''),
    );
  }

  private openForm(team: TeamChoice, milestoneIds: string[]): void {
    const form = new JurorAwardForm(this.challenge, team, milestoneIds, this.competenceFilter.value, () => void this.refresh());
    this.formHost.replaceChildren(form.element);
    form.focus();
  }

  private competence(id: string): Competence | undefined {
    return this.challenge.competences.find((c) => c.id === id);
  }
}

async function main(): Promise<void> {
  const start = await bootPage('juror', ['juror', 'organiser']);
  const { root } = start;
  const challengeId = start.challengeId ?? start.session.challengeIds?.[0];
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('juror.noChallenge')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
    byId('challenge-title').textContent = challenge.title;
    const byName = teams.map((team) => ({ id: String(team.id), name: team.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
    new JurorConsole(challenge, byName).render(root);
  }, { notFound: t('juror.notFound'), failed: t('juror.loadFailed') });
}

void main();
