import '../../i18n/language';
import '../../ui/styles.css';
import './kit.css';
import { getChallenge, getTeams } from '../../api/challenges';
import { newIdempotencyKey, withRetry } from '../../api/core';
import type { Team } from '../../api/types';
import { bootPage, loadOrExplain } from '../../ui/page';
import { byId, byName, h } from '../../ui/dom';
import { refusalText } from '../../ui/problems';
import {
  checkIn,
  getKit,
  requestReplacement,
  statusLabels,
  type CheckIn,
  type Kit,
  type KitItem,
  type NewReplacement,
} from '../../api/kits';
import { t } from '../../i18n/i18n';

const NOTE_MAX = 300;
const REASON_MAX = 300;
const choices: { status: CheckIn['status']; label: string }[] = [
  { status: 'received', label: t('kit.check.received') },
  { status: 'missing', label: t('kit.check.missing') },
  { status: 'damaged', label: t('kit.check.damaged') },
];

/** One kit item: the coach marks it received, missing or damaged, with how many and a note. */
function itemForm(challengeId: string, teamId: string, item: KitItem, index: number, onSaved: () => void): HTMLFormElement {
  const name = `status-${index}`;
  const radios = choices.map((choice) =>
    h('input', { type: 'radio', name, value: choice.status, id: `${name}-${choice.status}`, checked: item.status === choice.status }),
  );
  const count = h('input', {
    type: 'number',
    id: `count-${index}`,
    min: 1,
    max: item.quantity,
    value: item.affectedQuantity > 0 ? item.affectedQuantity : item.quantity,
    inputmode: 'numeric',
  });
  const note = h('input', { type: 'text', id: `note-${index}`, maxlength: NOTE_MAX, value: item.note, autocomplete: 'off' });
  const countField = h('div', { class: 'field kit-count' }, h('label', { for: `count-${index}` }, t('kit.check.howMany')), count);
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const alert = h('p', { class: 'form-alert', role: 'alert' });
  const chosen = () => radios.find((r) => r.checked)?.value as CheckIn['status'] | undefined;
  const showCount = () => {
    countField.hidden = chosen() === 'received' || chosen() === undefined;
  };
  radios.forEach((radio) => radio.addEventListener('change', showCount));
  showCount();

  const legendId = `item-${index}`;
  const form = h(
    'form',
    { class: 'kit-item', 'data-part-number': item.partNumber, 'aria-labelledby': legendId, novalidate: true },
    h(
      'fieldset',
      { class: 'field' },
      h(
        'legend',
        { id: legendId },
        `${item.description} `,
        h('span', { class: 'kit-part' }, t('kit.check.partLine', { part: item.partNumber, quantity: item.quantity })),
      ),
      h(
        'div',
        { class: 'kit-choices' },
        ...choices.map((choice, i) => h('label', { class: 'checkbox', for: radios[i]!.id }, radios[i], h('span', {}, choice.label))),
      ),
    ),
    h('div', { class: 'kit-details' }, countField, h('div', { class: 'field' }, h('label', { for: `note-${index}` }, t('kit.check.note')), note)),
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('kit.check.save')), status),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = chosen();
    alert.textContent = '';
    if (!value) {
      alert.textContent = t('kit.check.chooseFirst');
      return;
    }
    const body: CheckIn = { status: value, note: note.value.trim() };
    if (value !== 'received') body.quantity = Number(count.value);
    status.textContent = t('kit.check.saving');
    checkIn(challengeId, teamId, item.partNumber, body).then(
      (saved) => {
        status.textContent = t('kit.check.saved', { status: statusLabels[saved.status] });
        onSaved();
      },
      (error: unknown) => {
        status.textContent = '';
        alert.textContent = refusalText(error, t('kit.check.saveFailed'));
      },
    );
  });
  return form;
}

