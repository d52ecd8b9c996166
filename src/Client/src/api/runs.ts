import { getJson, postWithIdempotencyKey } from './core';
import { routes } from './routes';
import type { Id } from './types';

export interface NewCourseRun {
  durationMs: number;
  completed: boolean;
  note: string;
}

export interface CourseRun extends NewCourseRun {
  id: Id;
  teamId: Id;
  recordedAt: string;
}

/** How much faster the personal best is than the first completed run; never negative. */
export interface CourseRunImprovement {
  firstCompletedRunId: Id;
  firstCompletedDurationMs: number;
  fasterByMs: number;
  fasterByPercent: number;
}

/** A team's own runs: there is no call that returns the runs of another team. */
export interface CourseRunOverview {
  runs: CourseRun[];
  personalBest: CourseRun | null;
  improvement: CourseRunImprovement | null;
}

export const getCourseRuns = (challengeId: Id, teamId: Id) => getJson<CourseRunOverview>(routes.runs(challengeId, teamId));

export const recordCourseRun = (challengeId: Id, teamId: Id, run: NewCourseRun, idempotencyKey: string) =>
  postWithIdempotencyKey<CourseRun>(routes.runs(challengeId, teamId), run, idempotencyKey);
