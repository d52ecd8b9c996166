import '../../i18n/language';
import '../../ui/styles.css';
import '../../ui/badges.css';
import './my-badges.css';
import { getChallenge } from '../../api/challenges';
import { withRetry } from '../../api/core';
import { loadSession } from '../../api/session';
import type { ChallengeDetail, Recognition } from '../../api/types';
import { getTeamRecognitions, recognitionCredentialUrl, recognitionLinkedDataUrl } from '../../api/recognitions';
import { badgeCredentialUrl, badgeLinkedDataUrl, badgeQrUrl, getCertificate, getOwnIdentity, publicBadgeUrl } from '../../api/badges';
import { byId, h } from '../../ui/dom';
import { getBadges, type Badge } from '../../api/juror';
import { localized, t } from '../../i18n/i18n';
import { linkedProfile } from './link-codes';

/**
 * The signed-in pupil's own proof: the code their hashed identity in each credential is made of, and the badges their coach
 * put in their name. Only the pupil sees this page; the code is in no credential, so it is what makes a badge theirs.
 */
/**
 * What a pupil takes away of one badge: the signed credential as a file, a QR code a wallet or phone scans to fetch it,
 * and a printable certificate on which they may type their own name (printed only, never stored).
 */
function keep(challengeId: string, teamId: string, badge: Badge, name: string): HTMLElement {
  const id = String(badge.id);
  const status = h('p', { class: 'hint certificate-status', role: 'status' });
  const nameInput = h('input', { type: 'text', name: 'name', maxlength: '60', autocomplete: 'off', class: 'certificate-name' }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'certificate-form' },
    h('label', {}, t('badges.mine.certificateName'), ' ', nameInput),
    h('p', { class: 'hint' }, t('badges.mine.certificateNameHint')),
    h('button', { type: 'submit', class: 'button' }, t('badges.mine.certificate')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = t('badges.mine.certificateMaking');
    getCertificate(challengeId, teamId, id, nameInput.value.trim())
      .then((pdf) => {
        const link = h('a', { href: URL.createObjectURL(pdf), download: `certificate-${id}.pdf` }) as HTMLAnchorElement;
        link.click();
        status.textContent = t('badges.mine.certificateReady');
      })
      .catch(() => {
        status.textContent = t('badges.mine.certificateFailed');
      });
  });
  return h(
    'div',
    { class: 'badge-keep' },
    h(
      'p',
      {},
      h('a', { class: 'badge-download', href: badgeCredentialUrl(id), download: `badge-${id}.jwt` }, t('badges.mine.download', { badge: name })),
    ),
    h(
      'p',
      {},
      h('a', { class: 'badge-download-linked-data', href: badgeLinkedDataUrl(id), download: `badge-${id}.jsonld` }, t('badges.mine.downloadLinkedData')),
    ),
    h('img', { class: 'badge-qr', src: badgeQrUrl(id), width: '160', height: '160', alt: t('badges.mine.qrAlt', { badge: name }) }),
    badge.revocation ? h('p', { class: 'hint' }, t('badges.mine.noCertificate')) : form,
  );
}

/** The team's published recognitions, each with the same two credential downloads as a badge: they are the team's, so every pupil of it sees them. */
function recognitionsSection(challengeId: string, recognitions: Recognition[]): HTMLElement {
  const item = (recognition: Recognition) => {
    const id = String(recognition.id);
    const name = t('badges.mine.recognition', { category: localized(recognition.category.name) });
    return h(
      'li',
      { 'data-recognition-id': id },
      h('h3', {}, name),
      h('p', {}, recognition.reason),
      h('p', {}, h('a', { class: 'recognition-download', href: recognitionCredentialUrl(challengeId, id), download: `recognition-${id}.jwt` }, t('badges.mine.download', { badge: name }))),
      h('p', {}, h('a', { class: 'recognition-download-linked-data', href: recognitionLinkedDataUrl(challengeId, id), download: `recognition-${id}.jsonld` }, t('badges.mine.downloadLinkedData'))),
    );
  };
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'recognitions-heading' },
    h('h2', { id: 'recognitions-heading' }, t('badges.mine.recognitionsHeading')),
    recognitions.length === 0
      ? h('p', { class: 'hint' }, t('badges.mine.recognitionsNone'))
      : h('ul', { class: 'my-badges-list my-recognitions' }, ...recognitions.map(item)),
  );
}

function render(root: HTMLElement, challenge: ChallengeDetail, teamId: string, recoveryCode: string, badges: Badge[], recognitions: Recognition[]): void {
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
                h('h3', {}, h('a', { class: 'badge-page', href: publicBadgeUrl(badge.id), 'aria-label': t('badges.mine.open', { badge: name(badge) }) }, name(badge)),
                  badge.revocation ? ` (${t('badges.mine.revoked')})` : ''),
                keep(String(challenge.id), teamId, badge, name(badge)),
              ),
            ),
          ),
    ),
    recognitionsSection(String(challenge.id), recognitions),
    linkedProfile(recoveryCode, teamId),
    h('p', {}, h('a', { href: '/tablet.html' }, t('badges.mine.back'))),
  );
}

async function main(): Promise<void> {
  const root = byId('my-badges');
  try {
    const session = await withRetry(() => loadSession());
    const { challengeId, teamId } = session;
    if (session.role !== 'pupil' || !challengeId || !teamId) {
      // Years later a pupil has no team session any more, only the codes they kept: those alone open the profile.
      root.replaceChildren(
        h('h1', {}, t('profile.heading')),
        h('p', { class: 'notice' }, t('badges.mine.signIn'), ' ', h('a', { href: '/tablet.html' }, t('badges.mine.back'))),
        linkedProfile(undefined, undefined),
      );
      return;
    }
    const [challenge, identity, badges, recognitions] = await Promise.all([
      withRetry(() => getChallenge(challengeId)),
      getOwnIdentity(challengeId, teamId),
      getBadges(challengeId, teamId),
      getTeamRecognitions(challengeId, teamId),
    ]);
    byId('challenge-title').textContent = challenge.title;
    const mine = new Set(identity.badges.map((b) => String(b.badgeId)));
    render(root, challenge, teamId, identity.recoveryCode, badges.filter((badge) => mine.has(String(badge.id))), recognitions);
  } catch {
    root.replaceChildren(h('p', { class: 'notice', role: 'alert' }, t('badges.mine.loadFailed')));
  }
}

void main();
