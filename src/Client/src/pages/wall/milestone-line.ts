import type { WallMilestone } from '../../api/types';
import { t } from '../../i18n/i18n';

/** What a wall says about a milestone: its title, one line of story, and who logged it. */
export interface MilestoneLine {
  title: string;
  story: string;
  author: string;
}

/**
 * The one place where a milestone becomes words on the wall, used by the team card and by "In de kijker" alike, so that
 * what consent lets through is decided once.
 */
export function milestoneLine(milestone: WallMilestone): MilestoneLine {
  return {
    title: milestone.title,
    story: milestone.story,
    author: t('wall.milestoneAuthor', { author: milestone.author ?? t('wall.teamMember') }),
  };
}