/** Asks the organiser for a replacement of an item that is missing or damaged and has no request on its way. */
function replacementForm(challengeId: string, teamId: string, kit: Kit, onSaved: () => void): HTMLElement {
  const waiting = new Set(kit.replacements.filter((r) => !r.deliveredAt).map((r) => r.partNumber.toLowerCase()));
  const candidates = kit.items.filter((i) => i.openIssue && !waiting.has(i.partNumber.toLowerCase()));
  const heading = h('h2', { id: 'replacement-heading' }, t('kit.replacement.heading'));
  if (candidates.length === 0) {
    return h(
      'section',
      { class: 'kit-panel', 'aria-labelledby': 'replacement-heading' },
      heading,
      h('p', { class: 'hint' }, t('kit.replacement.nothing')),
    );
  }
  const part = h(
    'select',
    { id: 'replacement-part' },
    ...candidates.map((i) => h('option', { value: i.partNumber }, `${i.description} (${i.partNumber})`)),
  );
  const quantity = h('input', { type: 'number', id: 'replacement-quantity', min: 1, value: candidates[0]!.affectedQuantity, inputmode: 'numeric' });
  const reason = h('textarea', { id: 'replacement-reason', rows: 2, maxlength: REASON_MAX });
  const alert = h('p', { class: 'form-alert', role: 'alert' });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  part.addEventListener('change', () => {
    quantity.value = String(candidates.find((i) => i.partNumber === part.value)?.affectedQuantity ?? 1);
  });
  let pending: { fingerprint: string; key: string } | null = null;
  const form = h(
    'form',
    { class: 'kit-panel', 'aria-labelledby': 'replacement-heading', novalidate: true },
    heading,
    h('div', { class: 'field' }, h('label', { for: 'replacement-part' }, t('kit.replacement.part')), part),
    h('div', { class: 'field' }, h('label', { for: 'replacement-quantity' }, t('kit.replacement.quantity')), quantity),
    h('div', { class: 'field' }, h('label', { for: 'replacement-reason' }, t('kit.replacement.why')), reason),
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('kit.replacement.submit')), status),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    alert.textContent = '';
    const request: NewReplacement = { partNumber: part.value, quantity: Number(quantity.value), reason: reason.value.trim() };
    if (request.reason.length === 0) {
      alert.textContent = t('kit.replacement.needReason');
      reason.focus();
      return;
    }
    // The same request retried after a lost answer keeps its key, so it is stored once.
    const fingerprint = JSON.stringify(request);
    if (pending?.fingerprint !== fingerprint) pending = { fingerprint, key: newIdempotencyKey() };
    status.textContent = t('kit.replacement.sending');
    requestReplacement(challengeId, teamId, request, pending.key).then(
      () => {
        pending = null;
        onSaved();
      },
      (error: unknown) => {
        status.textContent = '';
        alert.textContent = refusalText(error, t('kit.replacement.sendFailed'));
      },
    );
  });
  return form;
}

function replacementList(kit: Kit): HTMLElement {
  const descriptions = new Map(kit.items.map((i) => [i.partNumber.toLowerCase(), i.description]));
  return h(
    'section',
    { class: 'kit-panel', 'aria-labelledby': 'requests-heading' },
    h('h2', { id: 'requests-heading' }, t('kit.requests.heading')),
    kit.replacements.length === 0
      ? h('p', { class: 'hint' }, t('kit.requests.none'))
      : h(
          'ul',
          { class: 'kit-requests' },
          ...kit.replacements.map((r) =>
            h(
              'li',
              { 'data-replacement-id': r.id },
              h('strong', {}, `${r.quantity} × ${descriptions.get(r.partNumber.toLowerCase()) ?? r.partNumber}`),
              ` — ${r.reason} `,
              h('span', { class: r.deliveredAt ? 'kit-badge kit-badge-done' : 'kit-badge' }, t(r.deliveredAt ? 'kit.requests.delivered' : 'kit.requests.requested')),
            ),
          ),
        ),
  );
}

async function showKit(root: HTMLElement, challengeId: string, team: Team): Promise<void> {
  const kit = await withRetry(() => getKit(challengeId, team.id));
  const heading = h('h1', {}, t('kit.page.heading', { team: team.name }));
  if (!kit.issuedAt) {
    root.replaceChildren(heading, h('p', { class: 'notice' }, t('kit.page.notIssued')));
    return;
  }
  const summary = h('p', { class: 'intro' });
  const panels = h('div', { class: 'kit-panels' });
  const render = (latest: Kit) => {
    const checked = latest.items.filter((i) => i.status !== 'notCheckedIn').length;
    summary.textContent = t('kit.page.summary', { school: team.school, checked, count: latest.items.length });
    panels.replaceChildren(replacementForm(challengeId, team.id, latest, refresh), replacementList(latest));
  };
  // Only the summary and the replacement panels follow a save, so the item being edited keeps its place and message.
  const refresh = () => void withRetry(() => getKit(challengeId, team.id)).then(render, () => undefined);
  root.replaceChildren(
    heading,
    summary,
    h('div', { class: 'kit-items' }, ...kit.items.map((item, index) => itemForm(challengeId, team.id, item, index, refresh))),
    panels,
  );
  render(kit);
}

function showTeams(root: HTMLElement, challengeId: string, teams: Team[]): void {
  root.replaceChildren(
    h('h1', {}, t('kit.page.chooseTeam')),
    h(
      'ul',
      { class: 'team-choices' },
      ...teams.map((team) =>
        h(
          'li',
          {},
          h(
            'a',
            { class: 'team-choice', href: `?challenge=${encodeURIComponent(challengeId)}&team=${encodeURIComponent(team.id)}` },
            h('span', { class: 'team-choice-name' }, team.name),
            h('span', { class: 'team-choice-school' }, team.school),
          ),
        ),
      ),
    ),
  );
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('kit', ['coach', 'organiser']);
  if (!challengeId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('kit.page.noChallenge')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
    byId('challenge-title').textContent = challenge.title;
    const teamId = new URLSearchParams(location.search).get('team');
    const team = teams.find((t) => t.id === teamId);
    if (team) await showKit(root, challengeId, team);
    else showTeams(root, challengeId, teams.sort(byName));
  }, { notFound: t('kit.page.notFound'), failed: t('kit.page.loadFailed') });
}

void main();
