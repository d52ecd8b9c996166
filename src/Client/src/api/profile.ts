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
