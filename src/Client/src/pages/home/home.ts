import '../../i18n/language';
import '../../ui/styles.css';
import './home.css';
import { getChallenges } from '../../api/challenges';
import { loadSession, type Role } from '../../api/session';
import type { ChallengeSummary } from '../../api/types';
import { accountBar, homeFor } from '../../ui/account';
import { byId, h } from '../../ui/dom';
import { sectorLabel } from '../../ui/labels';
import { t } from '../../i18n/i18n';

function challengeItem(challenge: ChallengeSummary, role: Role | null): HTMLElement {
  const query = `?challenge=${encodeURIComponent(challenge.id)}`;
  return h(
    'li',
    { class: 'challenge-card' },
    h('h2', {}, challenge.title),
    h('p', { class: `sector-label sector-${challenge.sector}` }, sectorLabel(challenge.sector)),
    h(
      'p',
      { class: 'challenge-links' },
      h('a', { class: 'button', href: `/wall.html${query}` }, t('home.openWall')),
      role === 'employer' && h('a', { class: 'button button-secondary', href: `/showcase.html${query}` }, t('home.openShowcase')),
      role === 'organiser' && h('a', { class: 'button button-secondary', href: `/organiser.html${query}` }, t('home.manage')),
      role === 'organiser' && h('a', { class: 'button button-secondary', href: `/kits.html${query}` }, t('home.kits')),
      role === 'coach' && h('a', { class: 'button button-secondary', href: `/coach.html${query}` }, t('home.myTeams')),
      role === 'juror' && h('a', { class: 'button button-secondary', href: `/juror.html${query}` }, t('home.lead.juror')),
    ),
  );
}

/** What each signed-in role can do here; the public sees the walls of every challenge past its preparation. */
const roleIntro: Partial<Record<Role, string>> = {
  juror: t('home.intro.juror'),
  employer: t('home.intro.employer'),
  coach: t('home.intro.coach'),
  organiser: t('home.intro.organiser'),
};

async function load(container: HTMLElement): Promise<void> {
  container.setAttribute('aria-busy', 'true');
  try {
    const session = await loadSession();
    const role = session.signedIn ? (session.role ?? null) : null;
    const header = document.querySelector('.site-header')!;
    header.querySelector('.site-account')?.remove();
    header.append(
      session.signedIn
        ? accountBar(session)
        : h('div', { class: 'site-account' }, h('a', { href: '/signin.html' }, t('home.signIn')), h('a', { href: '/tablet.html' }, t('home.pupilTablet'))),
    );
    for (const earlier of document.querySelectorAll('.role-intro')) earlier.remove();
    const intro = role && roleIntro[role];
    if (intro) container.before(h('p', { class: 'intro role-intro' }, intro));
    // Each signed-in role is one tap from where its work is: a juror's queue, an employer's showcase, a coach's teams.
    const lead = role === 'juror' || role === 'employer' || role === 'coach' ? t(`home.lead.${role}`) : null;
    if (lead) container.before(h('p', { class: 'role-intro' }, h('a', { class: 'button', href: homeFor(role) }, lead)));
    if (role === 'pupil') container.before(h('p', { class: 'role-intro' }, h('a', { class: 'button', href: homeFor(role) }, t('home.toTablet'))));
    const challenges = await getChallenges();
    container.replaceChildren(
      challenges.length > 0
        ? h('ul', { class: 'challenge-list' }, ...challenges.map((challenge) => challengeItem(challenge, role)))
        : h('p', {}, t('home.none')),
    );
  } catch {
    const retry = h('button', { type: 'button', class: 'button' }, t('home.retry'));
    retry.addEventListener('click', () => void load(container));
    container.replaceChildren(
      h('div', { class: 'notice', role: 'alert' }, h('p', {}, t('home.loadFailed')), retry),
    );
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

void load(byId('challenges'));
