import { wallPhotoUrl } from '../../api/challenges';
import type { Ceremony, CeremonyTeam } from '../../api/types';
import { localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';

type Recognition = CeremonyTeam['recognitions'][number];

/** The team's photo, only when the server sent one: it does so only where consent lets the wall show it. */
function photo(challengeId: string, team: CeremonyTeam): HTMLElement | null {
  return team.photoId ? h('img', { class: 'ceremony-photo', src: wallPhotoUrl(challengeId, team.photoId), alt: t('ceremony.photoOf', { team: team.name }) }) : null;
}

/** What the jury said: the reason, its words for the ceremony, and who agreed. */
function said(r: Recognition): (HTMLElement | null)[] {
  return [
    h('p', { class: 'ceremony-reason' }, r.reason),
    r.words ? h('blockquote', { class: 'ceremony-words' }, r.words) : null,
    h('p', { class: 'ceremony-jurors' }, t('ceremony.jury', { jurors: r.jurors.join(', ') })),
  ];
}

/** One team's moment: its name, its photo when consent allows, and every recognition with the jury's reason and words. */
function teamSlide(challengeId: string, team: CeremonyTeam): HTMLElement {
  return h(
    'article',
    { class: 'ceremony-team', 'data-team-id': team.teamId },
    photo(challengeId, team),
    h(
      'div',
      { class: 'ceremony-text' },
      h('h2', { class: 'ceremony-name' }, team.name),
      h('p', { class: 'ceremony-school' }, team.school),
      h('ul', { class: 'ceremony-recognitions' }, ...team.recognitions.map((r) => h('li', {}, h('p', { class: 'ceremony-category' }, localized(r.category)), ...said(r)))),
    ),
  );
}

/** One category's moment: every team holding it, in name order, each with the jury's reason and words. */
function categorySlide(challengeId: string, name: string, holders: [CeremonyTeam, Recognition][]): HTMLElement {
  return h(
    'article',
    { class: 'ceremony-by-category' },
    h('h2', { class: 'ceremony-category-heading' }, name),
    h(
      'ul',
      { class: 'ceremony-holders' },
      ...holders.map(([team, r]) =>
        h(
          'li',
          { class: 'ceremony-holder', 'data-team-id': team.teamId },
          photo(challengeId, team),
          h('div', { class: 'ceremony-text' }, h('h3', { class: 'ceremony-name' }, team.name), h('p', { class: 'ceremony-school' }, team.school), ...said(r)),
        ),
      ),
    ),
  );
}

/** Team by team in name order, as the server sends them. */
export function slidesByTeam(challengeId: string, ceremony: Ceremony): HTMLElement[] {
  return ceremony.teams.map((team) => teamSlide(challengeId, team));
}

/**
 * Category by category, in the order of the challenge's categories (a category renamed or removed since keeps its place after
 * them); a category no team holds is left out. Within a category the teams stay in name order: a category may go to several
 * teams, and none of them is "the best".
 */
export function slidesByCategory(challengeId: string, ceremony: Ceremony): HTMLElement[] {
  const order = (ceremony.categories ?? []).map((c) => c.id);
  const byId = new Map<string, { name: string; holders: [CeremonyTeam, Recognition][] }>();
  for (const team of ceremony.teams) {
    for (const r of team.recognitions) {
      const id = r.categoryId ?? localized(r.category);
      if (!byId.has(id)) byId.set(id, { name: localized(r.category), holders: [] });
      byId.get(id)!.holders.push([team, r]);
    }
  }
  const inTemplateOrder = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const ids = [...byId.keys()].sort((a, b) => inTemplateOrder(a) - inTemplateOrder(b));
  return ids.map((id) => {
    const category = ceremony.categories?.find((c) => c.id === id);
    const entry = byId.get(id)!;
    return categorySlide(challengeId, category ? localized(category.name) : entry.name, entry.holders);
  });
}
