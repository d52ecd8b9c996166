import { newIdempotencyKey } from '../../api/core';
import { isProblem, ProblemError } from '../../api/problems';
import type { ChallengeDetail } from '../../api/types';
import { h } from '../../ui/dom';
import { refusalText } from '../../ui/problems';
import { localized, t } from '../../i18n/i18n';
import { awardBadge, getBadges, revokeBadge, type Badge } from '../../api/juror';
import { badgeItem } from './badge-item';

const FEEDBACK_MAX = 1000;

/**
 * Awards a badge to one team: the competence (with its prerequisite named as soon as it is chosen), its four levels with
 * their descriptors, the evidence picked in the queue and/or what the juror saw in person, and appreciative feedback in
 * two parts. One submission has one Idempotency-Key and the button waits for the answer, so a double click makes one
 * badge; after a badge is saved the form is empty again. Below it, the team's badges, each revocable with a reason.
 */
export class JurorAwardForm {
  readonly element: HTMLElement;
  private readonly competence = h('select', { id: 'award-competence', required: true });
  private readonly prerequisite = h('p', { class: 'juror-prerequisite', id: 'award-prerequisite', role: 'status' });
  private readonly levels = h('fieldset', { class: 'juror-levels' });
  private readonly observation = h('textarea', { id: 'award-observation', maxlength: FEEDBACK_MAX, rows: 3, 'aria-describedby': 'award-observation-hint' });
  private readonly shown = h('textarea', { id: 'award-shown', required: true, maxlength: FEEDBACK_MAX, rows: 3 });
  private readonly nextStep = h('textarea', { id: 'award-next', maxlength: FEEDBACK_MAX, rows: 2 });
  private readonly warning = h('div', { class: 'juror-warning', role: 'alert' });
  private readonly status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private readonly save = h('button', { type: 'submit', class: 'button' }, t('award.submit'));
  private readonly badges = h('ul', { class: 'juror-badges' });
  private standing: Badge[] = [];
  private idempotencyKey = newIdempotencyKey();
  private sending = false;

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: { id: string; name: string },
    private readonly milestoneIds: string[],
    competenceId: string,
    private readonly onAwarded: () => void,
  ) {
    this.competence.append(...challenge.competences.map((c) => h('option', { value: c.id }, localized(c.name))));
    if (competenceId) this.competence.value = competenceId;
    this.competence.addEventListener('change', () => this.showCompetence());
    const count = milestoneIds.length;
    const form = h(
      'form',
      { class: 'juror-award', 'aria-labelledby': 'award-heading', novalidate: true },
      h('h2', { id: 'award-heading' }, t('award.heading', { team: team.name })),
      h('p', {}, count === 0 ? t('award.noEvidence') : t(count === 1 ? 'award.evidence.one' : 'award.evidence.other', { count })),
      h('div', { class: 'field' }, h('label', { for: 'award-competence' }, t('juror.competence')), this.competence),
      this.prerequisite,
      this.levels,
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'award-observation' }, t('award.observation')),
        this.observation,
        h('p', { class: 'hint', id: 'award-observation-hint' }, t(count === 0 ? 'award.observationNeeded' : 'award.observationHint')),
      ),
      h('div', { class: 'field' }, h('label', { for: 'award-shown' }, t('award.shown')), this.shown),
      h('div', { class: 'field' }, h('label', { for: 'award-next' }, t('award.nextStep')), this.nextStep),
      this.warning,
      this.save,
      this.status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(false);
    });
    this.element = h('div', {}, form, h('h3', {}, t('award.teamBadges', { team: team.name })), this.badges);
    this.showCompetence();
    void this.showBadges();
  }

  focus(): void {
    this.competence.focus();
  }

  private showCompetence(): void {
    const competence = this.challenge.competences.find((c) => c.id === this.competence.value);
    this.levels.replaceChildren(
      h('legend', {}, t('award.level')),
      ...(competence?.levels ?? []).map((level) =>
        h(
          'label',
          { class: 'juror-level' },
          h('span', { class: 'juror-level-choice' }, h('input', { type: 'radio', name: 'award-level', value: level.level, required: true }), h('strong', {}, `${level.level}. ${localized(level.name)}`)),
          h('span', { class: 'juror-level-descriptor' }, localized(level.descriptor)),
        ),
      ),
    );
    this.showPrerequisite();
  }

  /** Safety first: the form says which badge the team needs before this one as soon as the competence is chosen. */
  private showPrerequisite(): void {
    const required = this.challenge.competences.find((c) => c.id === this.competence.value)?.requires;
    const held = !required || this.standing.some((badge) => badge.competenceId === required && !badge.revocation);
    this.prerequisite.textContent = held ? '' : t('award.requires', { competence: this.nameOf(required ?? '') });
  }

  private async submit(acknowledged: boolean): Promise<void> {
    if (this.sending) return;
    const level = Number(this.levels.querySelector<HTMLInputElement>('input:checked')?.value ?? 0);
    if (!level || !this.shown.value.trim() || (this.milestoneIds.length === 0 && !this.observation.value.trim())) {
      this.status.textContent = t(this.milestoneIds.length === 0 ? 'award.needObservation' : 'award.needLevel');
      return;
    }
    this.warning.replaceChildren();
    this.sending = true;
    this.save.disabled = true;
    try {
      const badge = await awardBadge(this.challenge.id, this.team.id, {
        competenceId: this.competence.value,
        level,
        shown: this.shown.value,
        nextStep: this.nextStep.value,
        milestoneIds: this.milestoneIds,
        observation: this.observation.value,
        acknowledgeLanguageWarning: acknowledged,
      }, this.idempotencyKey);
      this.idempotencyKey = newIdempotencyKey();
      this.clear();
      this.status.textContent = t('award.awarded', { competence: this.nameOf(badge.competenceId), level: badge.level });
      this.onAwarded();
      await this.showBadges();
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.sending = false;
      this.save.disabled = false;
    }
  }

  private clear(): void {
    for (const field of [this.observation, this.shown, this.nextStep]) field.value = '';
    for (const radio of this.levels.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = false;
  }

  private showProblem(error: unknown): void {
    if (error instanceof ProblemError && error.is('language-warning')) {
      const phrases = Object.values(error.problem.errors ?? {}).flat();
      const anyway = h('button', { type: 'button', class: 'button button-secondary' }, t('award.saveAnyway'));
      anyway.addEventListener('click', () => void this.submit(true));
      this.warning.replaceChildren(h('p', {}, t('award.flagged', { phrases: phrases.map((p) => `“${p}”`).join(', ') })), anyway);
      return;
    }
    if (isProblem(error, 'prerequisite-missing')) {
      const required = this.challenge.competences.find((c) => c.id === this.competence.value)?.requires ?? '';
      this.warning.replaceChildren(h('p', {}, t('award.requires', { competence: this.nameOf(required) })));
      return;
    }
    this.warning.replaceChildren(h('p', {}, refusalText(error, t('award.saveFailed'))));
  }

  private async showBadges(): Promise<void> {
    this.standing = await getBadges(this.challenge.id, this.team.id);
    this.badges.replaceChildren(...this.standing.map((badge) => badgeItem(badge, this.nameOf(badge.competenceId), (reason) => this.revoke(badge, reason))));
    this.showPrerequisite();
  }

  private revoke(badge: Badge, reason: string): void {
    void revokeBadge(this.challenge.id, this.team.id, badge.id, reason)
      .then(() => this.showBadges())
      .catch((error: unknown) => this.showProblem(error));
  }

  private nameOf(competenceId: string): string {
    return localized(this.challenge.competences.find((c) => c.id === competenceId)?.name) || competenceId;
  }
}
