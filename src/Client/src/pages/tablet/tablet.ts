import '../../i18n/language';
import '../../ui/styles.css';
import './tablet.css';
import { getChallenge, getTeams } from '../../api/challenges';
import { isTransient, withRetry } from '../../api/core';
import { ProblemError } from '../../api/problems';
import { loadSession, setSession, type Session, whenSignedOut } from '../../api/session';
import type { ChallengeDetail, Team } from '../../api/types';
import { accountBar } from '../../ui/account';
import { byId, byName, challengeIdFromUrl, h } from '../../ui/dom';
import { showSchedule } from '../../ui/schedule';
import { t } from '../../i18n/i18n';
import { offerCheckIn } from './check-in';
import { IDLE_MINUTES, showJoinForm, signOutButton, watchIdle } from './join';
import { offlineStart, type OfflineStart } from './offline';
import { Outbox } from './outbox';
import { registerServiceWorker } from './pwa';
import { endSession, finishPendingSignOut, signOutPending } from './sign-out';
import { TabletPage } from './tablet-page';

function showNotice(root: HTMLElement, message: string, retry?: () => void): void {
  const notice = h('div', { class: 'notice', role: 'alert' }, h('p', {}, message));
  if (retry) {
    const button = h('button', { type: 'button', class: 'button' }, t('tablet.notice.retry'));
    button.addEventListener('click', retry);
    notice.append(button);
  }
  notice.append(h('p', {}, h('a', { href: '/' }, t('tablet.notice.toList'))));
  root.replaceChildren(notice);
}

function showChallenge(challenge: ChallengeDetail): void {
  byId('challenge-title').textContent = challenge.title;
  showSchedule(byId('challenge-schedule'), challenge.schedule);
  document.title = t('tablet.pageTitleFor', { challenge: challenge.title });
}

async function loadChallenge(challengeId: string): Promise<[ChallengeDetail, Team[]]> {
  const [challenge, teams] = await Promise.all([withRetry(() => getChallenge(challengeId)), withRetry(() => getTeams(challengeId))]);
  showChallenge(challenge);
  return [challenge, teams];
}

/** How long signing out waits for the outbox to send a pupil's waiting work before that work stays behind for them. */
const SIGN_OUT_SEND_MS = 5_000;

/**
 * A pupil works on their own team only; signing out (one tap, or after a while untouched) brings the join form back.
 * `known` is what the tab kept from before a reload without network.
 */
async function startPupil(root: HTMLElement, session: Session, reason?: string, known?: OfflineStart): Promise<void> {
  let outbox: Outbox | undefined;
  let page: TabletPage | undefined;
  const join = (why: string) => {
    outbox?.stop();
    page?.stop();
    offlineStart.forget();
    byId('challenge-title').textContent = '';
    byId('challenge-schedule').hidden = true;
    showJoinForm(root, (joined) => void startPupil(root, joined), why);
  };
  if (session.role !== 'pupil' || !session.challengeId || !session.accountId) {
    join(reason ?? '');
    return;
  }
  const pupilOutbox = new Outbox(session.accountId);
  outbox = pupilOutbox;
  const finishOutbox = () => pupilOutbox.finish(SIGN_OUT_SEND_MS);
  /** What the pupil is told after signing out: whether the tablet still has to end the session, and what of theirs waits. */
  const signedOut = async (lead: string, ended: boolean) => {
    const waiting = await pupilOutbox.countWaiting().catch(() => 0);
    const parts = [lead, ended ? '' : t('tablet.pupil.signOutOffline'), waiting > 0 ? t(waiting === 1 ? 'tablet.pupil.waitingKept.one' : 'tablet.pupil.waitingKept.other', { count: waiting }) : ''];
    join(parts.filter(Boolean).join(' '));
  };
  const idle = watchIdle(
    () => void finishOutbox().catch(() => undefined).then(() => endSession()).catch(() => false).then((ended) => signedOut(t('tablet.pupil.idle', { minutes: IDLE_MINUTES }), ended)),
    () => void loadSession(true).catch(() => undefined),
  );
  whenSignedOut(() => {
    idle.stop();
    join(t('tablet.pupil.sessionEnded'));
  });
  const bar = h(
    'div',
    { class: 'pupil-bar' },
    h('p', {}, `${t('chrome.signedInAs')} `, h('strong', {}, session.displayName ?? '')),
    signOutButton(finishOutbox, (ended) => {
      idle.stop();
      void signedOut(t('tablet.pupil.signedOut'), ended);
    }),
  );
  bar.append(h('a', { class: 'button button-secondary', href: '/my-badges.html' }, t('badges.mine.link')));
  if (known) showChallenge(known.challenge);
  const [challenge, teams] = known ? [known.challenge, known.teams] : await loadChallenge(session.challengeId);
  const own = teams.filter((team) => String(team.id) === String(session.teamId));
  offlineStart.remember({ session, challenge, teams: own });
  if (!known && session.teamId) await offerCheckIn(root, session.challengeId, session.teamId);
  page = new TabletPage(root, challenge, own, outbox, bar);
  page.start();
}

/** The session; without a network, the one this tab kept (a pupil's work goes on and waits in the outbox). */
async function currentSession(): Promise<{ session: Session; known?: OfflineStart }> {
  if (signOutPending() && !(await finishPendingSignOut())) {
    // The previous pupil signed out without a network: their session is never used again, whatever the cookie says.
    offlineStart.forget();
    return { session: setSession({ signedIn: false, antiforgeryToken: '', setupNeeded: false }) };
  }
  const known = offlineStart.recall();
  try {
    return { session: await loadSession() };
  } catch (error) {
    if (!known || !isTransient(error)) return { session: await withRetry(() => loadSession()) };
    return { session: setSession(known.session), known };
  }
}

async function main(): Promise<void> {
  const root = byId('tablet');
  const challengeId = challengeIdFromUrl();
  try {
    const { session, known } = await currentSession();
    if (!session.signedIn || session.role === 'pupil' || !challengeId) {
      await startPupil(root, session, undefined, known);
      return;
    }
    // Staff (a coach or organiser) keep working for any team they may act for, chosen on the page.
    document.querySelector('.site-header')?.append(accountBar(session));
    const [challenge, teams] = await loadChallenge(challengeId);
    new TabletPage(root, challenge, teams.sort(byName), new Outbox(session.accountId ?? 'staff')).start();
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    showNotice(root, t(notFound ? 'tablet.notice.notFound' : 'tablet.notice.loadFailed'), () => {
      root.replaceChildren(h('p', { class: 'loading' }, t('chrome.loading')));
      void main();
    });
  }
}

registerServiceWorker();
void main();
