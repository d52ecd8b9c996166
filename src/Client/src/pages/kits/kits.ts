import '../../i18n/language';
import '../../ui/styles.css';
import './kits.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { bootPage, loadOrExplain } from '../../ui/page';
import { byId, h } from '../../ui/dom';
import { refusalText } from '../../ui/problems';
import {
  getKitIssues,
  getKitTemplate,
  issueKits,
  markDelivered,
  setKitTemplate,
  statusLabels,
  type KitTemplateItem,
  type TeamKitIssues,
} from '../../api/kits';
import { t } from '../../i18n/i18n';
import { TeamsWithoutKit } from './without-kit';
import { euroInputValue, parseEuro } from '../../ui/euro';
import { euro } from '../../ui/shop-labels';

/** The organiser's template editor: one row per part, saved as a whole. */
class TemplateEditor {
  private readonly rows = h('tbody');
  private readonly alert = h('div', { class: 'form-alert', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private rowCount = 0;
  readonly element: HTMLFormElement;

  constructor(
    private readonly challengeId: string,
    items: KitTemplateItem[],
    private readonly issued: () => void,
  ) {
    const add = h('button', { type: 'button', class: 'button button-secondary' }, t('kit.template.addPart'));
    add.addEventListener('click', () => this.addRow());
    const issue = h('button', { type: 'button', class: 'button button-secondary' }, t('kit.template.issue'));
    issue.addEventListener('click', () => void this.issue());
    this.element = h(
      'form',
      { class: 'kit-panel', 'aria-labelledby': 'template-heading', novalidate: true },
      h('h2', { id: 'template-heading' }, t('kit.template.heading')),
      h('p', { class: 'hint' }, t('kit.template.intro')),
      h(
        'div',
        { class: 'kit-table-wrap', role: 'region', 'aria-label': t('kit.template.parts'), tabindex: 0 },
        h(
          'table',
          { class: 'kit-table' },
          h('thead', {}, h('tr', {}, h('th', {}, t('kit.template.partNumber')), h('th', {}, t('kit.template.description')), h('th', {}, t('kit.template.quantity')), h('th', {}, t('kit.template.unitValue')), h('th', {}, h('span', { class: 'visually-hidden' }, t('kit.template.remove'))))),
          this.rows,
        ),
      ),
      this.alert,
      h('div', { class: 'form-actions' }, add, h('button', { type: 'submit', class: 'button' }, t('kit.template.save')), issue, this.status),
    );
    (items.length > 0 ? items : [null]).forEach((item) => this.addRow(item));
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
  }

  private addRow(item: KitTemplateItem | null = null): void {
    const n = ++this.rowCount;
    const cell = (label: string, input: HTMLInputElement) => {
      input.setAttribute('aria-label', t('kit.template.cellLabel', { label, row: n }));
      return h('td', {}, input);
    };
    const remove = h('button', { type: 'button', class: 'button button-secondary', 'aria-label': t('kit.template.removeRow', { row: n }) }, '×');
    const row = h(
      'tr',
      {},
      cell(t('kit.template.partNumber'), h('input', { type: 'text', name: 'partNumber', maxlength: 40, value: item?.partNumber ?? '' })),
      cell(t('kit.template.description'), h('input', { type: 'text', name: 'description', maxlength: 200, value: item?.description ?? '' })),
      cell(t('kit.template.quantity'), h('input', { type: 'number', name: 'quantity', min: 1, max: 1000, value: item?.quantity ?? 1 })),
      cell(t('kit.template.unitValueEuro'), h('input', { type: 'text', inputmode: 'decimal', name: 'unitValue', autocomplete: 'off', value: item?.unitValueCents == null ? '' : euroInputValue(item.unitValueCents) })),
      h('td', {}, remove),
    );
    remove.addEventListener('click', () => row.remove());
    this.rows.append(row);
  }

  /** The rows as items; an amount that is not one ("24,00", "24.00" and "24" are) marks its field and returns null. */
  private read(): KitTemplateItem[] | null {
    let readable = true;
    const items = Array.from(this.rows.rows, (row) => {
      const input = (name: string) => row.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      const value = (name: string) => input(name).value.trim();
      const amount = value('unitValue');
      const cents = amount === '' ? null : parseEuro(amount);
      if (amount !== '' && cents === null) {
        readable = false;
        input('unitValue').setAttribute('aria-invalid', 'true');
      } else {
        input('unitValue').removeAttribute('aria-invalid');
      }
      return { partNumber: value('partNumber'), description: value('description'), quantity: Number(value('quantity')), unitValueCents: cents };
    });
    return readable ? items : null;
  }

  private async save(): Promise<void> {
    this.alert.textContent = '';
    const items = this.read();
    if (!items) {
      this.alert.textContent = t('kit.template.badAmount');
      this.rows.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.status.textContent = t('kit.template.saving');
    try {
      const saved = await setKitTemplate(this.challengeId, items);
      this.status.textContent = t('kit.template.saved', { version: saved.version });
    } catch (error) {
      this.status.textContent = '';
      this.alert.textContent = refusalText(error, t('kit.template.saveFailed'));
    }
  }

  private async issue(): Promise<void> {
    this.alert.textContent = '';
    try {
      const result = await issueKits(this.challengeId);
      this.status.textContent = t('kit.template.issued', { issued: result.issued, updated: result.updated, unchanged: result.unchanged });
      this.issued();
    } catch (error) {
      this.alert.textContent = refusalText(error, t('kit.template.issueFailed'));
    }
  }
}

/** Open kit issues, team by team in name order as the server lists them. */
async function showIssues(container: HTMLElement, challengeId: string): Promise<void> {
  const teams = await withRetry(() => getKitIssues(challengeId));
  const refresh = () => void showIssues(container, challengeId);
  container.replaceChildren(
    teams.length === 0
      ? h('p', { class: 'hint' }, t('kit.issues.allFine'))
      : h('ul', { class: 'kit-issue-list' }, ...teams.map((team) => teamIssues(challengeId, team, refresh))),
  );
}

function teamIssues(challengeId: string, team: TeamKitIssues, refresh: () => void): HTMLElement {
  const kitLink = `/kit.html?challenge=${encodeURIComponent(challengeId)}&team=${encodeURIComponent(team.teamId)}`;
  const descriptions = new Map(team.items.map((i) => [i.partNumber.toLowerCase(), i.description]));
  return h(
    'li',
    { class: 'kit-issue-team', 'data-team-id': team.teamId },
    h('h3', {}, h('a', { href: kitLink }, team.teamName), ' ', h('span', { class: 'team-choice-school' }, team.school)),
    team.items.length > 0 &&
      h(
        'ul',
        {},
        ...team.items.map((item) =>
          h('li', {}, `${item.description} (${item.partNumber}): ${item.affectedQuantity} ${statusLabels[item.status]}`, item.note && ` — ${item.note}`),
        ),
      ),
    ...team.openReplacements.map((replacement) => {
      const delivered = h('button', { type: 'button', class: 'button button-secondary' }, t('kit.issues.delivered'));
      const alert = h('span', { class: 'form-alert', role: 'alert' });
      delivered.addEventListener('click', () => {
        markDelivered(challengeId, team.teamId, replacement.id).then(refresh, (error: unknown) => {
          alert.textContent = refusalText(error, t('kit.issues.failed'));
        });
      });
      const what = descriptions.get(replacement.partNumber.toLowerCase()) ?? replacement.partNumber;
      return h('p', { class: 'kit-request' }, t('kit.issues.requested', { quantity: replacement.quantity, what, reason: replacement.reason }), delivered, alert);
    }),
  );
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('kits', ['organiser']);
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('kit.page.noChallenge')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, template] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getKitTemplate(challengeId))]);
    byId('challenge-title').textContent = challenge.title;
    const issues = h('div', { id: 'kit-issues' }, h('p', { class: 'loading' }, t('kit.page.loading')));
    const withoutKit = new TeamsWithoutKit(challengeId);
    void withoutKit.refresh();
    const kitValue = template.items.reduce((sum, item) => sum + (item.unitValueCents ?? 0) * item.quantity, 0);
    root.replaceChildren(
      h('p', {}, h('a', { href: `/organiser.html?challenge=${encodeURIComponent(challengeId)}` }, t('kit.page.backToOrganiser'))),
      h('h1', {}, t('kit.page.kitsHeading')),
      h('p', { class: 'intro' }, template.items.length > 0 ? t('kit.page.kitValue', { value: euro(kitValue) }) : t('kit.page.setUp')),
      new TemplateEditor(challengeId, template.items, () => void withoutKit.refresh()).element,
      withoutKit.element,
      h('section', { class: 'kit-panel', 'aria-labelledby': 'issues-heading' }, h('h2', { id: 'issues-heading' }, t('kit.page.openIssues')), issues),
    );
    await showIssues(issues, challengeId);
  }, { notFound: t('kit.page.notFound'), failed: t('kit.page.kitsLoadFailed') });
}

void main();
