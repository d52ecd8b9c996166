import type { Competence, WallMilestone } from '../../api/types';
import { locale, localized, t } from '../../i18n/i18n';

/**
 * The line a card or the spotlight shows for a milestone: its title in the pupil's own words, or, when the server withholds
 * them (its author gave no consent to the wall, or was erased), "een teamlid liet {competenties} zien" with the competences
 * the server sent, in the page's language.
 */
export function milestoneLine(milestone: WallMilestone, competences: ReadonlyMap<string, Competence>): string {
  if (!milestone.wordsWithheld) return milestone.title ?? '';
  const names = milestone.competenceIds.map((id) => localized(competences.get(String(id))?.name) || String(id));
  return names.length === 0
    ? t('wall.wordsWithheldStep')
    : t('wall.wordsWithheld', { competences: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) });
}
