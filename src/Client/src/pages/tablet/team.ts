import './team.css';
import { getJson } from '../../api/core';
import { routes } from '../../api/routes';
import type { ChallengeDetail, Competence, Id, Milestone, Team } from '../../api/types';
import { h } from '../../ui/dom';
import { locale, localized, t } from '../../i18n/i18n';
import { getKit } from '../../api/kits';
import { formatLoggedAt, levelName } from '../../ui/labels';
import { getCourseRuns } from '../../api/runs';
import { getBudget } from '../../api/shop';
import { getTeamSeason } from '../../api/season';
import { firstShownIn, seasonPart } from './team-season';
import { euro } from '../../ui/shop-labels';

interface Badge {
  id: Id;
  competenceId: Id;
  level: number;
  feedback: string;
  awardedAt: string;
}


const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** What a level asks for, in the framework's words; its name when the organiser wrote no descriptor. */
function levelWords(competence: Competence, level: number): string {
  const found = competence.levels.find((l) => l.level === level);
  return localized(found?.descriptor) || localized(found?.name) || t('level.number', { level });
}

/**
 * The team's own profile on the tablet: the competences shown so far and what the next level asks for, the badges
 * with the jurors' words, their milestones, budget, kit and personal best. Only the team's own progress, never others'.
 */
export function teamProfile(challenge: ChallengeDetail, team: Team): { element: HTMLElement; refresh: () => Promise<boolean> } {
  const body = h('div', { class: 'team-profile-body' }, h('p', { class: 'loading' }, t('tablet.profile.loading')));
  const section = h(
    'section',
    { class: 'recent team-profile', 'aria-labelledby': 'team-profile-heading' },
    h('h2', { id: 'team-profile-heading' }, t('tablet.profile.heading')),
    body,
  );
  return { element: section, refresh: () => fill(body, challenge, team) };
}

/** Whether the profile's parts could be loaded; without them the page tries again. */
async function fill(body: HTMLElement, challenge: ChallengeDetail, team: Team): Promise<boolean> {
  const optional = <T>(load: Promise<T>) => load.catch(() => null);
  const [badges, milestones, budget, kit, runs, season] = await Promise.all([
    optional(getJson<Badge[]>(routes.badges(challenge.id, team.id))),
    optional(getJson<Milestone[]>(routes.milestones(challenge.id, team.id))),
    optional(getBudget(challenge.id, team.id)),
    optional(getKit(challenge.id, team.id)),
    challenge.sector === 'electro' ? optional(getCourseRuns(challenge.id, team.id)) : Promise.resolve(null),
    optional(getTeamSeason(challenge.id, team.id)),
  ]);
  if (!badges && !milestones) {
    body.replaceChildren(h('p', { class: 'hint' }, t('tablet.profile.offline')));
    return false;
  }
  const levels = new Map<string, number>();
  for (const badge of badges ?? []) levels.set(String(badge.competenceId), Math.max(levels.get(String(badge.competenceId)) ?? 0, badge.level));
  const names = new Map(challenge.competences.map((c) => [String(c.id), localized(c.name)]));
  const shown = challenge.competences.filter((c) => (levels.get(String(c.id)) ?? 0) > 0);
  const claimed = new Set((milestones ?? []).flatMap((m) => m.competenceIds.map(String)));
  const loggedOnly = challenge.competences.filter((c) => claimed.has(String(c.id)) && !levels.has(String(c.id)));

  const facts = [
    budget && budget.budgetCents > 0 && t('tablet.profile.budget', { left: euro(budget.leftCents), budget: euro(budget.budgetCents) }),
    kit?.issuedAt && t('tablet.profile.kit', { count: kit.items.reduce((sum, item) => sum + item.quantity, 0) }),
    runs?.personalBest && t('tablet.profile.best', { seconds: seconds.format(runs.personalBest.durationMs / 1000) }),
    runs?.improvement && runs.improvement.fasterByMs > 0 && t('tablet.profile.faster', { seconds: seconds.format(runs.improvement.fasterByMs / 1000) }),
  ].filter((fact): fact is string => Boolean(fact));

  const parts: (HTMLElement | false)[] = [
    ...seasonPart(season),
    h('h3', {}, t('tablet.profile.shown')),
    shown.length > 0
      ? h(
          'ul',
          { class: 'profile-list' },
          ...shown.map((c) => {
            const level = levels.get(String(c.id))!;
            return h(
              'li',
              {},
              h('strong', {}, `${localized(c.name)}: ${levelName(c, level)}`),
              h('span', { class: 'profile-words' }, levelWords(c, level)),
              firstShownIn(season, String(c.id), level) && h('span', { class: 'profile-words profile-round' }, firstShownIn(season, String(c.id), level)),
            );
          }),
        )
      : h('p', { class: 'hint' }, t('tablet.profile.firstBadge')),
    loggedOnly.length > 0 && h('p', { class: 'profile-logged' }, t('tablet.profile.logged', { competences: loggedOnly.map((c) => localized(c.name)).join(', ') })),
    h('h3', {}, t('tablet.profile.next')),
    h(
      'ul',
      { class: 'profile-list' },
      ...challenge.competences.map((c) => {
        const next = (levels.get(String(c.id)) ?? 0) + 1;
        const top = Math.max(0, ...c.levels.map((l) => l.level));
        return next > top
          ? h('li', {}, h('strong', {}, localized(c.name)), h('span', { class: 'profile-words' }, t('tablet.profile.topReached')))
          : h('li', {}, h('strong', {}, `${localized(c.name)}: ${levelName(c, next)}`), h('span', { class: 'profile-words' }, levelWords(c, next)));
      }),
    ),
    h('h3', {}, t('tablet.profile.jury')),
    (badges ?? []).length > 0
      ? h(
          'ul',
          { class: 'profile-list' },
          ...(badges ?? []).map((badge) => {
            const competence = challenge.competences.find((c) => String(c.id) === String(badge.competenceId));
            return h(
              'li',
              { class: 'profile-badge' },
              h('strong', {}, `${names.get(String(badge.competenceId)) ?? badge.competenceId}: ${levelName(competence, badge.level)}`),
              badge.feedback && h('blockquote', {}, badge.feedback),
            );
          }),
        )
      : h('p', { class: 'hint' }, t('tablet.profile.noBadges')),
    h('h3', {}, t('tablet.profile.milestones', { count: (milestones ?? []).length })),
    (milestones ?? []).length > 0
      ? h(
          'ul',
          { class: 'profile-list' },
          ...(milestones ?? []).map((m) =>
            h(
              'li',
              {},
              h('strong', {}, m.title),
              h('span', { class: 'profile-words' }, formatLoggedAt(m.loggedAt), (m.photoIds?.length ?? 0) > 0 ? t('tablet.profile.withPhoto') : ''),
            ),
          ),
        )
      : h('p', { class: 'hint' }, t('tablet.profile.firstMilestone')),
    facts.length > 0 && h('h3', {}, t('tablet.profile.means')),
    facts.length > 0 && h('ul', { class: 'profile-list' }, ...facts.map((fact) => h('li', {}, fact))),
  ];
  body.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false));
  return Boolean(badges && milestones && budget && kit) && (challenge.sector !== 'electro' || Boolean(runs));
}
