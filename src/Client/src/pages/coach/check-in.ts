import './check-in.css';
import { getTeamCheckIn, setTeamCheckIn } from '../../api/check-in';
import type { Id, Team } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { statusLine, uniqueId } from '../../ui/forms';
import { refusalText } from '../../ui/problems';

/**
 * The coach's switch for the pupils' anonymous check-in of one team: shown only when the organiser switched it on for the
 * challenge; switching it off keeps the team's pupils from being asked.
 */
export function checkInSwitch(challengeId: Id, team: Team): HTMLElement {
  const id = uniqueId('team-check-in');
  const box = h('input', { id, type: 'checkbox' });
  const status = statusLine();
  const element = h('section', { class: 'team-check-in', hidden: true }, h('h4', {}, t('checkIn.coach.heading')),
    h('label', { class: 'checkbox', for: id }, box, h('span', {}, t('checkIn.coach.label'))), status);
  box.addEventListener('change', () => {
    box.disabled = true;
    setTeamCheckIn(challengeId, team.id, box.checked)
      .then((saved) => {
        box.checked = saved.teamOn;
        status.textContent = t('checkIn.saved');
      })
      .catch((error: unknown) => {
        box.checked = !box.checked;
        status.textContent = refusalText(error, t('checkIn.saveFailed'));
      })
      .finally(() => { box.disabled = false; });
  });
  void getTeamCheckIn(challengeId, team.id).then((stand) => {
    box.checked = stand.teamOn;
    element.hidden = !stand.challengeOn;
  }).catch(() => undefined);
  return element;
}
