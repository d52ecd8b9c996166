import '../../i18n/language';
import '../../ui/styles.css';
import './juror.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import type { ChallengeDetail, Competence, Milestone } from '../../api/types';
import { staffSession } from '../../ui/account';
import { byId, challengeIdFromUrl, h } from '../../ui/dom';
import { localized, t } from '../../i18n/i18n';
import { JurorAwardForm } from './award';
import { getReviewOverview, type ReviewTeam } from '../../api/juror';

/** The juror console: what still waits for a look, per team by name, and the award form for the team chosen. */
class JurorConsole {
  private readonly competenceFilter = h('select', { id: 'filter-competence' });
  private readonly teamFilter = h('select', { id: 'filter-team' });
  private readonly queue = h('div', { class: 'juror-queue', 'aria-live': 'polite' });
  private readonly unvisited = h('p', { class: 'juror-unvisited' });
  private readonly formHost = h('div', { class: 'juror-form-host' });

  constructor(private readonly challenge: ChallengeDetail) {}

  render(root: HTMLElement): void {
    this.competenceFilter.append(h('option', { value: '' }, t('juror.allCompetences')), ...this.challenge.competences.map((c) => h('option', { value: c.id }, localized(c.name))));
    this.teamFilter.append(h('option', { value: '' }, t('juror.allTeams')));
    for (const select of [this.competenceFilter, this.teamFilter]) select.addEventListener('change', () => void this.refresh());
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
      h('div', { class: 'juror-layout' }, this.queue, this.formHost),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const overview = await withRetry(() => getReviewOverview(this.challenge.id, this.competenceFilter.value, this.teamFilter.value));
    if (this.teamFilter.options.length === 1) {
      const names = new Map([...overview.teams.map((t) => [t.teamId, t.teamName] as const), ...overview.notYetVisited.map((t) => [t.id, t.name] as const)]);
      const sorted = [...names].sort((a, b) => a[1].localeCompare(b[1], 'nl-BE'));
      this.teamFilter.append(...sorted.map(([id, name]) => h('option', { value: id }, name)));
    }
    this.unvisited.textContent = overview.notYetVisited.length === 0
      ? t('juror.allVisited')
      : t('juror.notYetVisited', { teams: overview.notYetVisited.map((team) => team.name).join(', ') });
    this.queue.replaceChildren(
      ...(overview.teams.length === 0 ? [h('p', { class: 'notice' }, t('juror.nothingLeft'))] : overview.teams.map((team) => this.renderTeam(team))),
    );
  }

  private renderTeam(team: ReviewTeam): HTMLElement {
    const picked = new Set<string>();
    const award = h('button', { type: 'button', class: 'button' }, t('juror.awardTo', { team: team.teamName }));
    award.addEventListener('click', () => this.openForm(team, [...picked]));
    return h(
      'section',
      { class: 'juror-team', 'aria-label': team.teamName },
      h('h2', {}, team.teamName, h('span', { class: 'juror-school' }, ` · ${team.school}`)),
      h('ul', { class: 'juror-milestones' }, ...team.milestones.map((m) => this.renderMilestone(m, picked))),
      award,
    );
  }

  private renderMilestone(milestone: Milestone, picked: Set<string>): HTMLElement {
    const box = h('input', { type: 'checkbox', id: `evidence-${milestone.id}` });
    box.addEventListener('change', () => (box.checked ? picked.add(milestone.id) : picked.delete(milestone.id)));
    const names = milestone.competenceIds.map((id) => localized(this.competence(id)?.name) || id).join(', ');
    const extras = [
      milestone.photoIds?.length ? t('juror.photos', { count: milestone.photoIds.length }) : '',
      milestone.orderIds?.length ? t('juror.orders', { count: milestone.orderIds.length }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return h(
      'li',
      { class: 'juror-milestone' },
      h('div', { class: 'juror-evidence' }, box, h('label', { for: `evidence-${milestone.id}` }, t('juror.asEvidence', { title: milestone.title }))),
      h('p', {}, milestone.story),
      h('p', { class: 'juror-meta' }, names, extras ? ` · ${extras}` : ''),
    );
  }

  private openForm(team: ReviewTeam, milestoneIds: string[]): void {
    const form = new JurorAwardForm(this.challenge, { id: team.teamId, name: team.teamName }, milestoneIds, this.competenceFilter.value, () => void this.refresh());
    this.formHost.replaceChildren(form.element);
    form.focus();
  }

  private competence(id: string): Competence | undefined {
    return this.challenge.competences.find((c) => c.id === id);
  }
}

async function main(): Promise<void> {
  const root = byId('juror');
  const session = await staffSession(root, ['juror', 'organiser']);
  const challengeId = challengeIdFromUrl() ?? session.challengeIds?.[0];
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('juror.noChallenge')));
    return;
  }
  try {
    const challenge = await withRetry(() => getChallenge(challengeId));
    byId('challenge-title').textContent = challenge.title;
    new JurorConsole(challenge).render(root);
  } catch (error) {
    root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, error instanceof ProblemError ? error.message : t('juror.loadFailed')));
  }
}

void main();
