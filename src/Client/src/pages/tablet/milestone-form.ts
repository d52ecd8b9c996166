import type { ChallengeDetail, NewMilestone, Team } from '../../api/types';
import { newIdempotencyKey } from '../../api/core';
import { h } from '../../ui/dom';
import { afterFailedSend, type Problems as FormProblems } from '../../ui/form-problems';
import { markInvalid } from '../../ui/forms';
import { localized, t } from '../../i18n/i18n';
import { OrderEvidence } from './milestone-orders';
import { MilestonePhoto } from './milestone-photo';
import type { Outbox } from './outbox';

const TITLE_MAX = 120;

const STORY_MAX = 800;

type Field = 'title' | 'story' | 'competences' | 'photo';

type Problems = FormProblems<Field>;

function fieldOf(key: string): Field | undefined {
  const name = key.toLowerCase();
  if (name.includes('title')) return 'title';
  if (name.includes('story')) return 'story';
  if (name.includes('competence')) return 'competences';
  if (name.includes('photo')) return 'photo';
  return undefined;
}

function validate(milestone: NewMilestone): Problems | null {
  const fields = new Set<Field>();
  const messages: string[] = [];
  if (milestone.title.length === 0) {
    fields.add('title');
    messages.push(t('tablet.form.needTitle'));
  } else if (milestone.title.length > TITLE_MAX) {
    fields.add('title');
    messages.push(t('tablet.form.titleTooLong', { max: TITLE_MAX }));
  }
  if (milestone.story.length > STORY_MAX) {
    fields.add('story');
    messages.push(t('tablet.form.storyTooLong', { max: STORY_MAX }));
  }
  return fields.size > 0 ? { summary: t('tablet.form.almost'), messages, fields } : null;
}

/** The form a team logs a milestone with: title, story, competences, orders used and a photo; it goes through the outbox. */
export class MilestoneForm {
  readonly heading = h('h1', { id: 'form-heading' }, t('tablet.logHeading'));
  readonly element: HTMLFormElement;

  private readonly title = h('input', {
    id: 'milestone-title',
    name: 'title',
    type: 'text',
    maxlength: TITLE_MAX,
    required: true,
    autocomplete: 'off',
    enterkeyhint: 'next',
  });
  private readonly story = h('textarea', {
    id: 'milestone-story',
    name: 'story',
    rows: 5,
    maxlength: STORY_MAX,
    'aria-describedby': 'story-count',
  });
  private readonly storyCount = h('p', { id: 'story-count', class: 'hint' });
  private readonly competenceBoxes: HTMLInputElement[];
  private readonly competenceSet: HTMLFieldSetElement;
  private readonly orders: OrderEvidence;
  private readonly photo: MilestonePhoto;
  private readonly alert = h('div', { id: 'form-alert', class: 'form-alert', role: 'alert' });
  private readonly status = h('p', { id: 'form-status', class: 'form-status', role: 'status', 'aria-live': 'polite' });
  private readonly submit = h('button', { type: 'submit', class: 'button button-large' }, t('tablet.form.save'));
  private sending = false;

  constructor(
    private readonly challenge: ChallengeDetail,
    private readonly team: Team,
    private readonly outbox: Outbox,
  ) {
    this.competenceBoxes = challenge.competences.map((_, index) =>
      h('input', { type: 'checkbox', name: 'competence', value: index, id: `competence-${index}` }),
    );
    this.competenceSet = h(
      'fieldset',
      { class: 'field competence-field' },
      h('legend', {}, t('tablet.competences')),
      h(
        'div',
        { class: 'checkbox-grid' },
        ...challenge.competences.map((competence, index) =>
          h(
            'label',
            { class: 'checkbox', for: `competence-${index}` },
            this.competenceBoxes[index],
            h('span', {}, localized(competence.name)),
          ),
        ),
      ),
    );
    this.orders = new OrderEvidence(challenge.id, team.id);
    this.photo = new MilestonePhoto();
    this.element = h(
      'form',
      { class: 'milestone-form', novalidate: true, 'aria-labelledby': 'form-heading' },
      this.heading,
      h('div', { class: 'field' }, h('label', { for: 'milestone-title' }, t('tablet.form.title')), this.title),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'milestone-story' }, t('tablet.form.story')),
        this.story,
        this.storyCount,
      ),
      this.competenceSet,
      this.orders.element,
      this.photo.element,
      this.alert,
      h('div', { class: 'form-actions' }, this.submit, this.status),
    );
    this.story.addEventListener('input', () => this.showStoryCount());
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.showStoryCount();
    // Orders get approved while the page is open: show the latest whenever the pupils come back to the form.
    this.element.addEventListener('focusin', () => void this.orders.refresh(true));
    void this.orders.refresh();
  }

  private read(): NewMilestone {
    return {
      title: this.title.value.trim(),
      story: this.story.value.trim(),
      competenceIds: this.challenge.competences
        .filter((_, index) => this.competenceBoxes[index]!.checked)
        .map((competence) => competence.id),
      orderIds: this.orders.selected(),
    };
  }

  private async save(): Promise<void> {
    if (this.sending) return;
    this.showProblems(null);
    this.status.textContent = '';
    const milestone = this.read();
    const invalid = validate(milestone);
    if (invalid) {
      this.showProblems(invalid);
      return;
    }

    this.setSending(true);
    try {
      const attempt = await this.outbox.submit({
        kind: 'milestone',
        key: newIdempotencyKey(),
        accountId: this.outbox.accountId,
        challengeId: this.challenge.id,
        teamId: this.team.id,
        createdAt: new Date().toISOString(),
        label: milestone.title,
        milestone,
        photo: await this.photo.prepare(),
        photoId: null,
      });
      if (attempt.outcome === 'refused') throw attempt.problem;
      this.element.reset();
      this.photo.clear();
      this.showStoryCount();
      this.status.textContent =
        attempt.outcome === 'sent' ? t('tablet.form.saved') : t('tablet.form.waiting');
    } catch (error) {
      this.status.textContent = '';
      this.showProblems(afterFailedSend(error, fieldOf, t('tablet.form.retry')).problems);
    } finally {
      this.setSending(false);
    }
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    // aria-disabled instead of disabled keeps keyboard focus on the button while the request runs.
    this.submit.setAttribute('aria-disabled', String(sending));
    if (sending) this.status.textContent = t('tablet.form.sending');
  }

  private showProblems(problems: Problems | null): void {
    markInvalid(this.title, problems?.fields.has('title') ?? false);
    markInvalid(this.story, problems?.fields.has('story') ?? false);
    this.competenceSet.classList.toggle('invalid', problems?.fields.has('competences') ?? false);
    markInvalid(this.photo.input, problems?.fields.has('photo') ?? false);
    if (!problems) {
      this.alert.replaceChildren();
      return;
    }
    const summary = h('p', {}, problems.summary);
    if (problems.messages.length > 0) {
      this.alert.replaceChildren(summary, h('ul', {}, ...problems.messages.map((message) => h('li', {}, message))));
    } else {
      this.alert.replaceChildren(summary);
    }
    if (problems.fields.has('title')) this.title.focus();
    else if (problems.fields.has('story')) this.story.focus();
    else if (problems.fields.has('photo')) this.photo.input.focus();
  }

  private showStoryCount(): void {
    this.storyCount.textContent = t('tablet.form.storyCount', { count: this.story.value.length, max: STORY_MAX });
  }
}
