import { routes } from '../../api/routes';
import type { ProfileBadge, ProfileChallenge, ProfileEvidence, ProfileRecognition, PupilProfile } from '../../api/types';
import { formatDateTime, localized, t } from '../../i18n/i18n';
import { h } from '../../ui/dom';

/**
 * The pupil's "what I can do": per competence, every badge in their name with the level's descriptor, the jurors' words,
 * where it was shown and the evidence; then their teams' recognitions. Photos come through the team's evidence route, so
 * they show only for the team the pupil is signed in to (an earlier challenge's photos stay behind its access rules).
 */
export function profileView(profile: PupilProfile, signedInTeamId: string | undefined): HTMLElement {
  const challengeOf = (id: string) => profile.challenges.find((c) => c.challengeId === id);
  return h(
    'section',
    { class: 'panel profile', 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading' }, t('profile.heading')),
    h('p', {}, t('profile.intro')),
    h('h3', {}, t('profile.challengesHeading')),
    h('ul', { class: 'profile-challenges' }, ...profile.challenges.map((c) => h('li', { 'data-team-id': c.teamId }, challengeLine(c)))),
    h('h3', {}, t('profile.competencesHeading')),
    profile.competences.length === 0
      ? h('p', { class: 'hint' }, t('profile.noBadges'))
      : h(
          'ul',
          { class: 'profile-competences' },
          ...profile.competences.map((competence) =>
            h(
              'li',
              { 'data-competence': competence.competenceId },
              h('h4', {}, localized(competence.name)),
              h('ul', { class: 'profile-badges' }, ...competence.badges.map((b) => badgeView(b, challengeOf(b.challengeId), signedInTeamId))),
            ),
          ),
        ),
    ...(profile.recognitions.length === 0
      ? []
      : [
          h('h3', {}, t('profile.recognitionsHeading')),
          h('ul', { class: 'profile-recognitions' }, ...profile.recognitions.map((r) => recognitionView(r, challengeOf(r.challengeId), signedInTeamId))),
        ]),
  );
}

const challengeLine = (c: ProfileChallenge) => t('profile.challenge', { title: c.title, team: c.teamName, school: c.school, nickname: c.nickname });

function where(challenge: ProfileChallenge | undefined, round: string | null, venue: string | null): string {
  return [challenge?.title, round, venue].filter((part): part is string => !!part).join(' · ');
}

function badgeView(badge: ProfileBadge, challenge: ProfileChallenge | undefined, signedInTeamId: string | undefined): HTMLElement {
  return h(
    'li',
    { class: 'profile-badge', 'data-badge-id': badge.badgeId },
    h('p', { class: 'profile-level' }, h('strong', {}, t('profile.level', { level: badge.level, name: localized(badge.levelName) }))),
    badge.descriptor ? h('p', { class: 'profile-descriptor' }, localized(badge.descriptor)) : '',
    h('p', { class: 'hint' }, where(challenge, badge.round, badge.venue), ' · ', t('profile.awardedOn', { date: formatDateTime(badge.awardedAt, { dateStyle: 'long' }) })),
    words(t('profile.shown'), badge.shown),
    badge.nextStep ? words(t('profile.nextStep'), badge.nextStep) : '',
    badge.observation ? words(t('profile.observation'), badge.observation) : '',
    evidenceView(badge.evidence, badge.challengeId, badge.teamId, signedInTeamId),
  );
}

function recognitionView(recognition: ProfileRecognition, challenge: ProfileChallenge | undefined, signedInTeamId: string | undefined): HTMLElement {
  return h(
    'li',
    { class: 'profile-recognition', 'data-recognition-id': recognition.recognitionId },
    h('p', {}, h('strong', {}, localized(recognition.category))),
    h('p', { class: 'hint' }, where(challenge, recognition.round, recognition.venue)),
    h('p', {}, recognition.reason),
    recognition.words ? h('p', {}, recognition.words) : '',
    evidenceView(recognition.evidence, recognition.challengeId, recognition.teamId, signedInTeamId),
  );
}

const words = (label: string, text: string) => h('div', { class: 'profile-words' }, h('p', { class: 'profile-label' }, label), h('p', {}, text));

function evidenceView(evidence: ProfileEvidence[], challengeId: string, teamId: string, signedInTeamId: string | undefined): HTMLElement | string {
  if (evidence.length === 0) return '';
  const photos = teamId === signedInTeamId;
  return h(
    'div',
    { class: 'profile-evidence' },
    h('p', { class: 'profile-label' }, t('profile.evidence')),
    h(
      'ul',
      {},
      ...evidence.map((e) =>
        h(
          'li',
          { class: e.own ? 'profile-own' : 'profile-teammate' },
          e.own ? h('strong', {}, e.title) : t('profile.teammateEvidence', { title: e.title }),
          e.story ? h('p', {}, e.story) : '',
          ...(photos
            ? e.photoIds.map((id) =>
                h('img', { class: 'profile-photo', src: routes.evidencePhoto(challengeId, teamId, id), alt: t('profile.photoAlt', { title: e.title }), loading: 'lazy' }),
              )
            : []),
        ),
      ),
    ),
  );
}
