import './language';
import './styles.css';
import {
  getChallenge,
  getTeams,
  getWall,
  isTransient,
  loadSession,
  newIdempotencyKey,
  ProblemError,
  setSession,
  withRetry,
  type ChallengeDetail,
  type NewMilestone,
  type Session,
  type Team,
  type WallMilestone,
  whenSignedOut,
} from './api';
import { accountBar, signOut } from './account';
import { byId, byName, challengeIdFromUrl, h } from './dom';
import { afterFailedSend, type Problems as FormProblems } from './form-problems';
import { localized, t } from './i18n';
import { formatLoggedAt } from './labels';
import { kitOverview } from './tablet-kit';
import { OrderEvidence } from './milestone-orders';
import { MilestonePhoto } from './milestone-photo';
import { Outbox } from './outbox';
import { outboxList } from './outbox-list';
import { parcoursSection } from './parcours';
import { registerServiceWorker } from './pwa';
import { teamProfile } from './tablet-team';
import { offlineStart, type OfflineStart } from './tablet-offline';
import { ShopSection } from './shop';
import { showSchedule } from './schedule';
import { IDLE_MINUTES, showJoinForm, signOutButton, watchIdle } from './tablet-join';

const TITLE_MAX = 120;
const STORY_MAX = 800;
const RECENT_MAX = 3;

/** localStorage can be unavailable (private browsing, locked-down tablets); the page must still work. */
const teamMemory = {
  key: (challengeId: string) => `challengehub.team.${challengeId}`,
  recall(challengeId: string): string | null {
    try {
      return localStorage.getItem(this.key(challengeId));
    } catch {
      return null;
    }
  },
  remember(challengeId: string, teamId: string): void {
    try {
      localStorage.setItem(this.key(challengeId), String(teamId));
    } catch {
      // Without storage the team is simply asked again next time.
    }
  },
  forget(challengeId: string): void {
    try {
      localStorage.removeItem(this.key(challengeId));
    } catch {
      // Nothing was stored, so nothing to forget.
    }
  },
};

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

