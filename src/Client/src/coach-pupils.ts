import type { Id, Team } from './api';
import { h } from './dom';
import { formatDate } from './labels';
import { Alert, confirmAction, statusLine, uniqueId } from './organiser-shared';
import { erasePupil, exportUrl, getPupils, resetPin, setConsent, type ConsentChannel, type Pupil } from './pupils-api';

const channels: { channel: ConsentChannel; label: string }[] = [
  { channel: 'wall', label: 'Bijnaam op de muur' },
  { channel: 'showcase', label: 'Verhaal en foto’s in de showcase' },
  { channel: 'photos', label: 'Foto’s buiten het team' },
];

function recorded(pupil: Pupil): string {
  const { recordedAt, recordedBy } = pupil.consent;
  return recordedAt
    ? `Vastgelegd op ${formatDate(recordedAt)}${recordedBy ? ` door ${recordedBy}` : ''}.`
    : 'Nog niets vastgelegd: tot dan blijft alles binnen het team.';
}

/** A team's pupils for their coach: consent per channel, a new PIN, their data to download or erase. */
export class PupilList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'pupil-list' });
  private readonly alert = new Alert();

  constructor(
    private readonly challengeId: Id,
    private readonly team: Team,
  ) {
    const refresh = h('button', { type: 'button', class: 'button button-secondary button-small' }, 'Leerlingen vernieuwen');
    refresh.addEventListener('click', () => void this.refresh());
    this.element = h('div', { class: 'pupils' }, h('h4', {}, `Leerlingen van ${team.name}`), this.alert.element, this.list, refresh);
  }

  async refresh(): Promise<void> {
    try {
      const pupils = await getPupils(this.challengeId, this.team.id);
      this.alert.clear();
      this.list.replaceChildren(
        ...(pupils.length === 0
          ? [h('li', { class: 'hint' }, 'Nog niemand aangemeld. Leerlingen melden zich aan op de tabletpagina met de koppelcode.')]
          : pupils.map((pupil) => this.render(pupil))),
      );
    } catch (error) {
      this.alert.showError('De leerlingen konden niet geladen worden.', error);
    }
  }

  private render(pupil: Pupil): HTMLElement {
    const status = statusLine();
    const alert = new Alert();
    const recordedLine = h('p', { class: 'hint pupil-recorded' }, recorded(pupil));
    const boxes = channels.map(({ channel, label }) => {
      const id = uniqueId(`consent-${channel}`);
      const box = h('input', { type: 'checkbox', id, checked: pupil.consent[channel] });
      box.addEventListener('change', () => {
        alert.clear();
        status.textContent = '';
        setConsent(this.challengeId, this.team.id, pupil.id, { [channel]: box.checked })
          .then((saved) => {
            recordedLine.textContent = recorded(saved);
            status.textContent = `${label}: ${saved.consent[channel] ? 'ja' : 'nee'} — bewaard voor ${saved.nickname}.`;
          })
          .catch((error: unknown) => {
            box.checked = !box.checked;
            alert.showError('Bewaren lukte niet.', error);
          });
      });
      return h('label', { class: 'checkbox', for: id }, box, h('span', {}, label));
    });

    const pinId = uniqueId('pin');
    const pin = h('input', { id: pinId, type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: 8, autocomplete: 'off', class: 'pin-input' });
    const pinButton = h('button', { type: 'button', class: 'button button-secondary' }, 'PIN instellen');
    pinButton.addEventListener('click', () => {
      alert.clear();
      status.textContent = '';
      if (!/^\d{4,8}$/.test(pin.value.trim())) {
        pin.setAttribute('aria-invalid', 'true');
        alert.show('Een PIN heeft 4 tot 8 cijfers.');
        pin.focus();
        return;
      }
      pin.removeAttribute('aria-invalid');
      resetPin(this.challengeId, this.team.id, pupil.id, pin.value.trim())
        .then(() => {
          pin.value = '';
          status.textContent = `${pupil.nickname} meldt zich voortaan aan met de nieuwe PIN.`;
        })
        .catch((error: unknown) => alert.showError('De PIN instellen lukte niet.', error));
    });

    const erase = h('button', { type: 'button', class: 'button button-quiet' }, 'Gegevens wissen');
    erase.addEventListener('click', () => void this.erase(pupil, alert));

    return h(
      'li',
      { class: 'pupil', 'data-pupil-id': pupil.id },
      h('h5', { class: 'pupil-name' }, pupil.nickname),
      h('p', { class: 'hint' }, `Lid sinds ${formatDate(pupil.joinedAt)}.`),
      h('fieldset', { class: 'consent' }, h('legend', {}, `Toestemming van ${pupil.nickname}`), ...boxes, recordedLine),
      h('div', { class: 'field pin-field' }, h('label', { for: pinId }, `Nieuwe PIN voor ${pupil.nickname}`), h('div', { class: 'pin-row' }, pin, pinButton)),
      h(
        'p',
        { class: 'pupil-actions' },
        h('a', { class: 'button button-secondary', href: exportUrl(this.challengeId, this.team.id, pupil.id), download: `${pupil.nickname}.json` }, 'Gegevens downloaden'),
        erase,
      ),
      alert.element,
      status,
    );
  }

  private async erase(pupil: Pupil, alert: Alert): Promise<void> {
    const sure = await confirmAction(
      `De gegevens van ${pupil.nickname} wissen?`,
      `De bijnaam, PIN en toestemmingen van ${pupil.nickname} worden gewist en de tablet meldt af. ` +
        'Wat het team samen bereikte, zoals de badges, blijft bij het team. Wissen kan niet ongedaan worden gemaakt.',
      'Ja, wissen',
    );
    if (!sure) return;
    try {
      await erasePupil(this.challengeId, this.team.id, pupil.id);
      await this.refresh();
    } catch (error) {
      alert.showError('Wissen lukte niet.', error);
    }
  }
}
