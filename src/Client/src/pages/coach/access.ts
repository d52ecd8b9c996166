import type { Id, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { formatClock, formatDate } from '../../ui/labels';
import { Alert, statusLine, uniqueId } from '../../ui/forms';
import {
  approveJoin, dismissJoin, getAccess, liftLock, setRoster, setRosterConsent,
  type ConsentChannel, type RosterEntry, type TeamAccess,
} from '../../api/pupils';
import { t } from '../../i18n/i18n';
import { onPush } from '../../live/hub';
import { hubMessages } from '../../live/hub-contract';

const channels: { channel: ConsentChannel; label: string }[] = [
  { channel: 'wall', label: t('coach.pupils.consentWall') },
  { channel: 'showcase', label: t('coach.pupils.consentShowcase') },
  { channel: 'photos', label: t('coach.pupils.consentPhotos') },
];

/**
 * Who may join a team, for its coach: the roster (with consent before the pupil joins), places for other nicknames,
 * nicknames waiting for approval, and pupils paused after wrong PINs.
 */
export class TeamAccessPanel {
  readonly element: HTMLElement;
  private readonly body = h('div', { class: 'access-body' });
  private readonly alert = new Alert();
  private readonly status = statusLine();

  constructor(
    private readonly challengeId: Id,
    private readonly team: Team,
  ) {
    this.element = h('section', { class: 'team-access' }, h('h4', {}, t('coach.access.heading', { team: team.name })), this.alert.element, this.body, this.status);
  }

  /** A nickname that asks to join shows up at once, ready to approve; the team's pupils watch (see PupilList) carries it. */
  start(): void {
    onPush(hubMessages.joinRequested, (request) => {
      if (request.teamId !== this.team.id || !this.element.isConnected) return;
      void this.refresh();
    });
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      this.show(await getAccess(this.challengeId, this.team.id));
    } catch (error) {
      this.alert.showError(t('coach.access.loadFailed'), error);
    }
  }

  private show(access: TeamAccess): void {
    this.alert.clear();
    this.body.replaceChildren(this.locks(access), this.pending(access), this.rosterForm(access), this.rosterConsent(access));
  }

  private locks(access: TeamAccess): HTMLElement {
    if (access.locks.length === 0) return h('p', { class: 'hint' }, t('coach.access.noLocks'));
    return h('div', { class: 'access-locks' }, h('h5', {}, t('coach.access.locksHeading')), h('ul', { class: 'access-list' }, ...access.locks.map((lock) => {
      const lift = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('coach.access.lift', { nickname: lock.nickname }));
      lift.addEventListener('click', () => this.act(liftLock(this.challengeId, this.team.id, lock.pupilId), t('coach.access.lifted', { nickname: lock.nickname })));
      return h('li', {}, h('span', {}, t('coach.access.pausedUntil', { nickname: lock.nickname, time: formatClock(lock.lockedUntil) })), lift);
    })));
  }

  private pending(access: TeamAccess): HTMLElement {
    if (access.pending.length === 0) return h('p', { class: 'hint' }, t('coach.access.noneWaiting'));
    return h('div', { class: 'access-pending' }, h('h5', {}, t('coach.access.waitingHeading')), h('ul', { class: 'access-list' }, ...access.pending.map((waiting) => {
      const approve = h('button', { type: 'button', class: 'button button-small' }, t('coach.access.approve', { nickname: waiting.nickname }));
      const dismiss = h('button', { type: 'button', class: 'button button-quiet button-small' }, t('coach.access.dismiss', { nickname: waiting.nickname }));
      approve.addEventListener('click', () => this.act(approveJoin(this.challengeId, this.team.id, waiting.id), t('coach.access.approved', { nickname: waiting.nickname })));
      dismiss.addEventListener('click', () => this.act(dismissJoin(this.challengeId, this.team.id, waiting.id), t('coach.access.dismissed', { nickname: waiting.nickname })));
      return h('li', {}, h('span', {}, t('coach.access.asked', { nickname: waiting.nickname, date: formatDate(waiting.requestedAt) })), approve, dismiss);
    })));
  }

  private rosterForm(access: TeamAccess): HTMLElement {
    const namesId = uniqueId('roster');
    const placesId = uniqueId('places');
    const approvalId = uniqueId('approval');
    const names = h('textarea', { id: namesId, rows: 4, 'aria-describedby': `${namesId}-hint` });
    names.value = access.roster.map((entry) => entry.nickname).join('\n');
    const places = h('input', { id: placesId, type: 'number', min: 0, max: 12, value: String(access.vacancies), class: 'places-input' });
    const approval = h('input', { id: approvalId, type: 'checkbox', checked: access.approvalRequired });
    const save = h('button', { type: 'submit', class: 'button button-secondary' }, t('coach.access.saveRoster'));
    const form = h(
      'form',
      { class: 'roster-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: namesId }, t('coach.access.rosterLabel')), names, h('p', { class: 'hint', id: `${namesId}-hint` }, t('coach.access.rosterHint'))),
      h('div', { class: 'field' }, h('label', { for: placesId }, t('coach.access.placesLabel')), places),
      h('label', { class: 'checkbox', for: approvalId }, approval, h('span', {}, t('coach.access.approvalLabel'))),
      h('div', { class: 'form-actions' }, save),
    );
    // Untouched, the choice stays the server's default: approval is asked once there is a roster.
    let approvalChosen = false;
    approval.addEventListener('change', () => { approvalChosen = true; });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const nicknames = names.value.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
      const approvalRequired = approvalChosen ? approval.checked : undefined;
      this.act(setRoster(this.challengeId, this.team.id, { nicknames, vacancies: Number(places.value) || 0, approvalRequired }), t('coach.access.rosterSaved'));
    });
    return form;
  }

  private rosterConsent(access: TeamAccess): HTMLElement {
    const waiting = access.roster.filter((entry) => !entry.pupilId);
    if (waiting.length === 0) return h('div');
    return h('div', { class: 'roster-consent' }, h('h5', {}, t('coach.access.consentHeading')), h('ul', { class: 'access-list' }, ...waiting.map((entry) => this.entryConsent(entry))));
  }

  private entryConsent(entry: RosterEntry): HTMLElement {
    const boxes = channels.map(({ channel, label }) => {
      const id = uniqueId(`roster-${channel}`);
      const box = h('input', { type: 'checkbox', id, checked: entry.consent[channel] });
      box.addEventListener('change', () => this.act(setRosterConsent(this.challengeId, this.team.id, entry.id, { [channel]: box.checked }), t('coach.access.consentSaved', { nickname: entry.nickname })));
      return h('label', { class: 'checkbox', for: id }, box, h('span', {}, label));
    });
    return h('li', {}, h('fieldset', { class: 'consent' }, h('legend', {}, t('coach.pupils.consentOf', { nickname: entry.nickname })), ...boxes));
  }

  private act(call: Promise<unknown>, done: string): void {
    this.alert.clear();
    this.status.textContent = '';
    call
      .then(() => this.refresh())
      .then(() => { this.status.textContent = done; })
      .catch((error: unknown) => this.alert.showError(t('coach.failed.save'), error));
  }
}