function markInvalid(control: HTMLElement, invalid: boolean): void {
  if (invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus();
}

class TabletPage {
  /** `pupilBar` is set for a signed-in pupil: their own team only, with the sign-out button instead of a team choice. */
  constructor(
    private readonly root: HTMLElement,
    private readonly challenge: ChallengeDetail,
    private readonly teams: Team[],
    private readonly outbox: Outbox,
    private readonly pupilBar?: HTMLElement,
  ) {
    outbox.onSent((sent) => {
      if (sent.kind === 'milestone') this.onMilestoneSent(sent.milestone);
      else this.onOrderSent();
    });
  }

  /** What a milestone or order that was sent later (after waiting in the outbox) changes on the page shown now. */
  private onMilestoneSent: (milestone: WallMilestone) => void = () => {};
  private onOrderSent: () => void = () => {};

  start(): void {
    const remembered = this.pupilBar ? this.teams[0]?.id : teamMemory.recall(String(this.challenge.id));
    const team = this.teams.find((t) => String(t.id) === remembered);
    if (team) this.showForm(team, Boolean(this.pupilBar));
    else this.showTeamChoice(false);
  }

  private showTeamChoice(moveFocus: boolean): void {
    const heading = h('h1', {}, t('tablet.chooseTeam'));
    const choices = this.teams.map((team) => {
      const button = h(
        'button',
        { type: 'button', class: 'team-choice' },
        h('span', { class: 'team-choice-name' }, team.name),
        h('span', { class: 'team-choice-school' }, team.school),
      );
      button.addEventListener('click', () => {
        teamMemory.remember(String(this.challenge.id), team.id);
        this.showForm(team, true);
      });
      return h('li', {}, button);
    });
    this.root.replaceChildren(
      h(
        'section',
        { class: 'team-choose' },
        heading,
        choices.length > 0
          ? h('ul', { class: 'team-choices' }, ...choices)
          : h('p', { class: 'notice' }, t('tablet.noTeams')),
      ),
    );
    if (moveFocus) focusHeading(heading);
  }

  private showForm(team: Team, moveFocus: boolean): void {
    const otherTeam = h('a', { href: '#team-kiezen', class: 'other-team' }, t('tablet.otherTeam'));
    otherTeam.addEventListener('click', (event) => {
      event.preventDefault();
      teamMemory.forget(String(this.challenge.id));
      this.showTeamChoice(true);
    });

    const form = new MilestoneForm(this.challenge, team, this.outbox);
    const recent = new RecentMilestones(this.challenge);
    const shop = new ShopSection(this.challenge, team, this.outbox);
    this.onMilestoneSent = (milestone) => {
      recent.add(milestone);
      void recent.refresh(team);
    };
    this.onOrderSent = () => void shop.refresh();

    this.root.replaceChildren(
      h(
        'div',
        { class: 'tablet-layout' },
        h(
          'section',
          { class: 'team-bar', 'aria-label': t('tablet.teamBar') },
          h(
            'div',
            {},
            h('p', { class: 'team-bar-name' }, team.name),
            h('p', { class: 'team-bar-school' }, team.school),
          ),
          this.pupilBar ?? otherTeam,
        ),
        form.element,
        outboxList(this.outbox),
        recent.element,
        teamProfile(this.challenge, team),
        kitOverview(this.challenge.id, team.id),
        parcoursSection(this.challenge, team),
        shop.element,
      ),
    );
    void recent.refresh(team);
    void shop.refresh();
    if (moveFocus) focusHeading(form.heading);
  }
}

class MilestoneForm {
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

class RecentMilestones {
  private readonly list = h('ol', { class: 'recent-list' });
  readonly element = h(
    'section',
    { class: 'recent', 'aria-labelledby': 'recent-heading' },
    h('h2', { id: 'recent-heading' }, t('tablet.recent')),
    this.list,
  );
  private milestones: WallMilestone[] = [];
  private readonly competenceNames: Map<string, string>;

  constructor(private readonly challenge: ChallengeDetail) {
    this.competenceNames = new Map(challenge.competences.map((c) => [String(c.id), localized(c.name)]));
    this.render();
  }

  add(milestone: WallMilestone): void {
    this.milestones = [milestone, ...this.milestones.filter((m) => m.id !== milestone.id)].slice(0, RECENT_MAX);
    this.render();
  }

  async refresh(team: Team): Promise<void> {
    try {
      const wall = await getWall(this.challenge.id);
      const own = wall.teams.find((t) => String(t.id) === String(team.id));
      if (!own) return;
      this.milestones = own.recentMilestones.slice(0, RECENT_MAX);
      this.render();
    } catch {
      // The list is a courtesy; what is shown stays until the next successful refresh.
    }
  }

  private render(): void {
    if (this.milestones.length === 0) {
      this.list.replaceChildren(h('li', { class: 'recent-empty' }, t('tablet.recent.empty')));
      return;
    }
    this.list.replaceChildren(
      ...this.milestones.map((milestone) => {
        const competences = milestone.competenceIds
          .map((id) => this.competenceNames.get(String(id)))
          .filter((name): name is string => Boolean(name));
        return h(
          'li',
          { class: 'recent-item' },
          h('h3', {}, milestone.title),
          h('p', { class: 'recent-time' }, h('time', { datetime: milestone.loggedAt }, formatLoggedAt(milestone.loggedAt))),
          milestone.story && h('p', { class: 'recent-story' }, milestone.story),
          competences.length > 0 &&
            h('ul', { class: 'chips', 'aria-label': t('tablet.recent.competences') }, ...competences.map((name) => h('li', {}, name))),
        );
      }),
    );
  }
}

function showNotice(root: HTMLElement, message: string, retry?: () => void): void {
  const notice = h('div', { class: 'notice', role: 'alert' }, h('p', {}, message));
  if (retry) {
    const button = h('button', { type: 'button', class: 'button' }, t('tablet.notice.retry'));
    button.addEventListener('click', retry);
    notice.append(button);
  }
  notice.append(h('p', {}, h('a', { href: '/' }, t('tablet.notice.toList'))));
  root.replaceChildren(notice);
}

function showChallenge(challenge: ChallengeDetail): void {
  byId('challenge-title').textContent = challenge.title;
  showSchedule(byId('challenge-schedule'), challenge.schedule);
  document.title = t('tablet.pageTitleFor', { challenge: challenge.title });
}

async function loadChallenge(challengeId: string): Promise<[ChallengeDetail, Team[]]> {
  const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
  showChallenge(challenge);
  return [challenge, teams];
}

/** How long signing out waits for the outbox to send a pupil's waiting work before that work stays behind for them. */
const SIGN_OUT_SEND_MS = 5_000;

/**
 * A pupil works on their own team only; signing out (one tap, or after a while untouched) brings the join form back.
 * `known` is what the tab kept from before a reload without network.
 */
async function startPupil(root: HTMLElement, session: Session, reason?: string, known?: OfflineStart): Promise<void> {
  let outbox: Outbox | undefined;
  const join = (why: string) => {
    outbox?.stop();
    offlineStart.forget();
    byId('challenge-title').textContent = '';
    byId('challenge-schedule').hidden = true;
    showJoinForm(root, (joined) => void startPupil(root, joined), why);
  };
  if (session.role !== 'pupil' || !session.challengeId || !session.accountId) {
    join(reason ?? '');
    return;
  }
  const pupilOutbox = new Outbox(session.accountId);
  outbox = pupilOutbox;
  const finishOutbox = () => pupilOutbox.finish(SIGN_OUT_SEND_MS);
  const idle = watchIdle(
    () => void finishOutbox().then(() => signOut()).catch(() => undefined).finally(() => join(t('tablet.pupil.idle', { minutes: IDLE_MINUTES }))),
    () => void loadSession(true).catch(() => undefined),
  );
  whenSignedOut(() => {
    idle.stop();
    join(t('tablet.pupil.sessionEnded'));
  });
  const bar = h(
    'div',
    { class: 'pupil-bar' },
    h('p', {}, `${t('chrome.signedInAs')} `, h('strong', {}, session.displayName ?? '')),
    signOutButton(finishOutbox, () => {
      idle.stop();
      join(t('tablet.pupil.signedOut'));
    }),
  );
  bar.append(h('a', { class: 'button button-secondary', href: '/my-badges.html' }, t('badges.mine.link')));
  if (known) showChallenge(known.challenge);
  const [challenge, teams] = known ? [known.challenge, known.teams] : await loadChallenge(session.challengeId);
  const own = teams.filter((team) => String(team.id) === String(session.teamId));
  offlineStart.remember({ session, challenge, teams: own });
  new TabletPage(root, challenge, own, outbox, bar).start();
}

/** The session; without a network, the one this tab kept (a pupil's work goes on and waits in the outbox). */
async function currentSession(): Promise<{ session: Session; known?: OfflineStart }> {
  const known = offlineStart.recall();
  try {
    return { session: await loadSession() };
  } catch (error) {
    if (!known || !isTransient(error)) return { session: await withRetry(() => loadSession()) };
    return { session: setSession(known.session), known };
  }
}

async function main(): Promise<void> {
  const root = byId('tablet');
  const challengeId = challengeIdFromUrl();
  try {
    const { session, known } = await currentSession();
    if (!session.signedIn || session.role === 'pupil' || !challengeId) {
      await startPupil(root, session, undefined, known);
      return;
    }
    // Staff (a coach or organiser) keep working for any team they may act for, chosen on the page.
    document.querySelector('.site-header')?.append(accountBar(session));
    const [challenge, teams] = await loadChallenge(challengeId);
    new TabletPage(root, challenge, teams.sort(byName), new Outbox(session.accountId ?? 'staff')).start();
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    showNotice(root, t(notFound ? 'tablet.notice.notFound' : 'tablet.notice.loadFailed'), () => {
      root.replaceChildren(h('p', { class: 'loading' }, t('chrome.loading')));
      void main();
    });
  }
}

registerServiceWorker();
void main();
