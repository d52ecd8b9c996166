import { backoffDelay, sleep } from './backoff';

export type Id = string;
export type Sector = 'electro' | 'construction';
export type ChallengeStatus = 'draft' | 'open' | 'running' | 'showcase' | 'closed';

export interface LocalizedText {
  nl: string;
  en: string;
  fr?: string | null;
}

export interface ChallengeSummary {
  id: Id;
  title: string;
  sector: Sector;
  status: ChallengeStatus;
}

export interface CompetenceLevel {
  level: number;
  name: LocalizedText;
  descriptor?: LocalizedText | null;
}

export interface Competence {
  id: Id;
  name: LocalizedText;
  levels: CompetenceLevel[];
  description?: LocalizedText | null;
  /** An ESCO skill URI or a Flemish professional qualification id. */
  externalReference?: string | null;
}

/** Dates are ISO calendar dates (yyyy-mm-dd), as an `<input type="date">` reads and writes them. */
export interface Phase {
  name: string;
  start: string;
  end: string;
}

export interface Schedule {
  start: string;
  end: string;
  eventDay?: string | null;
  phases: Phase[];
}

export interface TeamReference {
  id: Id;
  name: string;
  school: string;
}

export interface ClosingDecision {
  closedAt: string;
  override: boolean;
  reason?: string | null;
  teamsWithoutBadge: TeamReference[];
}

export interface ClosingCheck {
  status: ChallengeStatus;
  teamsWithoutBadge: TeamReference[];
  decision?: ClosingDecision | null;
}

export interface ChallengeDetail extends ChallengeSummary {
  competences: Competence[];
  schedule?: Schedule | null;
  closing?: ClosingDecision | null;
}

/** The shareable JSON document of a competence framework (export and import). */
export interface FrameworkDocument {
  format?: string | null;
  competences: Competence[];
}

export interface ScheduleRequest {
  start: string | null;
  end: string | null;
  eventDay: string | null;
  phases: { name: string; start: string | null; end: string | null }[];
}

/** The lifecycle steps that have their own route; closing goes through {@link closeChallenge}. */
export type LifecycleStep = 'open' | 'start' | 'showcase';

export interface Team {
  id: Id;
  challengeId: Id;
  name: string;
  school: string;
  joinCode: string;
}

export interface NewMilestone {
  title: string;
  story: string;
  competenceIds: Id[];
  orderIds?: Id[];
  /** The team's own evidence photos, uploaded first. */
  photoIds?: Id[];
}

export interface Milestone extends NewMilestone {
  id: Id;
  teamId: Id;
  loggedAt: string;
}

export interface WallCompetence {
  competenceId: Id;
  /** 0 = not shown yet, 1..4 = level shown. */
  level: number;
}

export interface WallMilestone {
  id: Id;
  title: string;
  story: string;
  competenceIds: Id[];
  loggedAt: string;
}

export interface WallTeam {
  id: Id;
  name: string;
  school: string;
  competences: WallCompetence[];
  recentMilestones: WallMilestone[];
}

export interface WallSnapshot {
  challengeId: Id;
  title: string;
  sequence: number;
  milestonesLogged: number;
  badgesAwarded: number;
  teams: WallTeam[];
}

interface WallDeltaBase {
  challengeId: Id;
  sequence: number;
  teamId: Id;
}

export type WallDelta =
  | (WallDeltaBase & { kind: 'teamRegistered'; team: WallTeam })
  | (WallDeltaBase & { kind: 'milestoneLogged'; milestone: WallMilestone })
  | (WallDeltaBase & { kind: 'badgeAwarded'; competence: WallCompetence })
  | (WallDeltaBase & { kind: 'frameworkChanged'; competenceIds: string[] });

/** RFC 9457 problem details as returned by the server. */
export interface ProblemDetails {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
  }
}

export const path = (...segments: Id[]) => segments.map((s) => encodeURIComponent(s)).join('/');

