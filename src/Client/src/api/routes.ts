import type { Id } from './types';

/** One path segment, escaped: ids and codes come from addresses and forms. */
const segment = (value: Id) => encodeURIComponent(value);

const challenge = (challengeId: Id) => `/api/challenges/${segment(challengeId)}`;
const team = (challengeId: Id, teamId: Id) => `${challenge(challengeId)}/teams/${segment(teamId)}`;
const kit = (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/kit`;
const badges = (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/badges`;
const pupil = (challengeId: Id, teamId: Id, pupilId: Id) => `${team(challengeId, teamId)}/pupils/${segment(pupilId)}`;
const offer = (challengeId: Id, teamId: Id, offerId: Id) => `${team(challengeId, teamId)}/offers/${segment(offerId)}`;

/**
 * Every address of the server that the client uses, in one table: the API under `/api`, the public badge pages and
 * the hub. Modules under `api/` and the pages take their addresses from here, never by joining strings themselves.
 */
export const routes = {
  hub: '/hubs/challenge',
  session: '/api/session',
  pupilSession: '/api/session/pupil',
  setup: '/api/setup',
  invite: (code: string) => `/api/invites/${segment(code)}`,
  redeemInvite: (code: string) => `/api/invites/${segment(code)}/redeem`,
  publicBadge: (badgeId: Id) => `/badges/${segment(badgeId)}`,
  badgeCredential: (badgeId: Id) => `/badges/${segment(badgeId)}.json`,
  badgeLinkedData: (badgeId: Id) => `/badges/${segment(badgeId)}.jsonld`,
  badgeQr: (badgeId: Id) => `/badges/${segment(badgeId)}/qr.svg`,
  teamRecognitions: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/recognitions`,
  recognitionCredential: (challengeId: Id, recognitionId: Id) => `/recognitions/${segment(challengeId)}/${segment(recognitionId)}.json`,
  recognitionLinkedData: (challengeId: Id, recognitionId: Id) => `/recognitions/${segment(challengeId)}/${segment(recognitionId)}.jsonld`,

  challenges: '/api/challenges',
  challenge,
  framework: (challengeId: Id) => `${challenge(challengeId)}/framework`,
  schedule: (challengeId: Id) => `${challenge(challengeId)}/schedule`,
  lifecycleStep: (challengeId: Id, step: string) => `${challenge(challengeId)}/${segment(step)}`,
  closing: (challengeId: Id) => `${challenge(challengeId)}/closing`,
  close: (challengeId: Id) => `${challenge(challengeId)}/close`,
  invites: (challengeId: Id) => `${challenge(challengeId)}/invites`,
  challengeInvite: (challengeId: Id, code: string) => `${challenge(challengeId)}/invites/${segment(code)}`,
  resendInvite: (challengeId: Id, code: string) => `${challenge(challengeId)}/invites/${segment(code)}/resend`,
  season: (challengeId: Id) => `${challenge(challengeId)}/season`,
  seasonPlan: (challengeId: Id) => `${challenge(challengeId)}/season/plan`,
  seasonRounds: (challengeId: Id) => `${challenge(challengeId)}/season/rounds`,
  seasonVenues: (challengeId: Id, roundId: Id) => `${challenge(challengeId)}/season/rounds/${segment(roundId)}/venues`,
  venueTeams: (challengeId: Id, venueId: Id) => `${challenge(challengeId)}/season/venues/${segment(venueId)}/teams`,
  roundInvitation: (challengeId: Id, roundId: Id) => `${challenge(challengeId)}/season/rounds/${segment(roundId)}/invitation`,
  board: (challengeId: Id, venueId: Id) => `${challenge(challengeId)}/season/venues/${segment(venueId)}/board`,
  ceremony: (challengeId: Id, venueId: Id) => `${challenge(challengeId)}/season/venues/${segment(venueId)}/ceremony`,
  impact: (challengeId: Id) => `${challenge(challengeId)}/impact`,
  challengeCheckIn: (challengeId: Id) => `${challenge(challengeId)}/check-in`,
  teamCheckIn: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/check-in`,
  ownCheckIn: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/check-in/mine`,
  answerCheckIn: (challengeId: Id, teamId: Id, moment: 'start' | 'end') => `${team(challengeId, teamId)}/check-in/${segment(moment)}`,
  joinCards: (challengeId: Id) => `${challenge(challengeId)}/join-cards`,
  venueOverview: (challengeId: Id, venueId: Id) => `${challenge(challengeId)}/season/venues/${segment(venueId)}/overview`,
  recognitionCategories: (challengeId: Id) => `${challenge(challengeId)}/recognition-categories`,
  calibration: (challengeId: Id) => `${challenge(challengeId)}/calibration`,
  reviewQueue: (challengeId: Id, query: URLSearchParams) => `${challenge(challengeId)}/review-queue?${query.toString()}`,
  wall: (challengeId: Id) => `${challenge(challengeId)}/wall`,
  wallPhoto: (challengeId: Id, photoId: Id) => `${challenge(challengeId)}/wall/photos/${segment(photoId)}`,
  venueWallCounts: (challengeId: Id, venueId: Id) => `${challenge(challengeId)}/wall/venues/${segment(venueId)}/counts`,
  showcasePhoto: (challengeId: Id, teamId: Id, photoId: Id) =>
    `${challenge(challengeId)}/showcase/teams/${segment(teamId)}/photos/${segment(photoId)}`,
  catalogue: (challengeId: Id) => `${challenge(challengeId)}/shop/catalogue`,
  defaultBudget: (challengeId: Id) => `${challenge(challengeId)}/shop/budget`,
  kitTemplate: (challengeId: Id) => `${challenge(challengeId)}/kit-template`,
  issueKits: (challengeId: Id) => `${challenge(challengeId)}/kits/issue`,
  kitIssues: (challengeId: Id) => `${challenge(challengeId)}/kit-issues`,
  teamsWithoutKit: (challengeId: Id) => `${challenge(challengeId)}/teams-without-kit`,
  issueKit: (challengeId: Id, teamId: Id) => `${kit(challengeId, teamId)}/issue`,

  teams: (challengeId: Id) => `${challenge(challengeId)}/teams`,
  team,
  milestones: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/milestones`,
  evidence: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/evidence`,
  evidencePhoto: (challengeId: Id, teamId: Id, photoId: Id) => `${team(challengeId, teamId)}/evidence/${segment(photoId)}`,
  teamSeason: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/season`,
  runs: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/runs`,
  budget: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/budget`,
  budgetAdjustments: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/budget/adjustments`,
  orders: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/orders`,
  orderAction: (challengeId: Id, teamId: Id, orderId: Id, action: string) =>
    `${team(challengeId, teamId)}/orders/${segment(orderId)}/${segment(action)}`,
  kit,
  checkIn: (challengeId: Id, teamId: Id, partNumber: string) => `${kit(challengeId, teamId)}/items/${segment(partNumber)}/check-in`,
  replacements: (challengeId: Id, teamId: Id) => `${kit(challengeId, teamId)}/replacements`,
  delivered: (challengeId: Id, teamId: Id, replacementId: Id) =>
    `${kit(challengeId, teamId)}/replacements/${segment(replacementId)}/delivered`,
  badges,
  revokeBadge: (challengeId: Id, teamId: Id, badgeId: Id) => `${badges(challengeId, teamId)}/${segment(badgeId)}/revoke`,
  attributions: (challengeId: Id, teamId: Id) => `${badges(challengeId, teamId)}/attributions`,
  badgePupils: (challengeId: Id, teamId: Id, badgeId: Id) => `${badges(challengeId, teamId)}/${segment(badgeId)}/pupils`,
  badgeIdentity: (challengeId: Id, teamId: Id) => `${badges(challengeId, teamId)}/identity`,
  certificate: (challengeId: Id, teamId: Id, badgeId: Id) => `${badges(challengeId, teamId)}/${segment(badgeId)}/certificate`,
  profile: '/api/profile',
  profilePdf: '/api/profile/pdf',
  profileClr: '/api/profile/clr',
  pupils: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/pupils`,
  pupil,
  consent: (challengeId: Id, teamId: Id, pupilId: Id) => `${pupil(challengeId, teamId, pupilId)}/consent`,
  pupilPin: (challengeId: Id, teamId: Id, pupilId: Id) => `${pupil(challengeId, teamId, pupilId)}/pin`,
  pupilLock: (challengeId: Id, teamId: Id, pupilId: Id) => `${pupil(challengeId, teamId, pupilId)}/lock`,
  teamAccess: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/access`,
  roster: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/roster`,
  rosterConsent: (challengeId: Id, teamId: Id, entryId: Id) => `${team(challengeId, teamId)}/roster/${segment(entryId)}/consent`,
  pending: (challengeId: Id, teamId: Id, pendingId: Id) => `${team(challengeId, teamId)}/pending/${segment(pendingId)}`,
  pendingApproval: (challengeId: Id, teamId: Id, pendingId: Id) => `${team(challengeId, teamId)}/pending/${segment(pendingId)}/approve`,
  pupilExport: (challengeId: Id, teamId: Id, pupilId: Id) => `${pupil(challengeId, teamId, pupilId)}/export`,
  teamOffers: (challengeId: Id, teamId: Id) => `${team(challengeId, teamId)}/offers`,
  answerOffer: (challengeId: Id, teamId: Id, offerId: Id) => `${offer(challengeId, teamId, offerId)}/answer`,
} as const;
