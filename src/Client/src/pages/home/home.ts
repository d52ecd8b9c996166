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
      h('a', { class: 'button', href: `/wall.html${query}` }, 'Open de wall'),
      role === 'organiser' && h('a', { class: 'button button-secondary', href: `/organiser.html${query}` }, 'Beheren'),
      role === 'organiser' && h('a', { class: 'button button-secondary', href: `/kits.html${query}` }, 'Materiaalkits'),
      role === 'coach' && h('a', { class: 'button button-secondary', href: `/coach.html${query}` }, 'Mijn teams'),
      role === 'juror' && h('a', { class: 'button button-secondary', href: `/juror.html${query}` }, t('home.lead.juror')),
      role === 'employer' && h('a', { class: 'button button-secondary', href: `/showcase.html${query}` }, t('home.lead.employer')),
    ),
  );
}

/** What each signed-in role can do here; the public sees the walls of every challenge past its preparation. */
const roleIntro: Partial<Record<Role, string>> = {
  juror: 'Als jurylid bekijk je het bewijs dat de teams verzamelen en ken je badges toe. Hieronder staan de challenges waarin je jureert.',
  employer: 'Als werkgever ontdek je wat de teams kunnen: open de wall van een challenge. De showcase met verhalen en foto’s volgt.',
  coach: 'Hieronder staan de challenges waarin je coacht.',
  organiser: 'Hieronder staan de challenges die je organiseert.',
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
        : h('div', { class: 'site-account' }, h('a', { href: '/signin.html' }, 'Aanmelden'), h('a', { href: '/tablet.html' }, 'Leerling? Naar de tablet')),
    );
    for (const earlier of document.querySelectorAll('.role-intro')) earlier.remove();
    const intro = role && roleIntro[role];
    if (intro) container.before(h('p', { class: 'intro role-intro' }, intro));
    // Each signed-in role is one tap from where its work is: a juror's queue, an employer's showcase, a coach's teams.
    const lead = role === 'juror' || role === 'employer' || role === 'coach' ? t(`home.lead.${role}`) : null;
    if (lead) container.before(h('p', { class: 'role-intro' }, h('a', { class: 'button', href: homeFor(role) }, lead)));
    if (role === 'pupil') container.before(h('p', { class: 'role-intro' }, h('a', { class: 'button', href: homeFor(role) }, 'Naar jullie tablet')));
    const challenges = await getChallenges();
    container.replaceChildren(
      challenges.length > 0
        ? h('ul', { class: 'challenge-list' }, ...challenges.map((challenge) => challengeItem(challenge, role)))
        : h('p', {}, 'Er zijn nog geen challenges.'),
    );
  } catch {
    const retry = h('button', { type: 'button', class: 'button' }, 'Opnieuw proberen');
    retry.addEventListener('click', () => void load(container));
    container.replaceChildren(
      h('div', { class: 'notice', role: 'alert' }, h('p', {}, 'De challenges konden niet geladen worden.'), retry),
    );
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

void load(byId('challenges'));
