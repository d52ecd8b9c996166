import { getChallengeCheckIn, setChallengeCheckIn } from '../../api/check-in';
import { withRetry } from '../../api/core';
import type { ChallengeDetail } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../ui/dom';
import { statusLine, uniqueId } from '../../ui/forms';
import { refusalText } from '../../ui/problems';
import type { OrganiserSection } from './section';

/** The organiser's switch for the pupils' anonymous check-in: off until switched on, for the whole challenge. */
export class CheckInSection implements OrganiserSection {
  readonly element: HTMLElement;

  constructor(challenge: ChallengeDetail) {
    const heading = h('h2', { id: 'check-in-heading' }, t('checkIn.organiser.heading'));
    const id = uniqueId('check-in-on');
    const box = h('input', { id, type: 'checkbox', disabled: true });
    const status = statusLine();
    box.addEventListener('change', () => {
      box.disabled = true;
      setChallengeCheckIn(challenge.id, box.checked)
        .then((saved) => {
          box.checked = saved.on;
          status.textContent = t('checkIn.saved');
        })
        .catch((error: unknown) => {
          box.checked = !box.checked;
          status.textContent = refusalText(error, t('checkIn.saveFailed'));
        })
        .finally(() => { box.disabled = false; });
    });
    void withRetry(() => getChallengeCheckIn(challenge.id)).then((stand) => {
      box.checked = stand.on;
      box.disabled = false;
    });
    this.element = h(
      'section',
      { class: 'panel', id: 'check-in', 'aria-labelledby': heading.id },
      heading,
      h('p', { class: 'intro' }, t('checkIn.organiser.intro')),
      h('label', { class: 'checkbox', for: id }, box, h('span', {}, t('checkIn.organiser.label'))),
      status,
    );
  }

  update(): void {}
}
