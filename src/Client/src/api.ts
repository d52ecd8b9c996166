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
  /** The nickname of the pupil who logged it, only when they agreed to show it on the wall. */
  author?: string | null;
}

export interface WallTeam {
  id: Id;
  name: string;
  school: string;
  competences: WallCompetence[];
  recentMilestones: WallMilestone[];
  /** Nicknames of the pupils who agreed to show them on the wall. */
  members?: string[] | null;
  /** Every pupil of the team, shown or not. */
  pupils?: number;
  /** The photo of its newest milestone that consent lets the wall show (see `wallPhotoUrl`). */
  photoId?: Id | null;
}

/** Challenge-wide counts across all teams; "today" is a day in Brussels that ends at `dayEndsAt`. */
export interface WallCounts {
  milestonesLogged: number;
  badgesAwarded: number;
  competencesShownToday: number;
  dayEndsAt: string;
}

export interface WallSnapshot {
  challengeId: Id;
  title: string;
  sequence: number;
  milestonesLogged: number;
  badgesAwarded: number;
  teams: WallTeam[];
  competencesShownToday?: number;
  dayEndsAt?: string | null;
}

interface WallDeltaBase {
  challengeId: Id;
  sequence: number;
  teamId: Id;
  counts?: WallCounts | null;
}

export type WallDelta =
  | (WallDeltaBase & { kind: 'teamRegistered'; team: WallTeam })
  | (WallDeltaBase & { kind: 'milestoneLogged'; milestone: WallMilestone; team?: WallTeam | null })
  | (WallDeltaBase & { kind: 'badgeAwarded'; competence: WallCompetence })
  | (WallDeltaBase & { kind: 'badgeRevoked'; competence: WallCompetence })
  | (WallDeltaBase & { kind: 'frameworkChanged'; competenceIds: string[] })
  | (WallDeltaBase & { kind: 'teamChanged'; team: WallTeam });

/** RFC 9457 problem details as returned by the server. */
export interface ProblemDetails {
  /** The stable kind of refusal, `/problems/{code}`: branch on this, never on the title, which follows the page's language. */
  type?: string;
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

export type Role = 'organiser' | 'coach' | 'juror' | 'employer' | 'pupil';

/** Who this browser is signed in as, and the token its changes must carry (`GET /api/session`). */
export interface Session {
  signedIn: boolean;
  antiforgeryToken: string;
  setupNeeded: boolean;
  accountId?: Id | null;
  role?: Role | null;
  displayName?: string | null;
  teamId?: Id | null;
  challengeId?: Id | null;
  challengeIds?: Id[] | null;
}

let session: Promise<Session> | null = null;

/** The session, loaded once per page; sign-in and sign-out replace it (the token is bound to who is signed in). */
export function loadSession(reload = false): Promise<Session> {
  if (!session || reload) {
    const loading = request<Session>('GET', '/api/session', undefined, {}, false);
    session = loading;
    // A failed load is not remembered: the next call asks again.
    loading.catch(() => {
      if (session === loading) session = null;
    });
  }
  return session;
}

export function setSession(next: Session): Session {
  session = Promise.resolve(next);
  return next;
}

/**
 * What a page does when the server says nobody is signed in (401): staff pages go to the sign-in page and come back,
 * the tablet shows its join form. The promise of the refused call never settles, so no page shows a raw error meanwhile.
 */
let onSignedOut: () => void = () => {
  const back = `${location.pathname}${location.search}${location.hash}`;
  location.assign(`/signin.html?return=${encodeURIComponent(back)}`);
};

export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

const RELOAD_TYPE = '/problems/reload-page';

/**
 * Every API call goes through here: same-origin cookies, the antiforgery token on each change, and one retry with a
 * fresh token when the server says the page's token is stale (the session changed in another tab).
 * `signInOn401` is false for the sign-in calls themselves, where 401 means a wrong passphrase or PIN. `signal` lets the
 * tablet's outbox give up on a request that hangs, to send it again later with the same Idempotency-Key.
 */
export async function request<T>(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
  signInOn401 = true,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const changes = method !== 'GET';
    const form = body instanceof FormData;
    const token = changes ? (await loadSession(attempt > 0)).antiforgeryToken : undefined;
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined || form ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { 'X-CSRF-TOKEN': token } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal,
    });
    if (response.ok) {
      // Sign-out, erase and the like answer without a body.
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }
    const problem = await readProblem(response);
    if (response.status === 401 && signInOn401) {
      session = null;
      onSignedOut();
      return new Promise<T>(() => {});
    }
    if (changes && attempt === 0 && response.status === 400 && problem.problem.type === RELOAD_TYPE) continue;
    throw problem;
  }
}

export const getJson = <T>(url: string) => request<T>('GET', url);

const sendJson = <T>(method: 'POST' | 'PUT', url: string, body?: unknown) => request<T>(method, url, body);

export const getChallenges = () => getJson<ChallengeSummary[]>('/api/challenges');

export const getChallenge = (challengeId: Id) =>
  getJson<ChallengeDetail>(`/api/challenges/${path(challengeId)}`);

export const getTeams = (challengeId: Id) =>
  getJson<Team[]>(`/api/challenges/${path(challengeId)}/teams`);

export const getWall = (challengeId: Id) =>
  getJson<WallSnapshot>(`/api/challenges/${path(challengeId)}/wall`);

/** A small rendition of a photo a card shows; served only while the card shows it. */
export const wallPhotoUrl = (challengeId: Id, photoId: Id) =>
  `/api/challenges/${path(challengeId, 'wall', 'photos', photoId)}`;

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
      return await request<T>('POST', url, body, { 'Idempotency-Key': idempotencyKey });
    } catch (error) {
      if (!isTransient(error) || attempt + 1 >= POST_ATTEMPTS) throw error;
      await sleep(backoffDelay(attempt + 1));
    }
  }
}

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
