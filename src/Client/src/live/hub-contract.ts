import type { Offer, ShowcaseFeed, ShowcaseTeamUpdate } from '../api/showcase';
import type { Pupil } from '../api/pupils';
import type { Id, SeasonChange, WallDelta, WallSnapshot } from '../api/types';

/**
 * The names on `/hubs/challenge`, as the server's `LiveHub` spells them: the methods a page invokes and the messages the
 * server pushes (`LiveHub.*Method`). `LiveHubContractTests` compares this file with `LiveHub`, so a rename on either
 * side fails the build's tests instead of silently stopping a wall.
 */
export const hubMethods = {
  watchChallenge: 'WatchChallenge',
  unwatchChallenge: 'UnwatchChallenge',
  watchShowcase: 'WatchShowcase',
  watchTeamOffers: 'WatchTeamOffers',
  watchTeamPupils: 'WatchTeamPupils',
  watchOffers: 'WatchOffers',
} as const;

export const hubMessages = {
  wallDelta: 'wallDelta',
  showcaseTeam: 'showcaseTeam',
  offer: 'offer',
  pupilJoined: 'pupilJoined',
  joinRequested: 'joinRequested',
  seasonChanged: 'seasonChanged',
} as const;

/** What each watch method answers with: the current state, adopted after every (re)join. */
export interface HubAnswers {
  WatchChallenge: WallSnapshot;
  WatchShowcase: ShowcaseFeed;
  WatchTeamOffers: Offer[];
  WatchTeamPupils: Pupil[];
  WatchOffers: Offer[];
}

/** What each pushed message carries. */
export interface HubMessages {
  wallDelta: WallDelta;
  showcaseTeam: ShowcaseTeamUpdate;
  offer: Offer;
  pupilJoined: { challengeId: Id; pupil: Pupil };
  joinRequested: { challengeId: Id; teamId: Id; nickname: string };
  seasonChanged: SeasonChange;
}
