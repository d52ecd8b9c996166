import { newIdempotencyKey, ProblemError, type ChallengeDetail } from './api';
import { h } from './dom';
import { awardBadge, getBadges, LANGUAGE_WARNING, revokeBadge, type Badge } from './juror-api';

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
    this.competence.append(...challenge.competences.map((c) => h('option', { value: c.id }, c.name.nl)));
    if (competenceId) this.competence.value = competenceId;
    this.competence.addEventListener('change', () => this.showLevels());
    const save = h('button', { type: 'submit', class: 'button' }, 'Badge toekennen');
    const form = h(
      'form',
      { class: 'juror-award', 'aria-labelledby': 'award-heading', novalidate: true },
      h('h2', { id: 'award-heading' }, `Badge voor ${team.name}`),
      h('p', {}, milestoneIds.length === 0 ? 'Geen mijlpaal als bewijs gekozen.' : `${milestoneIds.length} mijlpaal/mijlpalen als bewijs.`),
      h('div', { class: 'field' }, h('label', { for: 'award-competence' }, 'Competentie'), this.competence),
      this.levels,
      h('div', { class: 'field' }, h('label', { for: 'award-shown' }, 'Wat jullie lieten zien'), this.shown),
      h('div', { class: 'field' }, h('label', { for: 'award-next' }, 'Een volgende stap'), this.nextStep),
      this.warning,
      save,
      this.status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save(false);
    });
    this.element = h('div', {}, form, h('h3', {}, `Badges van ${team.name}`), this.badges);
    this.showLevels();
    void this.showBadges();
  }

  focus(): void {
    this.competence.focus();
  }

  private showLevels(): void {
    const competence = this.challenge.competences.find((c) => c.id === this.competence.value);
    this.levels.replaceChildren(
      h('legend', {}, 'Niveau'),
      ...(competence?.levels ?? []).map((level) =>
        h(
          'label',
          { class: 'juror-level' },
          h('input', { type: 'radio', name: 'award-level', value: level.level, required: true }),
          h('strong', {}, `${level.level}. ${level.name.nl}`),
          h('span', {}, level.descriptor?.nl ?? ''),
        ),
      ),
    );
  }

  private async save(acknowledged: boolean): Promise<void> {
    const level = Number(this.levels.querySelector<HTMLInputElement>('input:checked')?.value ?? 0);
    if (!level || !this.shown.value.trim()) {
      this.status.textContent = 'Kies een niveau en schrijf wat het team liet zien.';
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
      this.status.textContent = `Badge toegekend: ${this.nameOf(badge)} op niveau ${badge.level}.`;
      this.onAwarded();
      await this.showBadges();
    } catch (error) {
      this.showProblem(error);
    }
  }

  private showProblem(error: unknown): void {
    if (error instanceof ProblemError && error.problem.title === LANGUAGE_WARNING) {
      const phrases = Object.values(error.problem.errors ?? {}).flat();
      const anyway = h('button', { type: 'button', class: 'button-secondary' }, 'Toch opslaan');
      anyway.addEventListener('click', () => void this.save(true));
      this.warning.replaceChildren(
        h('p', {}, `Deze woorden kunnen kwetsend overkomen: ${phrases.map((p) => `“${p}”`).join(', ')}. Herformuleer wat het team wél kon, of sla bewust toch op.`),
        anyway,
      );
      return;
    }
    this.warning.replaceChildren(h('p', {}, error instanceof ProblemError ? error.message : 'Opslaan lukte niet. Probeer het opnieuw.'));
  }

  private async showBadges(): Promise<void> {
    const badges = await getBadges(this.challenge.id, this.team.id);
    this.badges.replaceChildren(...badges.map((badge) => this.renderBadge(badge)));
  }

  private renderBadge(badge: Badge): HTMLElement {
    const text = `${this.nameOf(badge)}: niveau ${badge.level}${badge.jurorName ? ` (${badge.jurorName})` : ''}`;
    if (badge.revocation) return h('li', { class: 'juror-revoked' }, `${text}, ingetrokken: ${badge.revocation.reason}`);
    const reason = h('input', { type: 'text', id: `revoke-${badge.id}`, maxlength: 500 });
    const revoke = h('button', { type: 'button', class: 'button-secondary' }, 'Intrekken');
    revoke.addEventListener('click', () => {
      if (!reason.value.trim()) {
        reason.focus();
        return;
      }
      void revokeBadge(this.challenge.id, this.team.id, badge.id, reason.value)
        .then(() => this.showBadges())
        .catch((error: unknown) => this.showProblem(error));
    });
    return h('li', {}, text, ' ', h('label', { for: `revoke-${badge.id}` }, 'Reden'), reason, revoke);
  }

  private nameOf(badge: Badge): string {
    return this.challenge.competences.find((c) => c.id === badge.competenceId)?.name.nl ?? badge.competenceId;
  }
}
