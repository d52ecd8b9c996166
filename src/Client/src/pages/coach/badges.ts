import '../../ui/badges.css';
import type { ChallengeDetail, Id, Team } from '../../api/types';
import { attributeBadge, getAttributions } from '../../api/badges';
import { h } from '../../ui/dom';
import { getBadges, type Badge } from '../../api/juror';
import { Alert, statusLine, uniqueId } from '../../ui/forms';
import { getPupils, type Pupil } from '../../api/pupils';
import { localized, t } from '../../i18n/i18n';

/**
 * A team's badges for their coach: per standing badge, the pupils who showed it, so that each also gets it in their own
 * name. Revoked badges are listed without a choice: they are attributed to no one.
 */
export class BadgeAttributionList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { class: 'badge-attributions' });
  private readonly alert = new Alert();

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: Team,
  ) {
    this.element = h(
      'div',
      { class: 'coach-badges' },
      h('h4', {}, t('badges.coach.heading', { team: team.name })),
      h('p', { class: 'hint' }, t('badges.coach.explain')),
      this.alert.element,
      this.list,
    );
  }

  async refresh(): Promise<void> {
    try {
      const [badges, pupils, attributions] = await Promise.all([
        getBadges(this.challenge.id, this.team.id),
        getPupils(this.challenge.id, this.team.id),
        getAttributions(this.challenge.id, this.team.id),
      ]);
      const attributed = new Map(attributions.map((a) => [String(a.badgeId), a.pupilIds.map(String)]));
      this.alert.clear();
      this.list.replaceChildren(
        ...(badges.length === 0
          ? [h('li', { class: 'hint' }, t('badges.coach.none'))]
          : badges.map((badge) => this.render(badge, pupils, attributed.get(String(badge.id)) ?? []))),
      );
    } catch (error) {
      this.alert.showError(t('badges.coach.loadFailed'), error);
    }
  }

  private name(badge: Badge): string {
    const competence = this.challenge.competences.find((c) => c.id === badge.competenceId);
    return t('badges.coach.badge', { competence: localized(competence?.name) || badge.competenceId, level: badge.level });
  }

  private render(badge: Badge, pupils: Pupil[], attributedTo: Id[]): HTMLElement {
    const name = this.name(badge);
    const item = h('li', { class: 'badge-attribution', 'data-badge-id': badge.id }, h('h5', {}, name));
    if (badge.revocation) {
      item.append(h('p', { class: 'hint' }, t('badges.coach.revoked', { reason: badge.revocation.reason })));
      return item;
    }
    const summary = h('p', { class: 'badge-attributed-to' }, whom(attributedTo, pupils));
    item.append(summary);
    if (pupils.length === 0) {
      item.append(h('p', { class: 'hint' }, t('badges.coach.noPupils')));
      return item;
    }
    const boxes = pupils.map((pupil) => {
      const id = uniqueId('attribute');
      const box = h('input', { type: 'checkbox', id, value: pupil.id, checked: attributedTo.includes(String(pupil.id)) });
      return { pupil, box, label: h('label', { class: 'checkbox', for: id }, box, h('span', {}, pupil.nickname)) };
    });
    const alert = new Alert();
    const status = statusLine();
    const save = h('button', { type: 'button', class: 'button button-secondary', 'aria-label': t('badges.coach.saveLabel', { badge: name }) }, t('badges.coach.save'));
    let sending = false;
    save.addEventListener('click', () => {
      if (sending) return;
      sending = true;
      alert.clear();
      status.textContent = '';
      const chosen = boxes.filter(({ box }) => box.checked).map(({ pupil }) => pupil.id);
      attributeBadge(this.challenge.id, this.team.id, badge.id, chosen)
        .then((saved) => {
          summary.textContent = whom(saved.pupilIds.map(String), pupils);
          status.textContent = t('badges.coach.saved', { badge: name });
        })
        .catch((error: unknown) => alert.showError(t('badges.coach.saveFailed'), error))
        .finally(() => (sending = false));
    });
    item.append(
      h('fieldset', { class: 'consent' }, h('legend', {}, t('badges.coach.whoShowed', { badge: name })), ...boxes.map(({ label }) => label)),
      h('div', { class: 'form-actions' }, save),
      alert.element,
      status,
    );
    return item;
  }
}

/** The nicknames in the order the coach chose them; a pupil erased since then is simply no longer named. */
function whom(pupilIds: Id[], pupils: Pupil[]): string {
  const names = pupilIds.flatMap((id) => pupils.filter((p) => String(p.id) === String(id)).map((p) => p.nickname));
  return names.length === 0 ? t('badges.coach.attributedToNoOne') : t('badges.coach.attributedTo', { pupils: names.join(', ') });
}
