import '../../i18n/language';
import '../../ui/styles.css';
import '../season/season.css';
import './board.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { getBoard, publishRecognitions } from '../../api/recognitions';
import type { DeliberationBoard } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byId, h } from '../../ui/dom';
import { Alert, textField } from '../../ui/forms';
import { bootPage, loadOrExplain } from '../../ui/page';
import { showRefusal, teamPanel, type BoardContext } from './team-panel';

/** The rules the board enforces, said where the jurors work: every team is recognised, nothing is counted or ranked. */
function rules(board: DeliberationBoard): HTMLElement {
  const without = board.teamsWithoutRecognition.map((team) => team.name);
  return h(
    'section',
    { class: 'panel board-rules', 'aria-labelledby': 'rules-heading' },
    h('h2', { id: 'rules-heading' }, t('board.rules.heading')),
    h('ul', {}, h('li', {}, t('board.rules.everyTeam')), h('li', {}, t('board.rules.several')), h('li', {}, t('board.rules.noCounts'))),
    h('p', { class: without.length > 0 ? 'board-waiting' : 'board-complete', role: 'status' },
      without.length > 0 ? t('board.rules.without', { teams: without.join(', ') }) : t('board.rules.complete')),
  );
}

function publication(context: BoardContext, board: DeliberationBoard): HTMLElement {
  if (board.publication) {
    return h('section', { class: 'panel' }, h('h2', {}, t('board.publish.heading')), h('p', { class: 'board-complete' }, t('board.publish.done', { by: board.publication.publishedBy })));
  }
  const override = h('input', { type: 'checkbox', id: 'publish-override' });
  const reason = h('textarea', { rows: 2, maxlength: 500 });
  const alert = new Alert();
  const button = h('button', { type: 'button', class: 'button' }, t('board.publish.button'));
  button.addEventListener('click', () => {
    publishRecognitions(context.challengeId, context.venueId, { override: override.checked, reason: reason.value.trim() || undefined }).then(
      context.changed,
      (error: unknown) => showRefusal(alert, error, [t('board.rules.without', { teams: board.teamsWithoutRecognition.map((team) => team.name).join(', ') })]),
    );
  });
  return h(
    'section',
    { class: 'panel season-form', 'aria-labelledby': 'publish-heading' },
    h('h2', { id: 'publish-heading' }, t('board.publish.heading')),
    h('p', { class: 'hint' }, t('board.publish.hint')),
    h('p', {}, override, ' ', h('label', { for: 'publish-override' }, t('board.publish.override'))),
    textField(t('board.publish.reason'), reason),
    alert.element,
    h('div', { class: 'form-actions' }, button),
  );
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('board', ['organiser', 'juror']);
  const venueId = new URLSearchParams(location.search).get('venue');
  if (!challengeId || !venueId) {
    root.replaceChildren(h('p', { class: 'notice' }, t('board.noVenue')));
    return;
  }
  await loadOrExplain(root, async () => {
    const [challenge, board] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getBoard(challengeId, venueId))]);
    byId('challenge-title').textContent = challenge.title;
    const show = (current: DeliberationBoard) => {
      const context: BoardContext = { challengeId, venueId, board: current, changed: show };
      document.title = t('board.documentTitleOf', { venue: current.venueName });
      root.replaceChildren(
        h('h1', {}, t('board.heading', { venue: current.venueName })),
        rules(current),
        h('div', { class: 'board-teams' }, ...current.teams.map((team) => teamPanel(context, team))),
        publication(context, current),
      );
    };
    show(board);
  }, { notFound: t('board.notFound'), failed: t('board.loadFailed') });
}

void main();
