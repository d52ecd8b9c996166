import { postForFile, sendJson } from './core';
import { routes } from './routes';
import type { PupilProfile } from './types';

/**
 * A pupil's profile from the recovery codes they hold, one per challenge. The codes go in the body of a POST, never in an
 * address; a code that leads nowhere is refused with `recovery-code-unknown`.
 */
export const getProfile = (recoveryCodes: string[]) => sendJson<PupilProfile>('POST', routes.profile, { recoveryCodes });

/** The same profile as a printable PDF; `name` is printed on it only, never stored. */
export const getProfilePdf = (recoveryCodes: string[], name: string) => postForFile(routes.profilePdf, { recoveryCodes, name }, 'application/pdf');

/**
 * The same profile as a 1EdTech CLR 2.0 learner record: the pupil's badge credentials as issued, bundled and signed by
 * ChallengeHub on request (kept nowhere); a pupil without a badge in their name is refused with `learner-record-empty`.
 */
export const getLearnerRecord = (recoveryCodes: string[]) => postForFile(routes.profileClr, { recoveryCodes }, 'application/vc+ld+json');
