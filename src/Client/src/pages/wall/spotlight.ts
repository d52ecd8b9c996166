import './spotlight.css';
import type { Competence, Id, WallMilestone, WallTeam } from '../../api/types';
import { t } from '../../i18n/i18n';
import { byName, h } from '../../ui/dom';
import { milestoneLine } from './milestone-line';

const DEFAULT_SECONDS = 10;

interface TeamStories {
  team: WallTeam;
  milestones: WallMilestone[];
  next: number;
}

/** Seconds per turn from `?spotlight=`, so an event can slow it down or speed it up; 10 s otherwise. */
function turnSeconds(): number {
  const asked = Number(new URLSearchParams(location.search).get('spotlight'));
  return Number.isFinite(asked) && asked >= 1 && asked <= 120 ? asked : DEFAULT_SECONDS;
}

/**
 * "In de kijker": one recent milestone at a time, taking the teams in turn (in name order) and within a team its recent
 * milestones in turn. A team that logs ten milestones gets the same turns as a team that logged one: the strip shares
 * attention, it does not reward volume.
 */
export class Spotlight {
  private readonly teamText = h('p', { class: 'spotlight-team' });
  private readonly titleText = h('p', { class: 'spotlight-title' });
  private readonly storyText = h('p', { class: 'spotlight-story' });
  readonly element = h(
    'section',
    { class: 'spotlight', 'aria-label': t('wall.spotlight'), hidden: true },
    h('p', { class: 'spotlight-kicker' }, t('wall.spotlight')),
    h('div', { class: 'spotlight-body' }, this.teamText, this.titleText, this.storyText),
  );
  private readonly teams = new Map<string, TeamStories>();
  private lastTeam: Id | null = null;
  private turn = -1;
  private timer: number | undefined;

  constructor(private readonly competences: ReadonlyMap<string, Competence>) {}

  replace(teams: WallTeam[]): void {
    this.teams.clear();
    for (const team of teams) this.teams.set(String(team.id), { team, milestones: [...team.recentMilestones], next: 0 });
    if (this.timer === undefined) {
      this.timer = window.setInterval(() => this.advance(), turnSeconds() * 1000);
      this.advance();
    }
  }

  /** A new team, or a changed name: the stories it has stay. */
  setTeam(team: WallTeam): void {
    const known = this.teams.get(String(team.id));
    if (known) known.team = team;
    else this.teams.set(String(team.id), { team, milestones: [...team.recentMilestones], next: 0 });
  }

  add(teamId: Id, milestone: WallMilestone): void {
    const stories = this.teams.get(String(teamId));
    if (!stories) return;
    stories.milestones = [milestone, ...stories.milestones].slice(0, 3);
    stories.next = 0;
  }

  private advance(): void {
    const ordered = [...this.teams.values()].filter((t) => t.milestones.length > 0).sort((a, b) => byName(a.team, b.team));
    if (ordered.length === 0) {
      this.element.hidden = true;
      return;
    }
    const after = ordered.findIndex((t) => String(t.team.id) === this.lastTeam);
    const stories = ordered[(after + 1) % ordered.length]!;
    const milestone = stories.milestones[stories.next % stories.milestones.length]!;
    stories.next++;
    this.lastTeam = String(stories.team.id);
    this.turn++;
    this.teamText.textContent = `${stories.team.name} · ${stories.team.school}`;
    const line = milestoneLine(milestone, this.competences);
    this.titleText.textContent = line.title;
    this.storyText.textContent = line.story;
    this.storyText.hidden = !line.story;
    this.element.dataset.turn = String(this.turn);
    this.element.hidden = false;
    this.element.classList.remove('spotlight-enter');
    void this.element.offsetWidth;
    this.element.classList.add('spotlight-enter');
  }
}
