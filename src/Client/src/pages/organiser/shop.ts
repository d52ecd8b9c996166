import './shop.css';
import { getTeams } from '../../api/challenges';
import type { ChallengeDetail, Team } from '../../api/types';
import { byName, h } from '../../ui/dom';
import { euroInputValue, parseEuro } from '../../ui/euro';
import type { OrganiserSection } from './section';
import { Alert, markInvalid, statusLine, textField, uniqueId } from '../../ui/forms';
import { CatalogueEditor } from './shop-catalogue';
import { adjustBudget, getBudget, getCatalogue, putDefaultBudget, type TeamBudget } from '../../api/shop';
import { euro } from '../../ui/shop-labels';
import { t } from '../../i18n/i18n';

// The server's limits (ShopGrain, BudgetGrain).
const BUDGET_MAX_CENTS = 10_000_000;
const REASON_MAX = 300;

const budgetProblem = t('organiser.shop.budgetProblem', { max: euro(BUDGET_MAX_CENTS) });

type TeamRow = { team: Team; budget: TeamBudget | null };

/**
 * The shop of a challenge: its catalogue, the budget every team starts with, and per team (by name, never by spending)
 * what it has, spent and has left, with a form to give one team its own budget for a reason.
 */
export class ShopSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly catalogue: CatalogueEditor;
  private readonly note = h('p', { class: 'section-note' });
  private readonly defaultBudget = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  private readonly defaultForm: HTMLFormElement;
  private readonly defaultFields = h('fieldset', { class: 'plain-fieldset' });
  private readonly defaultSubmit = h('button', { type: 'submit', class: 'button' }, t('organiser.shop.saveDefault'));
  private readonly defaultAlert = new Alert();
  private readonly defaultStatus = statusLine();
  private readonly table = h('div', { class: 'table-wrap' }, h('p', { class: 'loading' }, t('organiser.shop.loading')));
  private readonly tableAlert = new Alert();
  private readonly refreshButton = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.shop.refresh'));
  private readonly teamChoice = h('select', { required: true });
  private readonly ownBudget = h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', required: true });
  private readonly reason = h('textarea', { rows: 2, maxlength: REASON_MAX, required: true });
  private readonly adjustForm: HTMLFormElement;
  private readonly adjustFields = h('fieldset', { class: 'plain-fieldset' });
  private readonly adjustSubmit = h('button', { type: 'submit', class: 'button' }, t('organiser.shop.setOwn'));
  private readonly adjustAlert = new Alert();
  private readonly adjustStatus = statusLine();
  private rows: TeamRow[] = [];
  // Until the stored catalogue is in, nothing can be typed that loading it would then overwrite.
  private loaded = false;
  private sending = false;

  constructor(private challenge: ChallengeDetail) {
    const heading = h('h2', { id: 'shop-heading' }, t('organiser.shop.heading'));
    this.catalogue = new CatalogueEditor(challenge.id);
    this.defaultFields.append(
      textField(
        t('organiser.shop.defaultBudget'),
        this.defaultBudget,
        t('organiser.shop.defaultBudgetHint'),
      ),
    );
    this.teamChoice.id = uniqueId('own-budget-team');
    this.adjustFields.append(
      h(
        'div',
        { class: 'date-row' },
        h('div', { class: 'field' }, h('label', { for: this.teamChoice.id }, t('organiser.shop.team')), this.teamChoice),
        textField(t('organiser.shop.ownBudget'), this.ownBudget, t('organiser.shop.ownBudgetHint')),
      ),
      textField(t('organiser.shop.reason'), this.reason, t('organiser.shop.reasonHint')),
    );
    this.defaultForm = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'default-budget-heading', class: 'shop-admin-form' },
      h('h3', { id: 'default-budget-heading' }, t('organiser.shop.startBudget')),
      this.defaultFields,
      this.defaultAlert.element,
      h('div', { class: 'form-actions' }, this.defaultSubmit, this.defaultStatus),
    );
    this.adjustForm = h(
      'form',
      { novalidate: true, 'aria-labelledby': 'own-budget-heading', class: 'shop-admin-form' },
      h('h3', { id: 'own-budget-heading' }, t('organiser.shop.ownBudgetHeading')),
      this.adjustFields,
      this.adjustAlert.element,
      h('div', { class: 'form-actions' }, this.adjustSubmit, this.adjustStatus),
    );
    this.element = h(
      'section',
      { class: 'panel', id: 'winkel', 'aria-labelledby': heading.id },
      heading,
      h('p', { class: 'intro' }, t('organiser.shop.intro')),
      this.note,
      this.catalogue.element,
      this.defaultForm,
      h(
        'div',
        { role: 'group', 'aria-labelledby': 'team-budgets-heading', class: 'shop-admin-form' },
        h('h3', { id: 'team-budgets-heading' }, t('organiser.shop.overview')),
        h('p', { class: 'hint' }, t('organiser.shop.overviewHint')),
        this.table,
        this.tableAlert.element,
        h('div', { class: 'form-actions' }, this.refreshButton),
      ),
      this.adjustForm,
    );
    this.defaultForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.saveDefault();
    });
    this.adjustForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.adjust();
    });
    this.refreshButton.addEventListener('click', () => void this.refreshTeams());
    this.update(challenge);
    void this.load();
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
    // The server takes catalogue and budgets until the showcase; afterwards what teams spent stays as it was.
    const open = challenge.status === 'draft' || challenge.status === 'open' || challenge.status === 'running';
    this.catalogue.enabled = open && this.loaded;
    for (const control of [this.defaultFields, this.defaultSubmit]) control.disabled = !open || !this.loaded;
    for (const control of [this.adjustFields, this.adjustSubmit]) control.disabled = !open;
    this.note.textContent = open ? '' : t('organiser.shop.closed');
    this.note.hidden = open;
  }

  private async load(): Promise<void> {
    try {
      const catalogue = await getCatalogue(this.challenge.id);
      this.catalogue.load(catalogue);
      this.defaultBudget.value = euroInputValue(catalogue.defaultBudgetCents);
      this.loaded = true;
      this.update(this.challenge);
    } catch (error) {
      this.defaultAlert.showError(t('organiser.failed.shop'), error);
    }
    await this.refreshTeams();
  }

  /** Teams by name; a budget that could not be loaded leaves its row saying so instead of hiding the team. */
  private async refreshTeams(): Promise<void> {
    this.tableAlert.clear();
    try {
      const teams = (await getTeams(this.challenge.id)).sort(byName);
      const budgets = await Promise.allSettled(teams.map((team) => getBudget(this.challenge.id, team.id)));
      this.rows = teams.map((team, index) => {
        const loaded = budgets[index]!;
        return { team, budget: loaded.status === 'fulfilled' ? loaded.value : null };
      });
      if (this.rows.some((row) => row.budget === null)) {
        this.tableAlert.show(t('organiser.shop.someBudgetsMissing'));
      }
      this.render();
    } catch (error) {
      this.tableAlert.showError(t('organiser.failed.teams'), error);
    }
  }

  private render(): void {
    const chosen = this.teamChoice.value;
    this.teamChoice.replaceChildren(
      h('option', { value: '' }, t('organiser.shop.chooseTeam')),
      ...this.rows.map(({ team }) => h('option', { value: team.id }, team.name)),
    );
    this.teamChoice.value = this.rows.some((row) => row.team.id === chosen) ? chosen : '';
    if (this.rows.length === 0) {
      this.table.replaceChildren(h('p', { class: 'hint' }, t('organiser.shop.noTeams')));
      return;
    }
    const money = (budget: TeamBudget | null, cents: (b: TeamBudget) => number) => h('td', { class: 'money' }, budget ? euro(cents(budget)) : '—');
    this.table.replaceChildren(
      h(
        'table',
        { class: 'data-table' },
        h('caption', {}, t(this.rows.length === 1 ? 'organiser.teams.captionOne' : 'organiser.teams.captionMany', { count: this.rows.length })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('organiser.shop.team')),
            h('th', { scope: 'col' }, t('organiser.shop.budget')),
            h('th', { scope: 'col' }, t('organiser.shop.spent')),
            h('th', { scope: 'col' }, t('organiser.shop.left')),
            h('th', { scope: 'col' }, t('organiser.shop.coachPage')),
          ),
        ),
        h(
          'tbody',
          {},
          ...this.rows.map(({ team, budget }) =>
            h(
              'tr',
              { 'data-team-id': team.id },
              h('th', { scope: 'row' }, team.name),
              h(
                'td',
                { class: 'money' },
                budget ? euro(budget.budgetCents) : '—',
                budget?.ownBudget && h('span', { class: 'hint own-budget' }, t('organiser.shop.ownBudgetMark')),
              ),
              money(budget, (b) => b.spentCents),
              money(budget, (b) => b.leftCents),
              h(
                'td',
                {},
                h(
                  'a',
                  { href: `/coach.html?challenge=${encodeURIComponent(this.challenge.id)}&team=${encodeURIComponent(team.id)}` },
                  t('organiser.shop.coachPage'),
                  h('span', { class: 'visually-hidden' }, t('organiser.shop.coachPageOf', { team: team.name })),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  private async saveDefault(): Promise<void> {
    if (this.sending) return;
    this.defaultAlert.clear();
    this.defaultStatus.textContent = '';
    const cents = parseEuro(this.defaultBudget.value);
    const valid = cents !== null && cents <= BUDGET_MAX_CENTS;
    markInvalid(this.defaultBudget, !valid);
    if (!valid) {
      this.defaultAlert.show(t('organiser.shop.saveFailedCheck'), [t('organiser.shop.defaultBudgetProblem', { problem: budgetProblem })]);
      this.defaultBudget.focus();
      return;
    }
    this.sending = true;
    try {
      const saved = await putDefaultBudget(this.challenge.id, cents);
      this.defaultBudget.value = euroInputValue(saved.defaultBudgetCents);
      this.defaultStatus.textContent = t('organiser.shop.defaultSaved', { amount: euro(saved.defaultBudgetCents) });
      await this.refreshTeams();
    } catch (error) {
      const errors = this.defaultAlert.showError(t('organiser.failed.save'), error);
      markInvalid(this.defaultBudget, 'budgetCents' in errors);
    } finally {
      this.sending = false;
    }
  }

  private async adjust(): Promise<void> {
    if (this.sending) return;
    this.adjustAlert.clear();
    this.adjustStatus.textContent = '';
    const teamId = this.teamChoice.value;
    const cents = parseEuro(this.ownBudget.value);
    const reason = this.reason.value.trim();
    const checks: [HTMLElement, boolean, string][] = [
      [this.teamChoice, teamId !== '', t('organiser.shop.chooseTeamProblem')],
      [this.ownBudget, cents !== null && cents <= BUDGET_MAX_CENTS, t('organiser.shop.ownBudgetProblem', { problem: budgetProblem })],
      [this.reason, reason !== '', t('organiser.shop.reasonProblem')],
    ];
    for (const [control, ok] of checks) markInvalid(control, !ok);
    const failed = checks.filter(([, ok]) => !ok);
    if (failed.length > 0) {
      this.adjustAlert.show(t('organiser.shop.almostCheck'), failed.map(([, , line]) => line));
      failed[0]![0].focus();
      return;
    }
    this.sending = true;
    try {
      const budget = await adjustBudget(this.challenge.id, teamId, cents!, reason);
      const row = this.rows.find((r) => r.team.id === teamId);
      if (row) row.budget = budget;
      this.render();
      this.ownBudget.value = '';
      this.reason.value = '';
      this.adjustStatus.textContent = t('organiser.shop.ownSaved', { team: row?.team.name ?? t('organiser.shop.theTeam'), amount: euro(budget.budgetCents) });
    } catch (error) {
      const errors = this.adjustAlert.showError(t('organiser.failed.setBudget'), error);
      markInvalid(this.ownBudget, 'budgetCents' in errors);
      markInvalid(this.reason, 'reason' in errors);
    } finally {
      this.sending = false;
    }
  }
}
