import type { Competence, WallMilestone } from '../../api/types';
import { locale, localized, t } from '../../i18n/i18n';

/** What a wall says about a milestone: its title, one line of story, who logged it, and whether its words were withheld. */
export interface MilestoneLine {
  title: string;
  story: string;
  author: string;
  withheld: boolean;
}

/**
 * The one place where a milestone becomes words on the wall, used by the team card and by "In de kijker" alike, so that
 * what consent lets through is decided once. When the server withholds the pupil's words (its author gave no consent to
 * the wall, or was erased) the line is "een teamlid liet {competenties} zien" with the competences the server sent, in
 * the page's language, and no story or author.
 */
export function milestoneLine(milestone: WallMilestone, competences: ReadonlyMap<string, Competence>): MilestoneLine {
  if (!milestone.wordsWithheld) {
    return {
      title: milestone.title ?? '',
      story: milestone.story ?? '',
      author: t('wall.milestoneAuthor', { author: milestone.author ?? t('wall.teamMember') }),
      withheld: false,
    };
  }
  const names = milestone.competenceIds.map((id) => localized(competences.get(String(id))?.name) || String(id));
  const title = names.length === 0
    ? t('wall.wordsWithheldStep')
    : t('wall.wordsWithheld', { competences: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) });
  return { title, story: '', author: '', withheld: true };
}
