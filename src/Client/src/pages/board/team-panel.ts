import { nominate, recognise } from '../../api/recognitions';
import type { BoardTeam, DeliberationBoard, Id } from '../../api/types';
import { localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { Alert, textField, uniqueId } from '../../ui/forms';
import { ProblemError } from '../../api/problems';
import { problemText } from '../../ui/problems';

/** What every team's panel needs: where it is, the board as it stands, and how to show the board after a change. */
export interface BoardContext {
  challengeId: Id;
  venueId: Id;
  board: DeliberationBoard;
  changed: (board: DeliberationBoard) => void;
}

/** A refusal in the page's language (the server's detail is English), with the lines that say what to do. */
export function showRefusal(alert: Alert, error: unknown, lines: string[] = []): void {
  const text = error instanceof ProblemError ? problemText(error.problem) : undefined;
  if (text) alert.show(text, lines);
  else alert.showError(t('board.failed'), error);
}

/** One team on the board, by name: its nominations, the recognitions agreed on with who agreed, and a form to add either. */
export function teamPanel(context: BoardContext, team: BoardTeam): HTMLElement {
  const headingId = uniqueId('board-team');
  const names = new Map(context.board.categories.map((c) => [c.id, localized(c.name)]));
  const alert = new Alert();
  const fail = (error: unknown) => showRefusal(alert, error);
  const final = Boolean(context.board.publication);
  const agree = (categoryId: string, reason: string) =>
    recognise(context.challengeId, context.venueId, { teamId: team.teamId, categoryId, reason }).then(context.changed, fail);

  const nominations = team.nominations.map((n) =>
    h(
      'li',
      {},
      h('strong', {}, names.get(n.categoryId) ?? n.categoryId), `: ${n.reason} `, h('span', { class: 'hint' }, t('board.nominatedBy', { juror: n.nominatedBy.name })),
      !final && actionButton(t('board.agreeNomination', { category: names.get(n.categoryId) ?? n.categoryId }), () => agree(n.categoryId, n.reason)),
    ),
  );
  const recognitions = team.recognitions.map((r) =>
    h(
      'li',
      { class: 'board-recognition' },
      h('strong', {}, localized(r.category.name)), `: ${r.reason} `,
      h('span', { class: 'hint' }, t('board.agreedBy', { jurors: r.agreedBy.map((j) => j.name).join(', ') })),
      !final && actionButton(t('board.agreeToo', { category: localized(r.category.name) }), () => agree(r.category.id, r.reason)),
    ),
  );
  return h(
    'article',
    { class: 'panel board-team', 'aria-labelledby': headingId, 'data-team-id': team.teamId },
    h('h2', { id: headingId }, team.name, ' ', h('span', { class: 'team-choice-school' }, team.school)),
    h('h3', {}, t('board.recognitions')),
    recognitions.length > 0 ? h('ul', { class: 'board-list' }, ...recognitions) : h('p', { class: 'board-waiting' }, t('board.noRecognition')),
    h('h3', {}, t('board.nominations')),
    nominations.length > 0 ? h('ul', { class: 'board-list' }, ...nominations) : h('p', { class: 'hint' }, t('board.noNomination')),
    !final && proposalForm(context, team, names, fail),
    alert.element,
  );
}

function actionButton(label: string, act: () => Promise<unknown>): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'button button-secondary button-small' }, label);
  button.addEventListener('click', () => void act());
  return button;
}

function proposalForm(context: BoardContext, team: BoardTeam, names: Map<string, string>, fail: (error: unknown) => void): HTMLElement {
  const category = h('select', { id: uniqueId('category') }, ...[...names].map(([id, name]) => h('option', { value: id }, name)));
  const reason = h('textarea', { rows: 2, maxlength: 500 });
  const words = h('textarea', { rows: 2, maxlength: 500 });
  const body = () => ({ teamId: team.teamId, categoryId: category.value, reason: reason.value.trim(), words: words.value.trim() || undefined });
  return h(
    'div',
    { class: 'season-form board-proposal' },
    h('div', { class: 'field' }, h('label', { for: category.id }, t('board.category')), category),
    textField(t('board.reason'), reason, t('board.reasonHint')),
    textField(t('board.words'), words, t('board.wordsHint')),
    h(
      'div',
      { class: 'form-actions' },
      actionButton(t('board.nominate'), () => nominate(context.challengeId, context.venueId, body()).then(context.changed, fail)),
      actionButton(t('board.recognise'), () => recognise(context.challengeId, context.venueId, body()).then(context.changed, fail)),
    ),
  );
}
