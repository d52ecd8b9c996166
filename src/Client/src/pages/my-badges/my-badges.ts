import '../../i18n/language';
import '../../ui/styles.css';
import '../../ui/badges.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { loadSession } from '../../api/session';
import type { ChallengeDetail } from '../../api/types';
import { getOwnIdentity, publicBadgeUrl } from '../../api/badges';
import { byId, h } from '../../ui/dom';
import { getBadges, type Badge } from '../../api/juror';
import { localized, t } from '../../i18n/i18n';

/**
 * The signed-in pupil's own proof: the code their hashed identity in each credential is made of, and the badges their coach
 * put in their name. Only the pupil sees this page; the code is in no credential, so it is what makes a badge theirs.
 */
function render(root: HTMLElement, challenge: ChallengeDetail, recoveryCode: string, badges: Badge[]): void {
  const name = (badge: Badge) => {
    const competence = challenge.competences.find((c) => c.id === badge.competenceId);
    return t('badges.mine.badge', { competence: localized(competence?.name) || badge.competenceId, level: badge.level });
  };
  root.replaceChildren(
    h('h1', {}, t('badges.mine.heading')),
    h(
      'section',
      { class: 'panel my-badges-code', 'aria-labelledby': 'code-heading' },
      h('h2', { id: 'code-heading' }, t('badges.mine.codeHeading')),
      h('p', {}, h('code', { class: 'join-code join-code-large recovery-code' }, recoveryCode)),
      h('p', {}, t('badges.mine.codeExplain')),
      h('p', { class: 'hint' }, t('badges.mine.codeKeep')),
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'list-heading' },
      h('h2', { id: 'list-heading' }, t('badges.mine.listHeading')),
      badges.length === 0
        ? h('p', { class: 'hint' }, t('badges.mine.none'))
        : h(
            'ul',
            { class: 'my-badges-list' },
            ...badges.map((badge) =>
              h(
                'li',
                { 'data-badge-id': badge.id },
                h('a', { href: publicBadgeUrl(badge.id), 'aria-label': t('badges.mine.open', { badge: name(badge) }) }, name(badge)),
                badge.revocation ? ` (${t('badges.mine.revoked')})` : '',
              ),
            ),
          ),
    ),
    h('p', {}, h('a', { href: '/tablet.html' }, t('badges.mine.back'))),
  );
}

async function main(): Promise<void> {
  const root = byId('my-badges');
  try {
    const session = await withRetry(() => loadSession());
    const { challengeId, teamId } = session;
    if (session.role !== 'pupil' || !challengeId || !teamId) {
      root.replaceChildren(h('p', { class: 'notice' }, t('badges.mine.signIn'), ' ', h('a', { href: '/tablet.html' }, t('badges.mine.back'))));
      return;
    }
    const [challenge, identity, badges] = await Promise.all([
      withRetry(() => getChallenge(challengeId)),
      getOwnIdentity(challengeId, teamId),
      getBadges(challengeId, teamId),
    ]);
    byId('challenge-title').textContent = challenge.title;
    const mine = new Set(identity.badges.map((b) => String(b.badgeId)));
    render(root, challenge, identity.recoveryCode, badges.filter((badge) => mine.has(String(badge.id))));
  } catch {
    root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, t('badges.mine.loadFailed')));
  }
}

void main();