export async function readProblem(response: Response): Promise<ProblemError> {
  let problem: ProblemDetails = { title: response.statusText, status: response.status };
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // A malformed body still leaves us the status line, which is enough to report.
    }
  }
  return new ProblemError(response.status, problem);
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await readProblem(response);
  return (await response.json()) as T;
}

async function sendJson<T>(method: 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await readProblem(response);
  return (await response.json()) as T;
}

export const getChallenges = () => getJson<ChallengeSummary[]>('/api/challenges');

export const getChallenge = (challengeId: Id) =>
  getJson<ChallengeDetail>(`/api/challenges/${path(challengeId)}`);

export const getTeams = (challengeId: Id) =>
  getJson<Team[]>(`/api/challenges/${path(challengeId)}/teams`);

export const getWall = (challengeId: Id) =>
  getJson<WallSnapshot>(`/api/challenges/${path(challengeId)}/wall`);

const challengeUrl = (challengeId: Id, ...rest: string[]) => [`/api/challenges/${path(challengeId)}`, ...rest].join('/');

export const createChallenge = (title: string, sector: Sector) =>
  sendJson<ChallengeDetail>('POST', '/api/challenges', { title, sector });

export const getFramework = (challengeId: Id) => getJson<FrameworkDocument>(challengeUrl(challengeId, 'framework'));

/** Replaces the whole framework; while the challenge runs, nothing may be removed or renamed (409). */
export const putFramework = (challengeId: Id, framework: FrameworkDocument) =>
  sendJson<ChallengeDetail>('PUT', challengeUrl(challengeId, 'framework'), framework);

export const putSchedule = (challengeId: Id, schedule: ScheduleRequest) =>
  sendJson<ChallengeDetail>('PUT', challengeUrl(challengeId, 'schedule'), schedule);

export const advanceChallenge = (challengeId: Id, step: LifecycleStep) =>
  sendJson<ChallengeDetail>('POST', challengeUrl(challengeId, step));

export const getClosingCheck = (challengeId: Id) => getJson<ClosingCheck>(challengeUrl(challengeId, 'closing'));

/** With teams still without a badge, the server refuses (409) unless `override` is set with a reason. */
export const closeChallenge = (challengeId: Id, override: boolean, reason: string) =>
  sendJson<ChallengeDetail>('POST', challengeUrl(challengeId, 'close'), { override, reason: reason || null });

export const registerTeam = (challengeId: Id, name: string, school: string) =>
  sendJson<Team>('POST', challengeUrl(challengeId, 'teams'), { name, school });

/** True for failures worth retrying: the network dropped, or the server had a hiccup. */
export function isTransient(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ProblemError && error.status >= 500);
}

const POST_ATTEMPTS = 4;

/**
 * Posts JSON, retrying transient failures with the same Idempotency-Key so the server
 * stores it once even when an earlier attempt reached it but the answer got lost.
 */
export async function postWithIdempotencyKey<T>(url: string, body: unknown, idempotencyKey: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw await readProblem(response);
      return (await response.json()) as T;
    } catch (error) {
      if (!isTransient(error) || attempt + 1 >= POST_ATTEMPTS) throw error;
      await sleep(backoffDelay(attempt + 1));
    }
  }
}

export const logMilestone = (challengeId: Id, teamId: Id, milestone: NewMilestone, idempotencyKey: string) =>
  postWithIdempotencyKey<Milestone>(
    `/api/challenges/${path(challengeId)}/teams/${path(teamId)}/milestones`,
    milestone,
    idempotencyKey,
  );

/** Keeps retrying a read until it succeeds or fails for a reason retrying cannot fix. */
export async function withRetry<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (!isTransient(error)) throw error;
      await sleep(backoffDelay(attempt));
    }
  }
}

/**
 * crypto.randomUUID only exists in secure contexts; school tablets may reach the server
 * over plain http on the local network, so fall back to getRandomValues (available everywhere).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
