import { listInvites, resendInvite, withdrawInvite, type InviteCreated, type InviteStatus } from '../../api/account';
import { roleWords } from '../../ui/account';
import { h } from '../../ui/dom';
import { formatDate } from '../../ui/labels';
import { Alert } from '../../ui/forms';
import { t } from '../../i18n/i18n';

/**
 * Every invite of the challenge, newest first, with where it stands (sent, accepted, expired, withdrawn). One not yet
 * accepted can be withdrawn (its link stops working) or sent again (a new link and QR code, the old one withdrawn).
 */
export class InviteList {
  private readonly rows = h('tbody');
  private readonly alert = new Alert();
  private asked = 0;
  readonly element: HTMLElement;

  constructor(
    private readonly challengeId: string,
    private readonly onResent: (created: InviteCreated) => void,
  ) {
    this.element = h(
      'div',
      { class: 'invite-overview' },
      h('h3', { id: 'invite-overview-heading' }, t('organiser.invites.all')),
      this.alert.element,
      h(
        'div',
        { class: 'table-wrap', role: 'region', 'aria-labelledby': 'invite-overview-heading', tabindex: 0 },
        h(
          'table',
          { class: 'invite-table' },
          h('thead', {}, h('tr', {}, ...(['organiser.invites.col.role', 'organiser.invites.col.state', 'organiser.invites.col.until', 'organiser.invites.col.actions'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
          this.rows,
        ),
      ),
    );
  }

  async refresh(): Promise<void> {
    // Answers can arrive out of order (two invites made quickly): only the latest request may draw the list.
    const asked = ++this.asked;
    try {
      const invites = await listInvites(this.challengeId);
      if (asked !== this.asked) return;
      this.rows.replaceChildren(
        ...(invites.length === 0 ? [h('tr', {}, h('td', { colspan: 4 }, t('organiser.invites.none')))] : invites.map((status) => this.row(status))),
      );
    } catch (error) {
      this.alert.showError(t('organiser.failed.list'), error);
    }
  }

  private row({ invite, state }: InviteStatus): HTMLElement {
    const role = roleWords[invite.role];
    const actions = h('td', { class: 'invite-actions' });
    if (state === 'sent' || state === 'expired') {
      const resend = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('organiser.invites.resend'));
      resend.setAttribute('aria-label', t('organiser.invites.resendLabel', { role, date: formatDate(invite.createdAt) }));
      resend.addEventListener('click', () => void this.act(() => resendInvite(this.challengeId, invite.code).then(this.onResent)));
      actions.append(resend);
    }
    if (state === 'sent') {
      const withdraw = h('button', { type: 'button', class: 'button button-secondary button-small' }, t('organiser.invites.withdraw'));
      withdraw.setAttribute('aria-label', t('organiser.invites.withdrawLabel', { role, date: formatDate(invite.createdAt) }));
      withdraw.addEventListener('click', () => void this.act(() => withdrawInvite(this.challengeId, invite.code)));
      actions.append(' ', withdraw);
    }
    return h(
      'tr',
      { 'data-invite-code': invite.code },
      h('td', {}, role),
      h('td', {}, h('span', { class: `invite-state invite-state-${state}` }, t(`organiser.invites.state.${state}`))),
      h('td', {}, formatDate(invite.expiresAt)),
      actions,
    );
  }

  private async act(action: () => Promise<unknown>): Promise<void> {
    this.alert.clear();
    try {
      await action();
    } catch (error) {
      this.alert.showError(t('organiser.failed.invite'), error);
    }
    await this.refresh();
  }
}
