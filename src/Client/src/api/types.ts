import type { components } from './schema';

/**
 * The shapes of the server's JSON, shared by the endpoints of every resource. They are the server's own: `schema.ts` is
 * generated from the Silo's OpenAPI document in every build, so a change on the server that the client does not follow
 * fails the client's type check. Only what the OpenAPI document cannot describe is written here (the hub's messages).
 */
type Schemas = components['schemas'];

/** A request as the client fills it: the server takes null in each field only to answer it with a ProblemDetails. */
type Filled<T> = { [K in keyof T]: Exclude<T[K], null> };

export type Id = string;

export type Sector = Schemas['Sector'];
export type ChallengeStatus = Schemas['ChallengeStatus'];
export type LocalizedText = Schemas['LocalizedText'];
export type ChallengeSummary = Schemas['ChallengeSummary'];
/** A rubric level of a competence: its number, name and what a pupil shows at it. */
export type CompetenceLevel = Schemas['RubricLevel'];
export type Competence = Schemas['Competence'];
/** Dates are ISO calendar dates (yyyy-mm-dd), as an `<input type="date">` reads and writes them. */
export type Phase = Schemas['Phase'];
export type Schedule = Schemas['Schedule'];
export type TeamReference = Schemas['TeamReference'];
export type ClosingDecision = Schemas['ClosingDecision'];
export type ClosingCheck = Schemas['ClosingCheck'];
export type ChallengeDetail = Schemas['ChallengeDetails'];
/** An invite in the organiser's list, with where it stands. */
export type InviteStatus = Schemas['InviteStatus'];
export type InviteProgress = Schemas['InviteProgress'];
/** The shareable JSON document of a competence framework (export and import). */
export type FrameworkDocument = Schemas['FrameworkDocument'];
export type ScheduleRequest = Schemas['ScheduleRequest'];
export type Team = Schemas['TeamDetails'];
export type SeasonDetails = Schemas['SeasonDetails'];
export type JoinCardSheet = Schemas['JoinCardSheet'];
export type JoinCard = Schemas['JoinCard'];
export type SeasonRound = Schemas['SeasonRound'];
export type SeasonVenue = Schemas['SeasonVenue'];
export type TeamSeason = Schemas['TeamSeason'];
/** The impact report: counts across teams, suppressed where a group is small (docs/impact-report.md). */
export type ImpactReport = Schemas['ImpactReport'];
export type PupilsVoice = Schemas['PupilsVoice'];
export type PupilCheckIn = Schemas['PupilCheckIn'];
export type TeamCheckIn = Schemas['TeamCheckIn'];
export type ChallengeCheckIn = Schemas['ChallengeCheckIn'];
export type ImpactFigure = Schemas['ImpactFigure'];
export type CompetenceDistribution = Schemas['CompetenceDistribution'];
export type DayFigure = Schemas['DayFigure'];
export type TeamShare = Schemas['TeamShare'];
export type VenueOverview = Schemas['VenueOverview'];
export type DeliberationBoard = Schemas['DeliberationBoard'];
export type BoardTeam = Schemas['BoardTeam'];
export type RecognitionCategory = Schemas['RecognitionCategory'];
export type Ceremony = Schemas['Ceremony'];
export type Recognition = Schemas['Recognition'];
export type CeremonyTeam = Schemas['CeremonyTeam'];
export type NewMilestone = Filled<Schemas['LogMilestoneRequest']>;
export type Milestone = Schemas['Milestone'];
/** The level a team has shown of one competence: 0 = not shown yet, 1..4 = level shown. */
export type WallCompetence = Schemas['CompetenceLevel'];
export type WallMilestone = Schemas['WallMilestone'];
export type WallTeam = Schemas['WallTeam'];
export type WallSnapshot = Schemas['WallSnapshot'];

/** The lifecycle steps that have their own route; closing goes through {@link closeChallenge}. */
export type LifecycleStep = 'open' | 'start' | 'showcase';

/** Challenge-wide counts across all teams, pushed with a delta; "today" is a day in Brussels that ends at `dayEndsAt`. */
export interface WallCounts {
  milestonesLogged: number;
  badgesAwarded: number;
  competencesShownToday: number;
  dayEndsAt: string;
}

interface WallDeltaBase {
  challengeId: Id;
  sequence: number;
  /** The run of sequence numbers this delta belongs to; a newer one than the snapshot's means: fetch the snapshot again. */
  epoch?: number;
  teamId: Id;
  counts?: WallCounts | null;
}

/** One numbered change of a wall, pushed over the hub (`wallDelta`); the OpenAPI document does not cover the hub. */
export type WallDelta =
  | (WallDeltaBase & { kind: 'teamRegistered'; team: WallTeam })
  | (WallDeltaBase & { kind: 'milestoneLogged'; milestone: WallMilestone; team?: WallTeam | null })
  | (WallDeltaBase & { kind: 'badgeAwarded'; competence: WallCompetence })
  | (WallDeltaBase & { kind: 'badgeRevoked'; competence: WallCompetence })
  | (WallDeltaBase & { kind: 'frameworkChanged'; competenceIds: string[] })
  | (WallDeltaBase & { kind: 'teamChanged'; team: WallTeam });

/**
 * That something of the season changed (`seasonChanged` on the challenge's hub group): only the kind and, when one venue is
 * concerned, the venue. Screens read what they show again over HTTP.
 */
export interface SeasonChange {
  challengeId: Id;
  kind: 'planned' | 'teamsMoved' | 'deliberated' | 'recognitionsPublished' | 'kitCheckedIn';
  venueId?: Id | null;
}

/** A pupil's "what I can do" profile, put together from the recovery codes they bring. */
export type PupilProfile = Schemas['PupilProfile'];
export type ProfileChallenge = Schemas['ProfileChallenge'];
export type ProfileBadge = Schemas['ProfileBadge'];
export type ProfileEvidence = Schemas['ProfileEvidence'];
export type ProfileRecognition = Schemas['ProfileRecognition'];
