import { importTeams } from '../../api/challenges';
import { ProblemError } from '../../api/problems';
import type { ChallengeDetail, Team } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { Alert, statusLine, textField } from '../../ui/forms';
import { problemText } from '../../ui/problems';

const LIST_MAX = 40_000;
const SCHOOL_MAX = 120;

/** The lines the server refused, by number, each with the page's words for what to fix there. */
function lineProblems(error: ProblemError): HTMLElement {
  const lines = Object.entries(error.problem.errors ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  return h(
    'ul',
    { class: 'roster-errors' },
    ...lines.map(([line, codes]) =>
      h('li', { 'data-line': line }, t('coach.import.line', { line, problem: codes.map((code) => problemText({ type: `/problems/${code}` }) ?? code).join('; ') })),
    ),
  );
}

/**
 * Registers a whole list of teams, pasted from a spreadsheet or read from a CSV file. The server checks every line first:
 * either every team is registered or none, and each bad line comes back by number.
 */
export function rosterImportForm(challenge: ChallengeDetail, imported: (teams: Team[]) => Promise<void>): HTMLElement {
  const list = h('textarea', { rows: 6, maxlength: LIST_MAX, spellcheck: 'false', autocomplete: 'off' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv,text/plain' });
  const school = h('input', { type: 'text', maxlength: SCHOOL_MAX, autocomplete: 'organization' });
  const alert = new Alert();
  const problems = h('div', { class: 'roster-problems', role: 'alert' });
  const status = statusLine();
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((text) => (list.value = text));
  });
  const form = h(
    'form',
    { class: 'team-form roster-import', novalidate: true, 'aria-label': t('coach.import.heading') },
    h('h3', {}, t('coach.import.heading')),
    h('p', { class: 'hint' }, t('coach.import.intro')),
    textField(t('coach.import.list'), list),
    textField(t('coach.import.file'), file),
    textField(t('coach.import.school'), school),
    problems,
    alert.element,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('coach.import.submit')), status),
  );
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    alert.clear();
    problems.replaceChildren();
    status.textContent = '';
    if (!list.value.trim()) {
      alert.show(t('coach.import.needList'));
      list.focus();
      return;
    }
    sending = true;
    importTeams(challenge.id, list.value, school.value.trim())
      .then(async (teams) => {
        list.value = '';
        file.value = '';
        status.textContent = t('coach.import.done', { count: String(teams.length), teams: teams.map((team) => team.name).join(', ') });
        await imported(teams);
      })
      .catch((error: unknown) => {
        if (error instanceof ProblemError && error.is('roster-rows-invalid')) {
          problems.replaceChildren(h('p', {}, t('coach.import.fix')), lineProblems(error));
        } else {
          alert.showError(t('coach.import.failed'), error);
        }
      })
      .finally(() => (sending = false));
  });
  return form;
}
