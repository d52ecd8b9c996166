import { wallPhotoUrl } from '../../api/challenges';
import type { Competence, WallCompetence, WallMilestone, WallTeam } from '../../api/types';
import { h } from '../../ui/dom';
import { levelDescription, levelName } from '../../ui/labels';
import { localized, t } from '../../i18n/i18n';
import { flash } from './flash';

const SEGMENTS = 4;

interface CompetenceRow {
  meter: HTMLElement;
  segments: HTMLElement[];
  levelText: HTMLElement;
}

/** One team's card; each delta touches only the parts of one card that changed. */
export class TeamCard {
  readonly element: HTMLElement;
  private readonly nameText = h('h2', { class: 'team-name' });
  private readonly schoolText = h('p', { class: 'team-school' });
  private readonly membersText = h('p', { class: 'team-members' });
  private readonly latestAuthor = h('p', { class: 'latest-milestone-author' });
  private readonly competenceList = h('ul', { class: 'competences' });
  private readonly rows = new Map<string, CompetenceRow>();
  private readonly latestTitle = h('p', { class: 'latest-milestone-title' });
  private readonly latestStory = h('p', { class: 'latest-milestone-story' });
  private readonly latestEmpty = h('p', { class: 'latest-milestone-empty' }, 'Nog geen mijlpaal — de eerste komt eraan!');
  private readonly latest = h(
    'section',
    { class: 'latest', 'aria-label': 'Laatste mijlpaal' },
    this.latestTitle,
    this.latestStory,
    this.latestAuthor,
    this.latestEmpty,
  );

  /** The same frame on every card, with or without a photo, so that no card stands out by its size. */
  private readonly photoFrame = h('div', { class: 'card-photo' });
  private photoId: string | null = null;

  constructor(
    public team: WallTeam,
    private readonly competences: ReadonlyMap<string, Competence>,
    private readonly challengeId: string,
  ) {
    this.element = h(
      'article',
      { class: 'team-card', 'data-team-id': team.id },
      this.photoFrame,
      h('header', {}, this.nameText, this.schoolText, this.membersText),
      this.competenceList,
      this.latest,
    );
    this.update(team);
  }

  update(team: WallTeam): void {
    this.team = team;
    this.nameText.textContent = team.name;
    this.schoolText.textContent = team.school;
    this.membersText.textContent = membersLine(team.members ?? [], team.pupils ?? 0);
    this.membersText.hidden = !this.membersText.textContent;
    this.rows.clear();
    this.competenceList.replaceChildren(...team.competences.map((c) => this.createRow(c)));
    this.showLatest();
    this.showPhoto(team.photoId ? String(team.photoId) : null);
  }

  /** Shows the photo, or the calm placeholder; a photo that is no longer served (consent just withdrawn) falls back to it. */
  private showPhoto(photoId: string | null): void {
    if (photoId === this.photoId && this.photoFrame.childElementCount > 0) return;
    this.photoId = photoId;
    if (photoId === null) {
      this.photoFrame.replaceChildren(photoPlaceholder());
      return;
    }
    const image = h('img', {
      src: wallPhotoUrl(this.challengeId, photoId),
      alt: t('wall.photoAlt', { team: this.team.name }),
      decoding: 'async',
    });
    image.addEventListener('error', () => {
      if (this.photoId === photoId) this.showPhoto(null);
    });
    this.photoFrame.replaceChildren(image);
    flash(this.photoFrame);
  }

  setLevel({ competenceId, level }: WallCompetence): void {
    const shown = this.team.competences.find((c) => c.competenceId === competenceId);
    if (shown) shown.level = level;
    else this.team.competences.push({ competenceId, level });
    const row = this.rows.get(String(competenceId));
    if (row) this.paintRow(row, competenceId, level, true);
    else this.update(this.team);
  }

  /** The framework changed: show its competences in their new order, keeping the levels already shown. */
  reframe(competenceIds: string[]): void {
    const levels = new Map(this.team.competences.map((c) => [String(c.competenceId), c.level]));
    this.team.competences = competenceIds.map((id) => ({ competenceId: id, level: levels.get(String(id)) ?? 0 }));
    this.update(this.team);
  }

  addMilestone(milestone: WallMilestone, card?: WallTeam | null): void {
    this.team.recentMilestones = [milestone, ...this.team.recentMilestones].slice(0, 3);
    this.showLatest();
    flash(this.latest);
    if (card) this.showPhoto(card.photoId ? String(card.photoId) : null);
  }

  private createRow({ competenceId, level }: WallCompetence): HTMLElement {
    const competence = this.competences.get(String(competenceId));
    const segments = Array.from({ length: SEGMENTS }, () => h('span', { class: 'segment' }));
    const row: CompetenceRow = {
      meter: h('span', { class: 'level-meter', role: 'img' }, ...segments),
      segments,
      levelText: h('span', { class: 'level-name', 'aria-hidden': 'true' }),
    };
    this.rows.set(String(competenceId), row);
    this.paintRow(row, competenceId, level, false);
    return h(
      'li',
      { class: 'competence', 'data-competence-id': competenceId },
      h('span', { class: 'competence-name', 'aria-hidden': 'true' }, localized(competence?.name) || competenceId),
      row.meter,
      row.levelText,
    );
  }

  private paintRow(row: CompetenceRow, competenceId: string, level: number, animate: boolean): void {
    const competence = this.competences.get(String(competenceId));
    const name = localized(competence?.name) || competenceId;
    row.meter.setAttribute('aria-label', levelDescription(name, competence, level));
    row.meter.dataset.level = String(level);
    row.segments.forEach((segment, index) => segment.classList.toggle('filled', index < level));
    row.levelText.textContent = levelName(competence, level);
    if (animate) flash(row.meter.parentElement!);
  }

  private showLatest(): void {
    const latest = this.team.recentMilestones[0];
    this.latestTitle.textContent = latest?.title ?? '';
    this.latestStory.textContent = latest?.story ?? '';
    this.latestTitle.hidden = !latest;
    this.latestStory.hidden = !latest?.story;
    this.latestAuthor.textContent = latest ? `— ${latest.author ?? 'een teamlid'}` : '';
    this.latestAuthor.hidden = !latest;
    this.latestEmpty.hidden = Boolean(latest);
  }
}

/** A quiet tint where a photo would be: a card without a photo looks finished, not empty. */
function photoPlaceholder(): HTMLElement {
  return h('span', { class: 'card-photo-placeholder', 'aria-hidden': 'true' });
}

/** "Lotte, Yasmine en 2 teamleden": nicknames only of pupils who agreed to show them, the others counted. */
function membersLine(members: string[], pupils: number): string {
  const others = Math.max(0, pupils - members.length);
  const parts = [...members];
  if (others > 0) parts.push(others === 1 ? '1 teamlid' : `${others} teamleden`);
  const last = parts.pop();
  if (last === undefined) return '';
  return parts.length === 0 ? last : `${parts.join(', ')} en ${last}`;
}
