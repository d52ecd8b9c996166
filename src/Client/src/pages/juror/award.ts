import { newIdempotencyKey } from '../../api/core';
import { ProblemError } from '../../api/problems';
import type { ChallengeDetail } from '../../api/types';
import { h } from '../../ui/dom';
import { localized, t } from '../../i18n/i18n';
import { awardBadge, getBadges, LANGUAGE_WARNING, revokeBadge, type Badge } from '../../api/juror';

const FEEDBACK_MAX = 1000;

/**
 * Awards a badge to one team: the competence, its four levels side by side with their descriptors, the evidence picked
 * in the queue and appreciative feedback in two parts. Flagged wording shows the phrases; saving anyway takes a second,
 * deliberate click. Below it, the team's badges, each revocable with a reason.
 */
export class JurorAwardForm {
  readonly element: HTMLElement;
  private readonly competence = h('select', { id: 'award-competence', required: true });
  private readonly levels = h('fieldset', { class: 'juror-levels' });
  private readonly shown = h('textarea', { id: 'award-shown', required: true, maxlength: FEEDBACK_MAX, rows: 3 });
  private readonly nextStep = h('textarea', { id: 'award-next', maxlength: FEEDBACK_MAX, rows: 2 });
  private readonly warning = h('div', { class: 'juror-warning', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private readonly badges = h('ul', { class: 'juror-badges' });
  private idempotencyKey = newIdempotencyKey();

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: { id: string; name: string },
    private readonly milestoneIds: string[],
    competenceId: string,
    private readonly onAwarded: () => void,
  ) {
    this.competence.append(...challenge.competences.map((c) => h('option', { value: c.id }, localized(c.name))));
    if (competenceId) this.competence.value = competenceId;
    this.competence.addEventListener('change', () => this.showLevels());
    const save = h('button', { type: 'submit', class: 'button' }, t('award.submit'));
    const form = h(
      'form',
      { class: 'juror-award', 'aria-labelledby': 'award-heading', novalidate: true },
      h('h2', { id: 'award-heading' }, t('award.heading', { team: team.name })),
      h('p', {}, milestoneIds.length === 0 ? t('award.noEvidence') : t('award.evidence', { count: milestoneIds.length })),
      h('div', { class: 'field' }, h('label', { for: 'award-competence' }, t('juror.competence')), this.competence),
      this.levels,
      h('div', { class: 'field' }, h('label', { for: 'award-shown' }, t('award.shown')), this.shown),
      h('div', { class: 'field' }, h('label', { for: 'award-next' }, t('award.nextStep')), this.nextStep),
      this.warning,
      save,
      this.status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save(false);
    });
    this.element = h('div', {}, form, h('h3', {}, t('award.teamBadges', { team: team.name })), this.badges);
    this.showLevels();
    void this.showBadges();
  }

  focus(): void {
    this.competence.focus();
  }

  private showLevels(): void {
    const competence = this.challenge.competences.find((c) => c.id === this.competence.value);
    this.levels.replaceChildren(
      h('legend', {}, t('award.level')),
      ...(competence?.levels ?? []).map((level) =>
        h(
          'label',
          { class: 'juror-level' },
          h('input', { type: 'radio', name: 'award-level', value: level.level, required: true }),
          h('strong', {}, `${level.level}. ${localized(level.name)}`),
          h('span', {}, localized(level.descriptor)),
        ),
      ),
    );
  }

  private async save(acknowledged: boolean): Promise<void> {
    const level = Number(this.levels.querySelector<HTMLInputElement>('input:checked')?.value ?? 0);
    if (!level || !this.shown.value.trim()) {
      this.status.textContent = t('award.needLevel');
      return;
    }
    this.warning.replaceChildren();
    try {
      const badge = await awardBadge(this.challenge.id, this.team.id, {
        competenceId: this.competence.value,
        level,
        shown: this.shown.value,
        nextStep: this.nextStep.value,
        milestoneIds: this.milestoneIds,
        acknowledgeLanguageWarning: acknowledged,
      }, this.idempotencyKey);
      this.idempotencyKey = newIdempotencyKey();
      this.status.textContent = t('award.awarded', { competence: this.nameOf(badge), level: badge.level });
      this.onAwarded();
      await this.showBadges();
    } catch (error) {
      this.showProblem(error);
    }
  }

  private showProblem(error: unknown): void {
    if (error instanceof ProblemError && error.problem.title === LANGUAGE_WARNING) {
      const phrases = Object.values(error.problem.errors ?? {}).flat();
      const anyway = h('button', { type: 'button', class: 'button-secondary' }, t('award.saveAnyway'));
      anyway.addEventListener('click', () => void this.save(true));
      this.warning.replaceChildren(
        h('p', {}, t('award.flagged', { phrases: phrases.map((p) => `“${p}”`).join(', ') })),
        anyway,
      );
      return;
    }
    this.warning.replaceChildren(h('p', {}, error instanceof ProblemError ? error.message : t('award.saveFailed')));
  }

  private async showBadges(): Promise<void> {
    const badges = await getBadges(this.challenge.id, this.team.id);
    this.badges.replaceChildren(...badges.map((badge) => this.renderBadge(badge)));
  }

  private renderBadge(badge: Badge): HTMLElement {
    const text = `${t('award.badgeLine', { competence: this.nameOf(badge), level: badge.level })}${badge.jurorName ? ` (${badge.jurorName})` : ''}`;
    if (badge.revocation) return h('li', { class: 'juror-revoked' }, t('award.revokedLine', { badge: text, reason: badge.revocation.reason }));
    const reason = h('input', { type: 'text', id: `revoke-${badge.id}`, maxlength: 500 });
    const revoke = h('button', { type: 'button', class: 'button-secondary' }, t('award.revoke'));
    revoke.addEventListener('click', () => {
      if (!reason.value.trim()) {
        reason.focus();
        return;
      }
      void revokeBadge(this.challenge.id, this.team.id, badge.id, reason.value)
        .then(() => this.showBadges())
        .catch((error: unknown) => this.showProblem(error));
    });
    return h('li', {}, text, ' ', h('label', { for: `revoke-${badge.id}` }, t('award.reason')), reason, revoke);
  }

  private nameOf(badge: Badge): string {
    return localized(this.challenge.competences.find((c) => c.id === badge.competenceId)?.name) || badge.competenceId;
  }
}
