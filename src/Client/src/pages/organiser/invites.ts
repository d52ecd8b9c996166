import type { ChallengeDetail } from '../../api/types';
import { createInvite, type InviteCreated, type InvitedRole } from '../../api/account';
import { getSeason } from '../../api/season';
import { roleWords } from '../../ui/account';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import type { OrganiserSection } from './section';
import { InviteList } from './invite-list';
import { Alert, statusLine, uniqueId } from '../../ui/forms';
import { t } from '../../i18n/i18n';

const DAYS_DEFAULT = 14;
const DAYS_MAX = 60;

const roles: { role: InvitedRole; hint: string }[] = [
  { role: 'coach', hint: t('organiser.invites.coachHint') },
  { role: 'juror', hint: t('organiser.invites.jurorHint') },
  { role: 'employer', hint: t('organiser.invites.employerHint') },
  { role: 'funder', hint: t('organiser.invites.funderHint') },
];

/** Invites coaches, jurors, employers and sector-fund staff to this challenge: a single-use link and its QR code, valid for some days. */
export class InvitesSection implements OrganiserSection {
  readonly element: HTMLElement;
  private readonly role = h(
    'select',
    { id: 'invite-role', 'aria-describedby': 'invite-role-hint' },
    ...roles.map(({ role }) => h('option', { value: role }, `${roleWords[role].charAt(0).toUpperCase()}${roleWords[role].slice(1)}`)),
  );
  /** Jurors and employers may work at one venue of the season; the whole season is the default. */
  private readonly venue = h('select', { id: 'invite-venue', 'aria-describedby': 'invite-venue-hint' }, h('option', { value: '' }, t('organiser.invites.wholeSeason')));
  private readonly venueNames = new Map<string, string>();
  private readonly venueField = h(
    'div',
    { class: 'field' },
    h('label', { for: this.venue.id }, t('organiser.invites.venue')),
    this.venue,
    h('p', { class: 'hint', id: 'invite-venue-hint' }, t('organiser.invites.venueHint')),
  );
  private readonly days = h('input', { id: 'invite-days', type: 'number', min: 1, max: DAYS_MAX, value: DAYS_DEFAULT, inputmode: 'numeric' });
  private readonly alert = new Alert();
  private readonly status = statusLine();
  private readonly list = h('ul', { class: 'invite-list' });
  private readonly overview: InviteList;
  private sending = false;

  constructor(private challenge: ChallengeDetail) {
    this.overview = new InviteList(challenge.id, (created) => {
      this.list.prepend(this.render(created));
      this.status.textContent = t('organiser.invites.resent', { role: roleWords[created.invite.role] });
    });
    const heading = h('h2', { id: 'invites-heading' }, t('organiser.invites.heading'));
    const form = h(
      'form',
      { class: 'invite-form', novalidate: true, 'aria-label': t('organiser.invites.create') },
      h(
        'div',
        { class: 'field' },
        h('label', { for: this.role.id }, t('organiser.invites.who')),
        this.role,
        h('ul', { class: 'hint', id: 'invite-role-hint' }, ...roles.map(({ role, hint }) => h('li', {}, t('organiser.invites.roleHint', { role: roleWords[role], hint })))),
      ),
      this.venueField,
      h('div', { class: 'field' }, h('label', { for: this.days.id }, t('organiser.invites.days')), this.days),
      this.alert.element,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('organiser.invites.create')), this.status),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.create();
    });
    this.element = h(
      'section',
      { class: 'panel', id: 'uitnodigingen', 'aria-labelledby': heading.id },
      heading,
      h('p', { class: 'section-note' }, t('organiser.invites.intro')),
      form,
      this.list,
      this.overview.element,
    );
    this.role.addEventListener('change', () => this.showVenue());
    this.showVenue();
    void this.overview.refresh();
    void this.loadVenues();
  }

  update(challenge: ChallengeDetail): void {
    this.challenge = challenge;
  }

  private forVenue(): boolean {
    return this.role.value === 'juror' || this.role.value === 'employer';
  }

  private showVenue(): void {
    this.venueField.hidden = !this.forVenue() || this.venue.options.length < 2;
  }

  /** Without venues (a challenge that is one event) the picker stays hidden and every invite is for the whole season. */
  private async loadVenues(): Promise<void> {
    try {
      const season = await getSeason(this.challenge.id);
      const options = season.rounds.flatMap((round) =>
        round.venues.map((venue) => {
          this.venueNames.set(String(venue.id), venue.name);
          return h('option', { value: String(venue.id) }, t('organiser.invites.venueOption', { round: round.name, venue: venue.name }));
        }),
      );
      this.venue.append(...options);
    } catch {
      // The season could not be read now: invites stay possible for the whole season.
    }
    this.showVenue();
  }

  private async create(): Promise<void> {
    if (this.sending) return;
    const days = Number(this.days.value);
    if (!Number.isInteger(days) || days < 1 || days > DAYS_MAX) {
      this.days.setAttribute('aria-invalid', 'true');
      this.alert.show(t('organiser.invites.daysProblem', { max: DAYS_MAX }));
      this.days.focus();
      return;
    }
    this.days.removeAttribute('aria-invalid');
    this.sending = true;
    this.alert.clear();
    this.status.textContent = '';
    try {
      const venueId = this.forVenue() && this.venue.value !== '' ? this.venue.value : undefined;
      const created = await createInvite(this.challenge.id, this.role.value as InvitedRole, days, venueId);
      this.list.prepend(this.render(created));
      this.status.textContent = t('organiser.invites.created', { role: roleWords[created.invite.role] });
      void this.overview.refresh();
    } catch (error) {
      this.alert.showError(t('organiser.failed.invite'), error);
    } finally {
      this.sending = false;
    }
  }

  private render({ invite, link, qrCodeSvg }: InviteCreated): HTMLElement {
    const linkId = uniqueId('invite-link');
    const field = h('input', { id: linkId, type: 'text', readonly: true, value: link, class: 'invite-link' });
    const copied = h('span', { class: 'form-status', role: 'status' });
    const copy = h('button', { type: 'button', class: 'button button-secondary' }, t('organiser.invites.copy'));
    copy.addEventListener('click', () => {
      field.select();
      const done = () => (copied.textContent = t('organiser.invites.copied'));
      // The clipboard API needs a secure context; a school server on plain http falls back to the selected text.
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(link).then(done, () => (copied.textContent = t('organiser.invites.copyByHand')));
      else copied.textContent = document.execCommand('copy') ? t('organiser.invites.copied') : t('organiser.invites.copyByHand');
    });
    // An <img> shows the server's SVG without running anything inside it.
    const qr = h('img', {
      class: 'invite-qr',
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrCodeSvg)}`,
      alt: t('organiser.invites.qrAlt', { role: roleWords[invite.role] }),
      width: 180,
      height: 180,
    });
    return h(
      'li',
      { class: 'invite', 'data-invite-code': invite.code },
      h('h3', {}, t('organiser.invites.inviteFor', { role: roleWords[invite.role] })),
      h('p', {}, t('organiser.invites.validUntil', { date: formatDate(invite.expiresAt) })),
      ...(invite.venueId ? [h('p', {}, t('organiser.invites.atVenue', { venue: this.venueNames.get(String(invite.venueId)) ?? '' }))] : []),
      h('div', { class: 'field' }, h('label', { for: linkId }, t('organiser.invites.link')), field),
      h('div', { class: 'form-actions' }, copy, copied),
      qr,
    );
  }
}
