import { getTeamsWithoutKit, issueKit } from '../../api/kits';
import type { TeamReference } from '../../api/types';
import { h } from '../../ui/dom';
import { statusLine } from '../../ui/forms';
import { problemMessage } from '../../ui/shop-labels';
import { t } from '../../i18n/i18n';

/**
 * The teams that have no kit yet, by name, each with a button that issues it: a team registered before the kits went out
 * is named here instead of silently having none.
 */
export class TeamsWithoutKit {
  readonly element: HTMLElement;
  private readonly body = h('div', { class: 'kit-missing-body' });
  private readonly alert = h('p', { class: 'form-alert', role: 'alert' });
  private readonly status = statusLine();

  constructor(private readonly challengeId: string) {
    this.element = h(
      'section',
      { class: 'kit-panel kit-missing', 'aria-labelledby': 'missing-heading' },
      h('h2', { id: 'missing-heading' }, t('kit.missing.heading')),
      this.body,
      this.alert,
      this.status,
    );
  }

  async refresh(): Promise<void> {
    try {
      this.show(await getTeamsWithoutKit(this.challengeId));
    } catch (error) {
      this.alert.textContent = problemMessage(error);
    }
  }

  private show(teams: TeamReference[]): void {
    if (teams.length === 0) {
      this.body.replaceChildren(h('p', { class: 'hint' }, t('kit.missing.none')));
      return;
    }
    this.body.replaceChildren(
      h('p', {}, t(teams.length === 1 ? 'kit.missing.intro.one' : 'kit.missing.intro.other', { count: teams.length })),
      h('ul', { class: 'kit-missing-list' }, ...teams.map((team) => this.item(team))),
    );
  }

  private item(team: TeamReference): HTMLElement {
    const issue = h('button', { type: 'button', class: 'button button-secondary' }, t('kit.missing.issue', { team: team.name }));
    issue.addEventListener('click', () => {
      issue.disabled = true;
      this.alert.textContent = '';
      issueKit(this.challengeId, String(team.id))
        .then(async () => {
          this.status.textContent = t('kit.missing.issued', { team: team.name });
          await this.refresh();
        })
        .catch((error: unknown) => {
          issue.disabled = false;
          this.alert.textContent = problemMessage(error);
        });
    });
    return h('li', { 'data-team-id': team.id }, h('span', {}, team.name, ' ', h('span', { class: 'team-choice-school' }, team.school)), issue);
  }
}
