import type { Id, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import { Alert, confirmAction, statusLine, uniqueId } from '../../ui/forms';
import { erasePupil, exportUrl, getPupils, resetPin, setConsent, type ConsentChannel, type Pupil } from '../../api/pupils';
import { t } from '../../i18n/i18n';
import { onPush, watch } from '../../live/hub';
import { hubMessages, hubMethods } from '../../live/hub-contract';

const channels: { channel: ConsentChannel; label: string }[] = [
  { channel: 'wall', label: t('coach.pupils.consentWall') },
  { channel: 'showcase', label: t('coach.pupils.consentShowcase') },
  { channel: 'photos', label: t('coach.pupils.consentPhotos') },
];

function recorded(pupil: Pupil): string {
  const { recordedAt, recordedBy } = pupil.consent;
  return recordedAt
    ? recordedBy
      ? t('coach.pupils.recordedOnBy', { date: formatDate(recordedAt), by: recordedBy })
      : t('coach.pupils.recordedOn', { date: formatDate(recordedAt) })
    : t('coach.pupils.nothingRecorded');
}

/**
 * A team's pupils for their coach: consent per channel, a new PIN, their data to download or erase. Watched on the hub, so
 * a pupil who joins appears at once; a pupil's element is kept while the list changes, so a PIN being typed survives.
 */
export class PupilList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'pupil-list' });
  private readonly alert = new Alert();
  private readonly joinedLine = statusLine();
  private readonly elements = new Map<string, HTMLElement>();
  private pupils: Pupil[] = [];

  constructor(
    private readonly challengeId: Id,
    private readonly team: Team,
    private readonly changed: (withoutConsent: number, joined: boolean) => void = () => undefined,
  ) {
    const refresh = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('coach.pupils.refresh'));
    refresh.addEventListener('click', () => void this.refresh());
    this.element = h('div', { class: 'pupils', id: `consent-${team.id}`, tabindex: -1 }, h('h4', {}, t('coach.pupils.heading', { team: team.name })), this.alert.element, this.list, this.joinedLine, refresh);
  }

  /** The pupils arrive on connecting and after every reconnect, each pupil who joins in between. */
  start(): void {
    onPush(hubMessages.pupilJoined, ({ pupil }) => {
      if (pupil.teamId !== this.team.id || !this.element.isConnected) return;
      this.show([...this.pupils.filter((p) => p.id !== pupil.id), pupil], true);
      this.joinedLine.textContent = t('coach.pupils.joined', { nickname: pupil.nickname });
    });
    watch({
      method: hubMethods.watchTeamPupils,
      args: [this.challengeId, this.team.id],
      adopt: (pupils) => this.show(pupils, false),
      onStatus: () => undefined,
      refused: (error) => this.alert.showError(t('coach.failed.pupils'), error),
      alive: () => this.element.isConnected,
    });
  }

  async refresh(): Promise<void> {
    try {
      const pupils = await getPupils(this.challengeId, this.team.id);
      this.alert.clear();
      this.elements.clear();
      this.show(pupils, false);
    } catch (error) {
      this.alert.showError(t('coach.failed.pupils'), error);
    }
  }

  private show(pupils: Pupil[], joined: boolean): void {
    this.pupils = [...pupils].sort((a, b) => a.nickname.localeCompare(b.nickname, 'nl-BE'));
    const kept = new Map(this.pupils.map((pupil) => [pupil.id, this.elements.get(pupil.id) ?? this.render(pupil)]));
    this.elements.clear();
    for (const [id, element] of kept) this.elements.set(id, element);
    this.list.replaceChildren(...(this.pupils.length === 0 ? [h('li', { class: 'hint' }, t('coach.pupils.none'))] : kept.values()));
    this.changed(this.withoutConsent(), joined);
  }

  private withoutConsent(): number {
    return this.pupils.filter((pupil) => !pupil.consent.recordedAt).length;
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
            this.pupils = this.pupils.map((p) => (p.id === saved.id ? saved : p));
            this.changed(this.withoutConsent(), false);
            recordedLine.textContent = recorded(saved);
            status.textContent = t('coach.pupils.consentSaved', { label, answer: t(saved.consent[channel] ? 'coach.pupils.yes' : 'coach.pupils.no'), nickname: saved.nickname });
          })
          .catch((error: unknown) => {
            box.checked = !box.checked;
            alert.showError(t('coach.failed.save'), error);
          });
      });
      return h('label', { class: 'checkbox', for: id }, box, h('span', {}, label));
    });

    const pinId = uniqueId('pin');
    const pin = h('input', { id: pinId, type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: 8, autocomplete: 'off', class: 'pin-input' });
    const pinButton = h('button', { type: 'button', class: 'button button-secondary' }, t('coach.pupils.setPin'));
    pinButton.addEventListener('click', () => {
      alert.clear();
      status.textContent = '';
      if (!/^\d{4,8}$/.test(pin.value.trim())) {
        pin.setAttribute('aria-invalid', 'true');
        alert.show(t('coach.pupils.pinProblem'));
        pin.focus();
        return;
      }
      pin.removeAttribute('aria-invalid');
      resetPin(this.challengeId, this.team.id, pupil.id, pin.value.trim())
        .then(() => {
          pin.value = '';
          status.textContent = t('coach.pupils.pinSet', { nickname: pupil.nickname });
        })
        .catch((error: unknown) => alert.showError(t('coach.failed.pin'), error));
    });

    const erase = h('button', { type: 'button', class: 'button button-quiet' }, t('coach.pupils.erase'));
    erase.addEventListener('click', () => void this.erase(pupil, alert));

    return h(
      'li',
      { class: 'pupil', 'data-pupil-id': pupil.id },
      h('h5', { class: 'pupil-name' }, pupil.nickname),
      h('p', { class: 'hint' }, t('coach.pupils.memberSince', { date: formatDate(pupil.joinedAt) })),
      h('fieldset', { class: 'consent' }, h('legend', {}, t('coach.pupils.consentOf', { nickname: pupil.nickname })), ...boxes, recordedLine),
      h('div', { class: 'field pin-field' }, h('label', { for: pinId }, t('coach.pupils.newPinFor', { nickname: pupil.nickname })), h('div', { class: 'pin-row' }, pin, pinButton)),
      h(
        'p',
        { class: 'pupil-actions' },
        h('a', { class: 'button button-secondary', href: exportUrl(this.challengeId, this.team.id, pupil.id), download: `${pupil.nickname}.json` }, t('coach.pupils.download')),
        erase,
      ),
      alert.element,
      status,
    );
  }

  private async erase(pupil: Pupil, alert: Alert): Promise<void> {
    const sure = await confirmAction(
      t('coach.pupils.eraseQuestion', { nickname: pupil.nickname }),
      t('coach.pupils.eraseDetail', { nickname: pupil.nickname }),
      t('coach.pupils.eraseConfirm'),
    );
    if (!sure) return;
    try {
      await erasePupil(this.challengeId, this.team.id, pupil.id);
      await this.refresh();
    } catch (error) {
      alert.showError(t('coach.failed.erase'), error);
    }
  }
}
