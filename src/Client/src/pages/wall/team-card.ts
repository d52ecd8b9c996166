import { wallPhotoUrl } from '../../api/challenges';
import type { Competence, WallCompetence, WallMilestone, WallTeam } from '../../api/types';
import { h } from '../../ui/dom';
import { levelDescription, levelName } from '../../ui/labels';
import { locale, localized, t } from '../../i18n/i18n';
import { flash } from './flash';
import { stepIcon } from './legend';
import { milestoneLine } from './milestone-line';

interface CompetenceRow {
  meter: HTMLElement;
  levelText: HTMLElement;
}

/** One team's card; each delta touches only the parts of one card that changed. */
export class TeamCard {
  readonly element: HTMLElement;
  private readonly nameText = h('h2', { class: 'team-name' });
  private readonly schoolText = h('p', { class: 'team-school' });
  private readonly membersText = h('p', { class: 'team-members' });
  private readonly venueText = h('p', { class: 'team-venue', hidden: true });
  private readonly latestAuthor = h('p', { class: 'latest-milestone-author' });
  private readonly competenceList = h('ul', { class: 'competences' });
  private readonly rows = new Map<string, CompetenceRow>();
  /** The competences not shown yet, in one line: the card stays compact and every competence is still named. */
  private readonly toDiscover = h('p', { class: 'to-discover' });
  private readonly latestTitle = h('p', { class: 'latest-milestone-title' });
  private readonly latestStory = h('p', { class: 'latest-milestone-story' });
  private readonly latestEmpty = h('p', { class: 'latest-milestone-empty' }, t('wall.noMilestone'));
  private readonly latest = h(
    'section',
    { class: 'latest', 'aria-label': t('wall.latest') },
    this.latestTitle,
    this.latestStory,
    this.latestAuthor,
    this.latestEmpty,
  );

  /** Beside the name, and only while consent gives a photo: a card without one has no empty frame. */
  private readonly photoFrame = h('div', { class: 'card-photo', hidden: true });
  private photoId: string | null = null;

  constructor(
    public team: WallTeam,
    private readonly competences: ReadonlyMap<string, Competence>,
    private readonly challengeId: string,
  ) {
    this.element = h(
      'article',
      { class: 'team-card', 'data-team-id': team.id },
      h('header', {}, h('div', { class: 'team-heading' }, this.nameText, this.schoolText, this.venueText, this.membersText), this.photoFrame),
      this.competenceList,
      this.toDiscover,
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
    this.competenceList.replaceChildren(...team.competences.filter((c) => c.level > 0).map((c) => this.createRow(c)));
    this.competenceList.hidden = this.rows.size === 0;
    this.showToDiscover(team.competences.filter((c) => c.level <= 0).map((c) => String(c.competenceId)));
    this.showLatest();
    this.showPhoto(team.photoId ? String(team.photoId) : null);
  }

  /** On the season's wall: the venues the team goes to, which its card is grouped under. */
  setVenue(label: string | null): void {
    this.venueText.textContent = label ?? '';
    this.venueText.hidden = !label;
  }

  /** Shows the photo, or nothing; a photo that is no longer served (consent just withdrawn) leaves no broken frame. */
  private showPhoto(photoId: string | null): void {
    if (photoId === this.photoId) return;
    this.photoId = photoId;
    this.photoFrame.hidden = photoId === null;
    if (photoId === null) {
      this.photoFrame.replaceChildren();
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
    if (row && level > 0) {
      this.paintRow(row, competenceId, level, true);
      return;
    }
    // A first level moves the competence from "still to discover" to the rows (a revocation moves it back).
    this.update(this.team);
    const moved = this.rows.get(String(competenceId));
    if (moved) flash(moved.meter.parentElement!);
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
    const row: CompetenceRow = {
      meter: h('span', { class: 'level-steps', role: 'img' }),
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
    row.meter.replaceChildren(stepIcon(level));
    row.levelText.textContent = levelName(competence, level);
    if (animate) flash(row.meter.parentElement!);
  }

  private showToDiscover(competenceIds: string[]): void {
    this.toDiscover.hidden = competenceIds.length === 0;
    this.toDiscover.replaceChildren(
      h('span', { class: 'to-discover-label' }, t('wall.toDiscover')),
      ' ',
      // Spaces between the names, so that a line breaks between two competences rather than inside one.
      ...competenceIds.flatMap((id, index) => [
        index > 0 ? ' ' : '',
        h('span', { class: 'competence-name', 'data-competence-id': id }, localized(this.competences.get(id)?.name) || id),
      ]),
    );
  }

  private showLatest(): void {
    const latest = this.team.recentMilestones[0];
    const line = latest ? milestoneLine(latest, this.competences) : null;
    this.latestTitle.textContent = line?.title ?? '';
    this.latestStory.textContent = line?.story ?? '';
    this.latestAuthor.textContent = line?.author ?? '';
    this.latestTitle.hidden = !line?.title;
    this.latestStory.hidden = !line?.story;
    this.latestAuthor.hidden = !line?.author;
    this.latestEmpty.hidden = Boolean(line);
    this.latestTitle.classList.toggle('words-withheld', Boolean(line?.withheld));
  }
}

const list = new Intl.ListFormat(locale, { type: 'conjunction' });

/** "Lotte, Yasmine en 2 teamleden": nicknames only of pupils who agreed to show them, the others counted. */
function membersLine(members: string[], pupils: number): string {
  const others = Math.max(0, pupils - members.length);
  const parts = [...members];
  if (others > 0) parts.push(t(others === 1 ? 'wall.members.one' : 'wall.members.other', { count: others }));
  return list.format(parts);
}
