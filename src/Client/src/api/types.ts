/** The shapes of the server's JSON, shared by the endpoints of every resource. */

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
  /** The competence (a safety one) a team holds a badge for before this one is awarded. */
  requires?: string | null;
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
  /** How many teams the challenge had when it closed (absent for challenges closed before it was recorded). */
  teamCount?: number | null;
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
