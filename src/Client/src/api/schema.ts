// Generated from openapi/challengehub.json by tools/api-types/generate.mjs in every client build. Do not edit.

export interface paths {
    "/api/challenges/{challengeId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The challenge's invites, newest first, each sent, accepted, expired or withdrawn */
        get: operations["ListInvites"];
        put?: never;
        /** Create a single-use invite for a coach, juror or employer (a juror or employer for one venue or the whole season), as a link and a QR code */
        post: operations["CreateInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/{challengeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The issuer profile of a challenge's badges */
        get: operations["GetIssuer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/challengehub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ChallengeHub's own issuer profile: the issuer of pupils' learner records, which span challenges */
        get: operations["GetChallengeHubIssuer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/status/{challengeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's Bitstring Status List credential (application/vc+jwt): one list for all its badges, a set bit is a revoked badge */
        get: operations["GetStatusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One public key as a JWK: what a credential's kid dereferences to */
        get: operations["GetSigningKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every public key badges were signed with, as a JWK set (rotation keeps old keys) */
        get: operations["GetKeySet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/badges/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a badge credential: schema, signature, dates and revocation, each reported */
        post: operations["VerifyBadge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/badges/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start signing new badges with a new key; earlier keys stay published so that earlier badges keep verifying */
        post: operations["RotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{badgeId}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A badge's Open Badges 3.0 credential as issued with an embedded eddsa-rdfc-2022 Data Integrity proof (application/vc+ld+json) */
        get: operations["GetBadgeDataIntegrityCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/{challengeId}/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The did:web document of a challenge's issuer: the Ed25519 Multikeys its Data Integrity proofs verify with */
        get: operations["GetIssuerDidDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/challengehub/did.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The did:web document of ChallengeHub's own issuer (learner records): the same Ed25519 Multikeys as the challenges' issuers */
        get: operations["GetChallengeHubDidDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credentials/status/{challengeId}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge's Bitstring Status List credential with a Data Integrity proof, for the Data Integrity form of its badges */
        get: operations["GetDataIntegrityStatusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security-relevant events of the challenge, newest first: consent changes, exports, erasures, PIN resets, sign-in failures, refusals */
        get: operations["GetAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem type the Silo sends, with its status and titles in nl, en and fr */
        get: operations["ListProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short page about one problem type, in the request's language */
        get: operations["DescribeProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who this browser is signed in as, and its antiforgery token */
        get: operations["GetSession"];
        put?: never;
        /** Sign in with display name and passphrase (cookie session) */
        post: operations["SignIn"];
        /** Sign out (one tap on a shared tablet); the session ends on the server, also for a copy of its cookie */
        delete: operations["SignOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/pupil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pupil joins or signs in on a tablet with the team's join code, a nickname and a PIN; 202 when a new nickname waits for the coach's approval */
        post: operations["JoinTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff sign-in at the organisation's OpenID Connect provider; with an invite, the first sign-in creates the account */
        get: operations["StartExternalSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bearer token for tools and scripts, for a staff account */
        post: operations["IssueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first organiser still has to be created */
        get: operations["GetSetup"];
        put?: never;
        /** Create the first organiser with the one-time code the Silo printed */
        post: operations["CompleteSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/invites/{code}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an invite not yet accepted and make a new one for the same role and venue, with a new link and QR code */
        post: operations["ResendInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/invites/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invite not yet accepted: its link no longer works */
        delete: operations["WithdrawInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invites/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invite is for, while it can be redeemed */
        get: operations["GetInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invites/{code}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the invited account (or add the challenge to the signed-in account of that role) and sign in */
        post: operations["RedeemInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's pupils by nickname, with their consent */
        get: operations["ListPupils"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils/{pupilId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record consent per channel (wall, showcase, photos); effective at once everywhere */
        put: operations["SetPupilConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils/{pupilId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new PIN with the pupil; ends their sessions and lifts a lock-out */
        post: operations["ResetPupilPin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils/{pupilId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything ChallengeHub keeps about the pupil, as one JSON document */
        get: operations["ExportPupilData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils/{pupilId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase the pupil's nickname, stories and photos everywhere; the team's badges and milestones stay */
        delete: operations["ErasePupilData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster, open places, nicknames waiting for approval and paused pupils */
        get: operations["GetTeamAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the nicknames expected and the places open to other nicknames; whether other nicknames need approval */
        put: operations["SetTeamRoster"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/roster/{entryId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record consent for a roster nickname before the pupil joins; the pupil joining with it has it from the start */
        put: operations["SetRosterConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pending/{pendingId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a nickname waiting for approval join the team */
        post: operations["ApproveJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pending/{pendingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Turn a waiting nickname away */
        delete: operations["DismissJoin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/pupils/{pupilId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Let a pupil paused after wrong PINs try again at once, on every tablet */
        delete: operations["LiftPupilLock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the teams of a roster list (CSV with ; or , as a spreadsheet saves it: team name, optionally school); bad lines are answered by number and nothing is registered */
        post: operations["ImportTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All challenges, by title */
        get: operations["ListChallenges"];
        put?: never;
        /** Create a challenge with its sector's competence framework; with starterSetup also a schedule, budget, and for electro a shop catalogue and kit */
        post: operations["CreateChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A challenge and its competence framework; a draft only for those who work in it */
        get: operations["GetChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams of a challenge, by name */
        get: operations["ListTeams"];
        put?: never;
        /** Register a team; it gets a join code for its pupils */
        post: operations["RegisterTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The competence framework as a JSON document that another challenge can import */
        get: operations["ExportFramework"];
        /** Replace the framework: add, rename, describe, reorder competences, or import a shared framework */
        put: operations["UpdateFramework"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set start and end dates, the event day and optional phases */
        put: operations["SetSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft → open: teams can register */
        post: operations["OpenChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open → running: milestones, orders, runs and badges */
        post: operations["StartChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/showcase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consented milestones and badges of every team, newest first: a feed in time order, never a ranking */
        get: operations["GetShowcase"];
        /** Make the showcase public (anyone may see it) or keep it for invited employers and the organiser */
        put: operations["SetShowcasePublic"];
        /** Running → showcase: the event day, read-mostly; jurors can still award badges */
        post: operations["ShowcaseChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams without any badge yet, by name, and the closing decision once taken */
        get: operations["GetClosingCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Showcase → closed; with teams still without a badge only with an override and a reason */
        post: operations["CloseChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rounds, each venue by date with its teams by name; public while the wall is */
        get: operations["GetSeason"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The season with the invitation decisions of every round */
        get: operations["GetSeasonPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a round after the ones there are (e.g. the semi-finals, then the final) */
        post: operations["AddSeasonRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/rounds/{roundId}/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a venue (name, date, address) to a round */
        post: operations["AddSeasonVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Send teams to a venue, by hand or every team of a school; a team at another venue of the round moves */
        put: operations["AssignVenueTeams"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/rounds/{roundId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record which teams are invited to a later round, and why: the organiser's decision, never computed */
        put: operations["InviteToRound"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per team of the venue by name: kit checked in, a milestone today, a juror's visit today, a recognition; so that nobody is overlooked */
        get: operations["GetVenueOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/season": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's venues and invitations, and the round in which it first showed each level */
        get: operations["GetTeamSeason"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/join-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Join cards to print: per team its code and a QR code to the tablet page; ?venue= for one venue's teams, ?withoutVenue=true for the teams without one, neither for every team */
        get: operations["GetJoinCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/recognition-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories a jury recognises teams in: the sector's template until the organiser edits them */
        get: operations["GetRecognitionCategories"];
        /** Replace the recognition categories */
        put: operations["SetRecognitionCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/ceremony": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The venue's published recognitions, team by team in name order, with a photo only where consent lets the wall show one */
        get: operations["GetCeremony"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recognitions published for the team at any venue of the season, each also a credential at /recognitions/{challengeId}/{id}.json */
        get: operations["ListTeamRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team of the venue by name with its nominations and recognitions, and the teams without one yet; no counts, no merit order */
        get: operations["GetDeliberationBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/board/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate a team of the venue for a category, with a short reason and evidence */
        post: operations["NominateForRecognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/board/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the jury's agreement on a recognition; the same team and category again adds the caller to who agreed */
        post: operations["AgreeOnRecognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/season/venues/{venueId}/board/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the venue's recognitions once every team has one, or with an override and a reason; each is then issued as a credential */
        post: operations["PublishRecognitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recognitions/{challengeId}/{recognitionId}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published recognition's Open Badges 3.0 credential as issued: the compact JWS (application/vc+jwt, RS256) */
        get: operations["GetRecognitionCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recognitions/{challengeId}/{recognitionId}.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published recognition's Open Badges 3.0 credential as issued with an eddsa-rdfc-2022 Data Integrity proof (application/vc+ld+json) */
        get: operations["GetRecognitionDataIntegrityCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The impact report of the season, or of one round or venue (?round=, ?venue=); no figure per team or school */
        get: operations["GetImpactReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as CSV (UTF-8 with BOM, ';'-separated) in the request's language; suppressed figures in words */
        get: operations["GetImpactReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as a PDF with a table per part, in the request's language; suppressed figures in words */
        get: operations["GetImpactReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact/own-school": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report over the teams of the calling coach's school */
        get: operations["GetSchoolImpactReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact/own-school/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coach's own-school report as CSV, titled as covering the own school's teams; it names no team or school */
        get: operations["GetSchoolImpactReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/impact/own-school/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coach's own-school report as a PDF, titled as covering the own school's teams; it names no team or school */
        get: operations["GetSchoolImpactReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the pupils' anonymous check-in is on for the challenge (off until switched on) */
        get: operations["GetChallengeCheckIn"];
        /** Switch the pupils' anonymous check-in on or off for the challenge */
        put: operations["SetChallengeCheckIn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the challenge has the check-in on, and whether the coach left it on for this team */
        get: operations["GetTeamCheckIn"];
        /** The coach's switch: off keeps the team's pupils from being asked */
        put: operations["SetTeamCheckIn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/check-in/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the signed-in pupil: whether the check-in is on and which moment (start or end) is due now */
        get: operations["GetOwnCheckIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/check-in/{moment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed-in pupil's answers at a moment (start or end), counted without their identity; once per pupil and moment */
        post: operations["AnswerCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's milestones, newest first */
        get: operations["ListMilestones"];
        put?: never;
        /** Log a milestone; an Idempotency-Key makes retries safe */
        post: operations["LogMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's evidence photos, newest first */
        get: operations["ListEvidencePhotos"];
        put?: never;
        /** Upload a JPEG, PNG or WebP photo as multipart/form-data in the field 'photo'; it is stored upright, scaled down and without metadata */
        post: operations["UploadEvidencePhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/evidence/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored image of one of the team's photos */
        get: operations["GetEvidencePhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's badges, revoked ones included, newest first */
        get: operations["ListBadges"];
        put?: never;
        /** Award a competence badge at a rubric level; an Idempotency-Key makes retries safe */
        post: operations["AwardBadge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges/{badgeId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a badge with a reason; it stays listed as the audit trail and the wall drops to the level left */
        post: operations["RevokeBadge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges/{badgeId}/pupils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name the pupils of the team who showed a badge; its credential then carries each as a salted hash, never by name */
        put: operations["AttributeBadge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges/attributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the team's coach: per badge attributed to anyone, the ids of its pupils */
        get: operations["ListBadgeAttributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges/{badgeId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A printable certificate of the badge as PDF, in the request's language; a name typed by the pupil is printed and never stored */
        post: operations["GetBadgeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/badges/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For the signed-in pupil: their recovery code and, per badge attributed to them, the salt and identity hash */
        get: operations["GetOwnBadgeIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competences for which jurors gave a team levels two or more apart, by team name: to talk through, not to correct */
        get: operations["GetCalibration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Milestones no badge uses as evidence yet, per team by name, and the teams no juror has visited yet */
        get: operations["GetReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pupil's badges and recognitions from every challenge whose recovery code they give, grouped by competence */
        post: operations["GetPupilProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same profile as a printable PDF, in the request's language; a name typed by the pupil is printed and never stored */
        post: operations["GetPupilProfilePdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/clr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same badges as a 1EdTech CLR 2.0 learner record (application/vc+ld+json): every badge credential in the pupil's name as issued, with its own proof, and the achievements they evidence, signed by ChallengeHub with an eddsa-rdfc-2022 Data Integrity proof; built on request, kept nowhere */
        post: operations["GetPupilLearnerRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{badgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A badge's public verification page; with Accept: application/vc+jwt its signed credential */
        get: operations["GetBadgePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{badgeId}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A QR code of the address of a badge's signed credential, for a phone or wallet to fetch it */
        get: operations["GetBadgeQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/badges/{badgeId}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A badge's Open Badges 3.0 credential as issued: the compact JWS itself (application/vc+jwt, RS256) */
        get: operations["GetBadgeCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A milestone's public evidence page, while a standing badge names it; with Accept: application/json its JSON form */
        get: operations["GetMilestonePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{milestoneId}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A milestone's public evidence, as JSON */
        get: operations["GetPublicMilestone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/kit-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kit every team of the challenge is issued */
        get: operations["GetKitTemplate"];
        /** Replace the kit template's items (part number, description, quantity, unit value in euro cents) */
        put: operations["SetKitTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/kits/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the kit template to every registered team; kits already on this template stay as they are */
        post: operations["IssueKits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/kit-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missing or damaged items without delivered replacement and open replacement requests, per team by name */
        get: operations["ListOpenKitIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams-without-kit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams that have no kit yet, by name, so that the organiser can issue it to them */
        get: operations["ListTeamsWithoutKit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/kit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's kit with its check-in and replacement requests */
        get: operations["GetKit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/kit/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the kit template to one team; its check-in is kept */
        post: operations["IssueKit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/kit/items/{partNumber}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record an item as received, missing or damaged */
        put: operations["CheckInKitItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/kit/replacements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a replacement for a missing or damaged item; an Idempotency-Key makes retries safe */
        post: operations["RequestKitReplacement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/kit/replacements/{replacementId}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a replacement as delivered, which closes the item's issue */
        post: operations["MarkKitReplacementDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's own runs (newest first), its personal best and its improvement since its first completed run */
        get: operations["GetCourseRuns"];
        put?: never;
        /** Record a run attempt on the course; an Idempotency-Key makes retries safe */
        post: operations["RecordCourseRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/wall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wall snapshot: every team by name with the levels shown so far, and the sequence to continue from; public while the wall is */
        get: operations["GetWall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/wall/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo a team's card shows now, at most 640 px a side; any other photo is 404 */
        get: operations["GetWallPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/wall/venues/{venueId}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wall's header counts over the teams of one venue; public while the wall is */
        get: operations["GetVenueWallCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/shop/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue with stock left, and the default team budget */
        get: operations["GetShopCatalogue"];
        /** Replace the catalogue; prices in euro cents, stock limit optional */
        put: operations["SetShopCatalogue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/shop/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the budget, in euro cents, every team gets unless its own was set */
        put: operations["SetDefaultBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's budget, what is left, its orders and ledger */
        get: operations["GetTeamBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/budget/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a team's own budget, with a reason */
        post: operations["AdjustTeamBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Order from the shop; an Idempotency-Key makes retries safe */
        post: operations["OrderFromShop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/orders/{orderId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending order: the stock is taken and the amount spent */
        post: operations["ApproveShopOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/orders/{orderId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending order, with a reason */
        post: operations["RejectShopOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending order */
        post: operations["CancelShopOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/orders/{orderId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an approved order back, with a reason: budget and stock return */
        post: operations["ReturnShopOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/showcase/teams/{teamId}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo the showcase shows: only while its milestone is shown and its uploader consented to photos */
        get: operations["GetShowcasePhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offers made to the team, newest first, with the answers given */
        get: operations["ListTeamOffers"];
        put?: never;
        /** Offer the team a company visit, an internship or a job-shadow day; the offer goes to the team's coach */
        post: operations["MakeOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/teams/{teamId}/offers/{offerId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline an offer, with a message for the employer */
        post: operations["AnswerOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An employer's own offers with the coaches' answers; the organiser sees every offer of the challenge */
        get: operations["ListOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnonymousTypeOfboolean: {
            needed: boolean;
        };
        /**
         * @description Body of `PUT /api/challenges/{challengeId}/season/venues/{venueId}/teams`: these teams, and every team of
         *     School, go to the venue (moving from another venue of the same round).
         */
        AssignTeamsRequest: {
            teamIds: null | string[];
            school?: null | string;
        };
        /** @description Body of `PUT …/badges/{badgeId}/pupils`: every pupil of the team who showed the badge. */
        AttributeBadgeRequest: {
            pupilIds: null | string[];
        };
        /**
         * @description A page of a trail, newest first; Before is the number to ask before for the next (older) page, or
         *     null on the last page.
         */
        AuditPage: {
            events: components["schemas"]["AuditRecord"][];
            /** Format: int64 */
            before: number | null;
        };
        /**
         * @description One stored audit event: what happened (Action, kebab-case), to whom or what (Subject,
         *     an id), with which Outcome, by whom (Actor: an account or pupil id, or
         *     `anonymous`) and from where (Address, the client's IP address). Never a secret.
         *     Number counts the trail's events from 1.
         */
        AuditRecord: {
            /** Format: int64 */
            number: number;
            /** Format: date-time */
            at: string;
            action: string;
            actor: string;
            address?: null | string;
            subject?: null | string;
            outcome?: null | string;
        };
        /**
         * @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/badges`. Shown ("what you showed") is
         *     the feedback; Feedback is its older name and is read when Shown is absent.
         *     Feedback the language guard flags is refused unless AcknowledgeLanguageWarning says the juror saw the warning.
         *     Observation is an observation note: what the juror saw the team do in person, recorded as evidence.
         */
        AwardBadgeRequest: {
            competenceId: null | string;
            /** Format: int32 */
            level: number | null;
            feedback: null | string;
            milestoneIds: null | string[];
            shown?: null | string;
            nextStep?: null | string;
            /** @default false */
            acknowledgeLanguageWarning: boolean;
            observation?: null | string;
        };
        /**
         * @description A juror's recognition that a team showed a competence at a rubric level, with the evidence and appreciative feedback:
         *     Feedback says what the team showed, NextStep a step to take next.
         *     FlaggedPhrases are the phrases the language guard flagged and the juror chose to keep after seeing the warning.
         *     JurorId and JurorName are the account that awarded it (a juror or the organiser).
         *     A revoked badge stays listed with its Revocation, as the audit trail.
         *     Observation is what the juror saw the team do at the venue, in the juror's words: evidence of its own,
         *     beside or instead of the team's milestones.
         */
        Badge: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            competenceId: string;
            /** Format: int32 */
            level: number;
            feedback: string;
            milestoneIds: string[];
            /** Format: date-time */
            awardedAt: string;
            nextStep?: null | string;
            flaggedPhrases?: null | string[];
            /** Format: uuid */
            jurorId?: null | string;
            jurorName?: null | string;
            revocation?: null | components["schemas"]["BadgeRevocation"];
            observation?: null | string;
            isRevoked?: boolean;
        };
        /** @description The pupils a badge is attributed to, for their coach. */
        BadgeAttribution: {
            /** Format: uuid */
            badgeId: string;
            pupilIds: string[];
        };
        /** @description Who revoked a badge, when and why. */
        BadgeRevocation: {
            reason: string;
            /** Format: uuid */
            revokedBy: null | string;
            revokedByName: null | string;
            /** Format: date-time */
            revokedAt: string;
        };
        /** @description A team on the board, with what the jurors proposed and what they agreed on. */
        BoardTeam: {
            /** Format: uuid */
            teamId: string;
            name: string;
            school: string;
            nominations: components["schemas"]["Nomination"][];
            recognitions: components["schemas"]["Recognition"][];
        };
        /** @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/budget/adjustments`: the team's own budget, and why. */
        BudgetAdjustmentRequest: {
            /** Format: int64 */
            budgetCents: number | null;
            reason: null | string;
        };
        /**
         * @description A competence for which jurors gave one team levels int Calibration.Spread or more apart: something for the
         *     organiser to talk through with the jurors, never corrected automatically.
         */
        CalibrationItem: {
            /** Format: uuid */
            teamId: string;
            teamName: string;
            competenceId: string;
            levels: components["schemas"]["JurorLevel"][];
        };
        CatalogueItemRequest: {
            sku: null | string;
            name: null | string;
            description: null | string;
            /** Format: int64 */
            unitPriceCents: number | null;
            /** Format: int32 */
            stockLimit: number | null;
        };
        /**
         * @description What the ceremony screen of a venue shows once its recognitions are published: every team by name, each with its
         *     recognitions, the jury's reason and words, and who agreed. Guid? CeremonyTeam.PhotoId is the photo the wall may
         *     show now (consent to the wall and to photos), or none. Categories are the challenge's categories in the
         *     order the template or the organiser gave them, for the ceremony that goes category by category.
         */
        Ceremony: {
            /** Format: uuid */
            venueId: string;
            venueName: string;
            teams: components["schemas"]["CeremonyTeam"][];
            categories?: null | components["schemas"]["RecognitionCategory"][];
        };
        /** @description A recognition as the ceremony says it: the category (as named when agreed, and its id), the reason, the jury's words and the jurors who agreed. */
        CeremonyRecognition: {
            category: components["schemas"]["LocalizedText"];
            reason: string;
            words: null | string;
            jurors: string[];
            categoryId?: null | string;
        };
        /** @description One team on the ceremony screen; never a place, only its name and what the jury saw. */
        CeremonyTeam: {
            /** Format: uuid */
            teamId: string;
            name: string;
            school: string;
            /** Format: uuid */
            photoId: null | string;
            recognitions: components["schemas"]["CeremonyRecognition"][];
        };
        /** @description Body of `POST …/badges/{badgeId}/certificate`: Name is what the pupil typed to be printed, if anything. */
        CertificateRequest: {
            name: null | string;
        };
        /** @description The organiser's choice for a challenge; off until switched on. */
        ChallengeCheckIn: {
            on: boolean;
        };
        /** @description A challenge as every screen sees it. */
        ChallengeDetails: {
            /** Format: uuid */
            id: string;
            title: string;
            sector: components["schemas"]["Sector"];
            status: components["schemas"]["ChallengeStatus"];
            competences: components["schemas"]["Competence"][];
            schedule?: null | components["schemas"]["Schedule"];
            closing?: null | components["schemas"]["ClosingDecision"];
        };
        /**
         * @description Where a challenge is in its lifecycle; pupils log milestones while it runs.
         * @enum {unknown}
         */
        ChallengeStatus: "draft" | "open" | "running" | "showcase" | "closed";
        /** @description A challenge in the list of all challenges. */
        ChallengeSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            sector: components["schemas"]["Sector"];
            status: components["schemas"]["ChallengeStatus"];
        };
        /**
         * @description Body of `PUT …/kit/items/{partNumber}/check-in`. Status is `received`, `missing` or
         *     `damaged`; Quantity is how many are missing or damaged (all of them when left out).
         */
        CheckInKitItemRequest: {
            status: null | string;
            /** Format: int32 */
            quantity: number | null;
            note: null | string;
        };
        /** @enum {unknown} */
        CheckInMoment: "start" | "end" | null;
        /** @description One question of the check-in. */
        CheckInQuestion: {
            id: string;
            text: components["schemas"]["LocalizedText"];
        };
        /**
         * @description Body of `POST …/check-in/{moment}`. Without Consent nothing is counted, only that the pupil was
         *     asked; Answers maps a question id to 1-4, and a question left out (or `null`) is skipped.
         */
        CheckInRequest: {
            consent: null | boolean;
            answers: null | {
                [key: string]: number | null;
            };
        };
        /** @description Body of the organiser's and the coach's switch. */
        CheckInSwitch: {
            on: null | boolean;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/close`. */
        CloseChallengeRequest: {
            override: null | boolean;
            reason: null | string;
        };
        /**
         * @description What closing would leave unrecognised: the teams without any badge yet, by name, so that a juror can visit them, out of
         *     TeamCount teams in all (a count across every team, never a list by merit); and when the challenge runs
         *     a season with venues, the teams that hold no published recognition yet (TeamsWithoutRecognition).
         */
        ClosingCheck: {
            status: components["schemas"]["ChallengeStatus"];
            teamsWithoutBadge: components["schemas"]["TeamReference"][];
            decision: null | components["schemas"]["ClosingDecision"];
            /**
             * Format: int32
             * @default 0
             */
            teamCount: number;
            teamsWithoutRecognition?: null | components["schemas"]["TeamReference"][];
        };
        /**
         * @description How a challenge was closed: when, and — when some teams had no badge or no published recognition yet — that the organiser
         *     chose to close anyway, and why. TeamCount is how many teams the challenge had then, so that a summary can
         *     say how many were recognised (absent on challenges closed before it was recorded); TeamsWithoutRecognition
         *     is absent on challenges closed before recognitions counted.
         */
        ClosingDecision: {
            /** Format: date-time */
            closedAt: string;
            override: boolean;
            reason: null | string;
            teamsWithoutBadge: components["schemas"]["TeamReference"][];
            /** Format: int32 */
            teamCount?: number | null;
            teamsWithoutRecognition?: null | components["schemas"]["TeamReference"][];
        };
        /**
         * @description One competence of a challenge's framework, with its four rubric levels in order. ExternalReference
         *     optionally aligns it with an external framework: an ESCO skill URI or a Flemish professional qualification id.
         *     Requires names a competence of the same framework (a safety competence) that a team must hold first.
         */
        Competence: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            levels: components["schemas"]["RubricLevel"][];
            description?: null | components["schemas"]["LocalizedText"];
            externalReference?: null | string;
            requires?: null | string;
        };
        /** @description How many teams showed a competence at each rubric level (their highest not revoked), and how many have not shown it yet. */
        CompetenceDistribution: {
            competenceId: string;
            name: components["schemas"]["LocalizedText"];
            notYet: components["schemas"]["ImpactFigure"];
            levels: components["schemas"]["LevelFigure"][];
        };
        CompetenceLevel: {
            competenceId: string;
            /** Format: int32 */
            level: number;
        };
        /** @description Body of `PUT …/pupils/{pupilId}/consent`. */
        ConsentRequest: {
            wall: null | boolean;
            showcase: null | boolean;
            photos: null | boolean;
        };
        /** @description One attempt of a team's own design on the course: how long it took and whether it reached the finish. */
        CourseRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            /** Format: int32 */
            durationMs: number;
            completed: boolean;
            note: string;
            /** Format: date-time */
            recordedAt: string;
        };
        /**
         * @description How much faster the team's personal best is than its first completed run. Never negative: the first completed run is the
         *     starting point, and with only that one run both figures are 0.
         */
        CourseRunImprovement: {
            /** Format: uuid */
            firstCompletedRunId: string;
            /** Format: int32 */
            firstCompletedDurationMs: number;
            /** Format: int32 */
            fasterByMs: number;
            /** Format: double */
            fasterByPercent: number;
        };
        /**
         * @description What a team sees of its own runs: every run, newest first; its personal best (the fastest completed run, `null` before
         *     the first completed run); and its improvement since its first completed run (`null` before the first completed run).
         */
        CourseRunOverview: {
            runs: components["schemas"]["CourseRun"][];
            personalBest: null | components["schemas"]["CourseRun"];
            improvement: null | components["schemas"]["CourseRunImprovement"];
        };
        /**
         * @description Body of `POST /api/challenges`; Sector is `electro` or `construction`. With
         *     StarterSetup the challenge also gets the sector's starter schedule, budget, shop catalogue and kit, all editable.
         */
        CreateChallengeRequest: {
            title: null | string;
            sector: null | string;
            starterSetup?: null | boolean;
        };
        /**
         * @description Body of `POST /api/challenges/{challengeId}/invites`: `coach`, `juror`, `employer` or `funder`, valid
         *     for 1-60 days (14 by default). A juror or employer may be invited to one venue of the season; without one, to the whole season.
         */
        CreateInviteRequest: {
            role: null | string;
            /** Format: int32 */
            validForDays?: number | null;
            /** Format: uuid */
            venueId?: null | string;
        };
        /** @description Body of a request that creates a staff account (first start, invite) or signs one in. */
        Credentials: {
            displayName: null | string;
            passphrase: null | string;
        };
        /** @description How many competences teams showed for the first time on a day (Brussels time). */
        DayFigure: {
            /** Format: date */
            day: string;
            competences: components["schemas"]["ImpactFigure"];
        };
        /**
         * @description The deliberation board of a venue: every team there by name with its nominations and recognitions, and the teams that have
         *     no recognition yet. No counts per team and no order but the name: the board is about seeing every team, not comparing them.
         */
        DeliberationBoard: {
            /** Format: uuid */
            venueId: string;
            venueName: string;
            categories: components["schemas"]["RecognitionCategory"][];
            teams: components["schemas"]["BoardTeam"][];
            teamsWithoutRecognition: components["schemas"]["TeamReference"][];
            publication: null | components["schemas"]["RecognitionPublication"];
        };
        /**
         * @description A photo a team took as evidence of its work. The image itself lives in blob storage under string EvidencePhoto.BlobName: a name
         *     ChallengeHub generated, re-encoded from decoded pixels so that it carries no metadata of the original file.
         *     Guid? EvidencePhoto.UploadedBy is the pupil's account that uploaded it, when known: it lets a pupil's photos be exported and erased.
         */
        EvidencePhoto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            blobName: string;
            contentType: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            /** Format: int64 */
            byteLength: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: null | string;
        };
        /**
         * @description A competence framework as a JSON document: what `GET …/framework` exports and `PUT …/framework` imports,
         *     so that sector funds can share one framework across challenges. The built-in templates use the same format.
         */
        FrameworkDocument: {
            format: null | string;
            competences: components["schemas"]["Competence"][];
        };
        HttpValidationProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: number | null;
            detail?: null | string;
            instance?: null | string;
            errors?: {
                [key: string]: string[];
            };
        };
        /**
         * @description One figure of the impact report. When the group it is built on is too small to show (fewer than 10 pupils or fewer than
         *     3 teams, directly or through a difference with another figure) it has no Value and
         *     Suppressed is `true`: screens say "fewer than 10", never a number.
         */
        ImpactFigure: {
            /** Format: double */
            value: number | null;
            suppressed: boolean;
        };
        /** @description Distinct pupils who joined, teams, schools and venues in the scope. */
        ImpactReach: {
            pupils: components["schemas"]["ImpactFigure"];
            teams: components["schemas"]["ImpactFigure"];
            schools: components["schemas"]["ImpactFigure"];
            /** Format: int32 */
            venues: number;
        };
        /**
         * @description What a challenge achieved, as counts across teams: who took part, which competences teams showed at which level, whether
         *     feedback reached every team, what employers offered, and, when the challenge has the check-in on, how pupils see themselves at the start and
         *     the end (PupilsVoice). No figure names or belongs to one team or school, and nothing in
         *     it orders teams. OwnSchool marks a coach's report about their own school's teams.
         *     ChallengeTitle names the challenge for the report's header: every reader of the report may know it,
         *     also a sector fund's reader of a challenge still in draft, who cannot read the challenge itself.
         */
        ImpactReport: {
            /** Format: uuid */
            challengeId: string;
            sector: components["schemas"]["Sector"];
            scope: components["schemas"]["ImpactScope"];
            scopeName: null | string;
            ownSchool: boolean;
            /** Format: date-time */
            computedAt: string;
            reach: components["schemas"]["ImpactReach"];
            competences: components["schemas"]["CompetenceDistribution"][];
            withBadge: components["schemas"]["TeamShare"];
            withRecognition: components["schemas"]["TeamShare"];
            timeline: components["schemas"]["DayFigure"][];
            withFeedback: components["schemas"]["TeamShare"];
            medianHoursToResponse: components["schemas"]["ImpactFigure"];
            offers: components["schemas"]["OfferFigures"][];
            challengeTitle: string;
            pupilsVoice?: null | components["schemas"]["PupilsVoice"];
        };
        /** @description What the report covers: the whole season, one round, or one venue; and whether it is one school's own report. */
        ImpactScope: {
            /** Format: uuid */
            roundId?: null | string;
            /** Format: uuid */
            venueId?: null | string;
            isSeason?: boolean;
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/season/rounds/{roundId}/invitation`: who is invited, and why. */
        InvitationRequest: {
            teamIds: null | string[];
            reason: null | string;
        };
        /**
         * @description A single-use code that lets a coach, juror, employer or sector-fund staff member work in one challenge; a juror or employer
         *     at VenueId only, when it names one of the season's venues.
         */
        Invite: {
            code: string;
            /** Format: uuid */
            challengeId: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            venueId?: null | string;
        };
        /** @description A new invite with the link to hand out and the same link as an SVG QR code. */
        InviteCreated: {
            invite: components["schemas"]["Invite"];
            link: string;
            qrCodeSvg: string;
        };
        /**
         * @description Where an invite stands: sent and still open, accepted (its account exists), expired unused, or withdrawn by the organiser.
         * @enum {unknown}
         */
        InviteProgress: "sent" | "accepted" | "expired" | "withdrawn";
        /** @description An invite as the organiser's list shows it, with where it stands. */
        InviteStatus: {
            invite: components["schemas"]["Invite"];
            state: components["schemas"]["InviteProgress"];
        };
        /** @description An invite as the person invited sees it before redeeming it. */
        InviteView: {
            role: string;
            /** Format: uuid */
            challengeId: string;
            challengeTitle: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description What issuing the kit to every team of a challenge did, counted per outcome. */
        IssueKitsResult: {
            /** Format: int32 */
            issued: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
        };
        /** @description The answer to a new nickname that waits for the coach's approval. */
        JoinAwaitingApproval: {
            nickname: string;
            /** @default true */
            awaitingApproval: boolean;
        };
        /** @description One team's card: JoinLink is the tablet page with the code filled in, drawn in QrCodeSvg. */
        JoinCard: {
            /** Format: uuid */
            teamId: string;
            name: string;
            school: string;
            joinCode: string;
            joinLink: string;
            qrCodeSvg: string;
        };
        /** @description The cards of one sheet, by team name; VenueName and VenueDate only for a venue's sheet. */
        JoinCardSheet: {
            /** Format: uuid */
            challengeId: string;
            challengeTitle: string;
            venueName: null | string;
            /** Format: date */
            venueDate: null | string;
            cards: components["schemas"]["JoinCard"][];
        };
        /** @description Body of `POST /api/session/pupil`: the team's join code, the pupil's nickname and PIN (at least 4 digits). */
        JoinRequest: {
            joinCode: null | string;
            nickname: null | string;
            pin: null | string;
        };
        JsonObject: Record<string, never>;
        /** @description The account awarding or revoking a badge: a juror, or the organiser. */
        Juror: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description One juror's standing badge in a CalibrationItem, in the order they were awarded. */
        JurorLevel: {
            /** Format: uuid */
            badgeId: string;
            /** Format: uuid */
            jurorId: null | string;
            jurorName: null | string;
            /** Format: int32 */
            level: number;
            /** Format: date-time */
            awardedAt: string;
        };
        /**
         * @description A team's kit as coach and organiser see it. DateTimeOffset? Kit.IssuedAt is `null` (and the lists empty) until the
         *     organiser issues it.
         */
        Kit: {
            /** Format: uuid */
            teamId: string;
            /** Format: uuid */
            challengeId: string;
            /** Format: date-time */
            issuedAt: null | string;
            items: components["schemas"]["KitItem"][];
            replacements: components["schemas"]["KitReplacement"][];
        };
        /**
         * @description One item of a team's kit with its check-in. AffectedQuantity is how many are missing or damaged;
         *     OpenIssue is true while a missing or damaged item has no delivered replacement.
         */
        KitItem: {
            partNumber: string;
            description: string;
            /** Format: int32 */
            quantity: number;
            /** Format: int32 */
            unitValueCents: number | null;
            status: components["schemas"]["KitItemStatus"];
            /** Format: int32 */
            affectedQuantity: number;
            note: string;
            /** Format: date-time */
            checkedInAt: null | string;
            openIssue: boolean;
        };
        /**
         * @description What the coach found when checking an item of the kit.
         * @enum {unknown}
         */
        KitItemStatus: "notCheckedIn" | "received" | "missing" | "damaged";
        /** @description A coach's request for a replacement of a missing or damaged item; open until the organiser delivers it. */
        KitReplacement: {
            /** Format: uuid */
            id: string;
            partNumber: string;
            /** Format: int32 */
            quantity: number;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            deliveredAt: null | string;
        };
        /**
         * @description The kit every team of a challenge is issued. Version grows with each change, so that issuing
         *     the same template again changes no kit; it is 0 (with no items) until the organiser sets one.
         */
        KitTemplate: {
            /** Format: uuid */
            challengeId: string;
            /** Format: int32 */
            version: number;
            items: components["schemas"]["KitTemplateItem"][];
            /** Format: date-time */
            updatedAt: null | string;
        };
        /** @description One line of a challenge's kit: what every team receives. UnitValueCents is in euro cents. */
        KitTemplateItem: {
            partNumber: string;
            description: string;
            /** Format: int32 */
            quantity: number;
            /** Format: int32 */
            unitValueCents: number | null;
        };
        KitTemplateItemRequest: {
            partNumber: null | string;
            description: null | string;
            /** Format: int32 */
            quantity: number | null;
            /** Format: int32 */
            unitValueCents: number | null;
        };
        /**
         * @description One movement of a team's budget or orders: who (Guid? LedgerEntry.ActorId is the signed-in pupil or account), when, what and why.
         *     long LedgerEntry.AmountCents is negative when spent.
         */
        LedgerEntry: {
            /** Format: int32 */
            number: number;
            /** Format: date-time */
            at: string;
            actor: string;
            kind: components["schemas"]["LedgerEntryKind"];
            /** Format: int64 */
            amountCents: number;
            /** Format: uuid */
            orderId: null | string;
            what: string;
            why: string;
            /** Format: uuid */
            actorId?: null | string;
        };
        /** @enum {unknown} */
        LedgerEntryKind: "budgetAdjusted" | "ordered" | "approved" | "rejected" | "cancelled" | "returned";
        /** @description The number of teams whose highest level of a competence is Level. */
        LevelFigure: {
            /** Format: int32 */
            level: number;
            name: components["schemas"]["LocalizedText"];
            teams: components["schemas"]["ImpactFigure"];
        };
        /** @description A level of a competence and the round in which the team first showed it (absent when it showed it before any round was planned). */
        LevelFirstShown: {
            competenceId: string;
            /** Format: int32 */
            level: number;
            /** Format: uuid */
            roundId: null | string;
            roundName: null | string;
            /** Format: date-time */
            shownAt: string;
        };
        /** @description User-facing text in Dutch (the default), English and French. A missing translation falls back to Dutch on screen. */
        LocalizedText: {
            nl: string;
            en: string;
            fr?: null | string;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/milestones`. */
        LogMilestoneRequest: {
            title: null | string;
            story: null | string;
            competenceIds: null | string[];
            orderIds?: null | string[];
            photoIds?: null | string[];
        };
        /**
         * @description A step a team took in its project, told in its own words, with the competences it claims to show and, optionally,
         *     the team's shop orders it builds on (spending within budget with a reasoned plan is evidence too) and the team's evidence
         *     photos that show it. AuthorId is the pupil who logged it (none when their coach or the organiser did, or after an erase).
         *     WordsWithheld marks a milestone whose author was erased: its title and story are gone, and every public
         *     surface shows it as a pupil's milestone without consent (a neutral line), never as the team's own.
         */
        Milestone: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            title: string;
            story: string;
            competenceIds: string[];
            /** Format: date-time */
            loggedAt: string;
            orderIds?: null | string[];
            photoIds?: null | string[];
            /** Format: uuid */
            authorId?: null | string;
            /** @default false */
            wordsWithheld: boolean;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/orders`; who orders is the signed-in caller. */
        NewOrderRequest: {
            sku: null | string;
            /** Format: int32 */
            quantity: number | null;
            note: null | string;
        };
        /** @description A juror's proposal that a team deserves a recognition in a category, with a short reason and the evidence (milestones) behind it. */
        Nomination: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            categoryId: string;
            reason: string;
            milestoneIds: string[];
            nominatedBy: components["schemas"]["Juror"];
            /** Format: date-time */
            nominatedAt: string;
        };
        /** @description Body of `POST …/board/nominations`. */
        NominationRequest: {
            /** Format: uuid */
            teamId: null | string;
            categoryId: null | string;
            reason: null | string;
            milestoneIds?: null | string[];
        };
        /**
         * @description What an employer offers a team. It goes to the team's coach, never to the pupils directly: the employer learns the team's
         *     name and school and the coach's answer, nothing about the pupils.
         */
        Offer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            school: string;
            kind: components["schemas"]["OfferKind"];
            message: string;
            /** Format: uuid */
            employerId: string;
            employerName: string;
            /** Format: date-time */
            madeAt: string;
            answer?: null | components["schemas"]["OfferAnswer"];
        };
        /** @description The coach's answer, with a message for the employer. */
        OfferAnswer: {
            accepted: boolean;
            message: string;
            answeredBy: string;
            /** Format: date-time */
            answeredAt: string;
        };
        /** @description Body of `POST …/offers/{offerId}/answer`. */
        OfferAnswerRequest: {
            accept: null | boolean;
            message: null | string;
        };
        /** @description Offers of one kind that employers made, that coaches answered, and that they accepted. */
        OfferFigures: {
            kind: components["schemas"]["OfferKind"];
            made: components["schemas"]["ImpactFigure"];
            answered: components["schemas"]["ImpactFigure"];
            accepted: components["schemas"]["ImpactFigure"];
        };
        /** @enum {unknown} */
        OfferKind: "visit" | "internship" | "jobShadowDay";
        /** @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/offers`. */
        OfferRequest: {
            kind: null | components["schemas"]["OfferKind"];
            message: null | string;
        };
        /** @description Body of the approve, reject, cancel and return actions on an order. Rejecting and returning need a reason. */
        OrderActionRequest: {
            reason: null | string;
        };
        /**
         * @description Where an order is. OrderStatus.Approving and OrderStatus.Returning last only while the shop takes or gives back the stock.
         * @enum {unknown}
         */
        OrderStatus: "pending" | "approving" | "approved" | "rejected" | "cancelled" | "returning" | "returned";
        PendingPupil: {
            /** Format: uuid */
            id: string;
            nickname: string;
            /** Format: date-time */
            requestedAt: string;
        };
        Phase: {
            name: string;
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        PhaseRequest: {
            name: null | string;
            /** Format: date */
            start: null | string;
            /** Format: date */
            end: null | string;
        };
        /** @description Body of `POST …/pupils/{pupilId}/pin`: the new PIN a coach sets with the pupil. */
        PinResetRequest: {
            pin: null | string;
        };
        ProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: number | null;
            detail?: null | string;
            instance?: null | string;
        };
        /** @description One entry of the catalogue as `GET /problems` lists it. */
        ProblemTypeView: {
            type: string;
            code: string;
            /** Format: int32 */
            status: number;
            title: components["schemas"]["LocalizedText"];
        };
        /**
         * @description One badge: the level with its descriptor in plain words, the jurors' words (Shown, NextStep),
         *     where it was shown (challenge, round, venue) and its evidence.
         */
        ProfileBadge: {
            /** Format: uuid */
            badgeId: string;
            /** Format: uuid */
            challengeId: string;
            /** Format: uuid */
            teamId: string;
            /** Format: int32 */
            level: number;
            levelName: components["schemas"]["LocalizedText"];
            descriptor: null | components["schemas"]["LocalizedText"];
            shown: string;
            nextStep: null | string;
            observation: null | string;
            /** Format: date-time */
            awardedAt: string;
            round: null | string;
            venue: null | string;
            evidence: components["schemas"]["ProfileEvidence"][];
        };
        /** @description One challenge the pupil took part in, with the team they were in and the nickname they used there. */
        ProfileChallenge: {
            /** Format: uuid */
            challengeId: string;
            title: string;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            school: string;
            nickname: string;
        };
        /** @description A competence (as the first framework that names it words it) and the badges that show it, oldest first. */
        ProfileCompetence: {
            competenceId: string;
            name: components["schemas"]["LocalizedText"];
            badges: components["schemas"]["ProfileBadge"][];
        };
        /**
         * @description A milestone behind a badge or recognition. The pupil's own milestones come with their words and photos; a teammate's with
         *     its neutral name only (Own false), because those words are the teammate's.
         */
        ProfileEvidence: {
            /** Format: uuid */
            milestoneId: string;
            own: boolean;
            title: string;
            story: null | string;
            photoIds: string[];
            /** Format: date-time */
            loggedAt: string;
        };
        /** @description Body of `POST /api/profile/pdf`: the codes, and the name the pupil typed to be printed, if any (never stored). */
        ProfilePdfRequest: {
            recoveryCodes: null | string[];
            name: null | string;
        };
        /** @description A recognition the jury of a venue gave the pupil's team, once published. */
        ProfileRecognition: {
            /** Format: uuid */
            recognitionId: string;
            /** Format: uuid */
            challengeId: string;
            /** Format: uuid */
            teamId: string;
            category: components["schemas"]["LocalizedText"];
            reason: string;
            words: null | string;
            round: null | string;
            venue: string;
            /** Format: date-time */
            agreedAt: string;
            evidence: components["schemas"]["ProfileEvidence"][];
        };
        /** @description Body of `POST /api/profile`: the recovery codes the pupil kept, one per challenge; the same code twice counts once. */
        ProfileRequest: {
            recoveryCodes: null | string[];
        };
        /** @description A key in the published set: its `kid`, when it was made, and whether new badges are signed with it. */
        PublishedKey: {
            kid: string;
            /** Format: date-time */
            createdAt: string;
            signing: boolean;
        };
        /** @description Body of `POST …/board/publish`; with teams still without a recognition only with an override and a reason. */
        PublishRecognitionsRequest: {
            override: null | boolean;
            reason: null | string;
        };
        /**
         * @description A pupil as their coach sees them: a nickname they chose (no surname, email or birth date) and what they, or their
         *     parents, agreed to show outside the team.
         */
        Pupil: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            nickname: string;
            consent: components["schemas"]["PupilConsent"];
            /** Format: date-time */
            joinedAt: string;
            /** Format: int32 */
            sessionVersion: number;
        };
        PupilBadgeHash: {
            /** Format: uuid */
            badgeId: string;
            salt: string;
            identityHash: string;
        };
        /** @description What a pupil needs to prove a badge is theirs: the code they hash and, per badge, the salt and resulting hash. */
        PupilBadgeIdentity: {
            recoveryCode: string;
            badges: components["schemas"]["PupilBadgeHash"][];
        };
        /** @description What a pupil's tablet needs: whether the check-in is on for the team and which moment is due now, if any. */
        PupilCheckIn: {
            on: boolean;
            due: null | components["schemas"]["CheckInMoment"];
            questions: components["schemas"]["CheckInQuestion"][];
        };
        /**
         * @description Consent per channel: Wall shows the nickname on the live wall, Showcase their stories
         *     and photos in the employer and public showcase, Photos their photos anywhere outside the team, its coach
         *     and the jurors. Recorded by a coach, with when and by whom.
         */
        PupilConsent: {
            wall: boolean;
            showcase: boolean;
            photos: boolean;
            /** Format: date-time */
            recordedAt?: null | string;
            recordedBy?: null | string;
        };
        PupilLock: {
            /** Format: uuid */
            pupilId: string;
            nickname: string;
            /** Format: date-time */
            lockedUntil: string;
        };
        /**
         * @description What a pupil can do, as shown in the challenges whose recovery codes they brought: every badge in their name, grouped by
         *     competence, and every recognition their team received. Only the pupil's own standing: no figure about anyone else.
         */
        PupilProfile: {
            challenges: components["schemas"]["ProfileChallenge"][];
            competences: components["schemas"]["ProfileCompetence"][];
            recognitions: components["schemas"]["ProfileRecognition"][];
        };
        /**
         * @description What pupils said in the check-in, as the change between start and end: per question the share that agreed (3 or 4 on the
         *     scale) at each moment, in percent, and the change in percentage points; and how many answered at each moment.
         */
        PupilsVoice: {
            startAnswers: components["schemas"]["ImpactFigure"];
            endAnswers: components["schemas"]["ImpactFigure"];
            questions: components["schemas"]["VoiceQuestionFigures"][];
        };
        /**
         * @description A recognition the jury of a venue agreed on: the team, the category (as named when agreed), the reason, the jurors' words
         *     for the ceremony, the evidence, and every juror who agreed. Shaped like a badge (id, team, evidence, issuers, date) so
         *     that it can be issued as a credential the way badges are.
         */
        Recognition: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            challengeId: string;
            /** Format: uuid */
            venueId: string;
            /** Format: uuid */
            teamId: string;
            category: components["schemas"]["RecognitionCategory"];
            reason: string;
            words: null | string;
            milestoneIds: string[];
            agreedBy: components["schemas"]["Juror"][];
            /** Format: date-time */
            agreedAt: string;
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/recognition-categories`: the categories in the order screens show them. */
        RecognitionCategoriesRequest: {
            categories: null | components["schemas"]["RecognitionCategoryRequest"][];
        };
        /** @description A kind of recognition a jury can give (e.g. "creativity"), named in the three languages; every team can get one. */
        RecognitionCategory: {
            id: string;
            name: components["schemas"]["LocalizedText"];
        };
        RecognitionCategoryRequest: {
            id: null | string;
            nl: null | string;
            en: null | string;
            fr: null | string;
        };
        /**
         * @description That the venue's recognitions were published: when, by whom, and — when some teams had none yet — that it was done anyway,
         *     with the reason; as the closing of a challenge records its override.
         */
        RecognitionPublication: {
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            override: boolean;
            reason: null | string;
            teamsWithoutRecognition: components["schemas"]["TeamReference"][];
        };
        /** @description Body of `POST …/board/recognitions`: the jury's agreement; the same team and category again adds the caller to who agreed. */
        RecognitionRequest: {
            /** Format: uuid */
            teamId: null | string;
            categoryId: null | string;
            reason: null | string;
            words?: null | string;
            milestoneIds?: null | string[];
        };
        /**
         * @description Body of `POST /api/challenges/{challengeId}/teams/{teamId}/runs`. DurationMs is whole milliseconds;
         *     Completed says whether the run reached the finish; both are required.
         */
        RecordCourseRunRequest: {
            /** Format: int64 */
            durationMs: number | null;
            completed: null | boolean;
            note: null | string;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/teams`. */
        RegisterTeamRequest: {
            name: null | string;
            school: null | string;
        };
        /** @description Body of `POST …/kit/replacements`. */
        RequestReplacementRequest: {
            partNumber: null | string;
            /** Format: int32 */
            quantity: number | null;
            reason: null | string;
        };
        /**
         * @description What jurors still have to look at: per team, by name, the milestones no standing badge uses as evidence yet, and the
         *     teams no juror has awarded anything yet, so that every team gets seen. Never sorted by merit.
         */
        ReviewOverview: {
            teams: components["schemas"]["ReviewTeam"][];
            notYetVisited: components["schemas"]["TeamReference"][];
        };
        /** @description A team's milestones awaiting review, newest first, with their story, photos and linked orders. */
        ReviewTeam: {
            /** Format: uuid */
            teamId: string;
            teamName: string;
            school: string;
            milestones: components["schemas"]["Milestone"][];
        };
        /** @description Body of `POST …/badges/{badgeId}/revoke`. */
        RevokeBadgeRequest: {
            reason: null | string;
        };
        /**
         * @description What someone does in ChallengeHub. The anonymous public has no account and so no role.
         * @enum {unknown}
         */
        Role: "organiser" | "coach" | "juror" | "employer" | "pupil" | "funder";
        /**
         * @description A nickname the coach expects in the team, entered before the pupil joins, with the consent their parents already gave.
         *     PupilId is set once a pupil joined with it.
         */
        RosterEntry: {
            /** Format: uuid */
            id: string;
            nickname: string;
            consent: components["schemas"]["PupilConsent"];
            /** Format: uuid */
            pupilId?: null | string;
        };
        /**
         * @description Body of `POST /api/challenges/{challengeId}/teams/import`: a roster list as a spreadsheet saves it (one team per
         *     line: team name, and optionally its school) and the school of every line that names none.
         */
        RosterImportRequest: {
            csv: null | string;
            school: null | string;
        };
        /**
         * @description Body of `PUT …/teams/{teamId}/roster`: the nicknames expected (entries already there keep their consent), how many
         *     more pupils may join under a nickname of their own choice, and whether any other nickname needs the coach's approval
         *     (on by default once there is a roster).
         */
        RosterRequest: {
            nicknames: null | string[];
            /** Format: int32 */
            vacancies: number | null;
            approvalRequired: null | boolean;
        };
        /**
         * @description The organiser's decision which teams are invited to a round after the first, with the reason they gave ("every team with a
         *     working design", "one per school", "everyone"): a decision by a person, never computed from anything a team scored.
         */
        RoundInvitation: {
            /** Format: uuid */
            roundId: string;
            teamIds: string[];
            reason: string;
            decidedBy: string;
            /** Format: date-time */
            decidedAt: string;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/season/rounds`. */
        RoundRequest: {
            name: null | string;
        };
        /** @description A rubric level (1-4), named for what a pupil shows at it, with what that looks like for this competence. */
        RubricLevel: {
            /** Format: int32 */
            level: number;
            name: components["schemas"]["LocalizedText"];
            descriptor?: null | components["schemas"]["LocalizedText"];
        };
        /** @description When a challenge runs, its event (showcase) day, and optional named phases; shown on every team page. */
        Schedule: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            /** Format: date */
            eventDay: null | string;
            phases: components["schemas"]["Phase"][];
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/schedule`. */
        ScheduleRequest: {
            /** Format: date */
            start: null | string;
            /** Format: date */
            end: null | string;
            /** Format: date */
            eventDay: null | string;
            phases: null | components["schemas"]["PhaseRequest"][];
        };
        /** @description The season as every screen sees it: rounds in order, each venue by date with its teams by name. */
        SeasonDetails: {
            /** Format: uuid */
            challengeId: string;
            rounds: components["schemas"]["SeasonRound"][];
        };
        /**
         * @description A round with its venues. Invitation is the organiser's decision who is invited to it; absent for the
         *     first round (every team takes part) and on public screens, where an invitation is no one's business but the team's.
         */
        SeasonRound: {
            /** Format: uuid */
            id: string;
            name: string;
            venues: components["schemas"]["SeasonVenue"][];
            invitation?: null | components["schemas"]["RoundInvitation"];
        };
        /** @description A venue with the teams going there, by name (nl-BE collation). */
        SeasonVenue: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            date: string;
            address: string;
            teams: components["schemas"]["TeamReference"][];
        };
        /** @enum {unknown} */
        Sector: "electro" | "construction";
        /**
         * @description Who the browser is signed in as, and the antiforgery token its state-changing requests send in `X-CSRF-TOKEN`.
         *     SetupNeeded is true until the first organiser exists.
         */
        SessionInfo: {
            signedIn: boolean;
            antiforgeryToken: string;
            setupNeeded: boolean;
            /** Format: uuid */
            accountId?: null | string;
            role?: null | string;
            displayName?: null | string;
            /** Format: uuid */
            teamId?: null | string;
            /** Format: uuid */
            challengeId?: null | string;
            challengeIds?: null | string[];
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/shop/catalogue`: the whole catalogue, replacing the previous one. */
        SetCatalogueRequest: {
            items: null | components["schemas"]["CatalogueItemRequest"][];
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/shop/budget`: the budget every team gets unless its own was set. */
        SetDefaultBudgetRequest: {
            /** Format: int64 */
            budgetCents: number | null;
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/kit-template`: the whole item list, replacing the previous one. */
        SetKitTemplateRequest: {
            items: null | components["schemas"]["KitTemplateItemRequest"][];
        };
        /** @description Body of `POST /api/setup`. */
        SetupRequest: {
            code: null | string;
            displayName: null | string;
            passphrase: null | string;
        };
        /** @description A challenge's shop: the budget every team starts with (unless a team's own budget was set) and the catalogue, by sku. */
        ShopCatalogue: {
            /** Format: uuid */
            challengeId: string;
            /** Format: int64 */
            defaultBudgetCents: number;
            items: components["schemas"]["ShopItem"][];
        };
        /** @description An article as the shop shows it: with what is left of a limited stock. */
        ShopItem: {
            sku: string;
            name: string;
            description: string;
            /** Format: int64 */
            unitPriceCents: number;
            /** Format: int32 */
            stockLimit: number | null;
            /** Format: int32 */
            stockLeft: number | null;
        };
        /**
         * @description A team's order from its challenge's shop. The unit price is the one the pupils saw when ordering; long ShopOrder.AmountCents
         *     is what approval takes from the budget. string? ShopOrder.DecidedBy, DateTimeOffset? ShopOrder.DecidedAt and string? ShopOrder.Reason tell
         *     who approved, rejected, cancelled or returned it, when and why. Who ordered and who decided are the signed-in accounts or
         *     pupils of the requests (Guid? ShopOrder.OrderedById, Guid? ShopOrder.DecidedById), never a name typed into a request; an erased
         *     pupil's name is gone from both.
         */
        ShopOrder: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            sku: string;
            itemName: string;
            /** Format: int32 */
            quantity: number;
            /** Format: int64 */
            unitPriceCents: number;
            /** Format: int64 */
            amountCents: number;
            note: string;
            orderedBy: string;
            /** Format: date-time */
            orderedAt: string;
            status: components["schemas"]["OrderStatus"];
            decidedBy: null | string;
            /** Format: date-time */
            decidedAt: null | string;
            reason: null | string;
            /** Format: uuid */
            orderedById?: null | string;
            /** Format: uuid */
            decidedById?: null | string;
        };
        /**
         * @description The showcase of a challenge: its Items newest first, as a feed in time order. Teams are never compared:
         *     there is no count, level sum or order by merit.
         */
        ShowcaseFeed: {
            /** Format: uuid */
            challengeId: string;
            title: string;
            sector: components["schemas"]["Sector"];
            public: boolean;
            items: components["schemas"]["ShowcaseItem"][];
        };
        /**
         * @description One milestone or badge with the team, its school and the competences it shows. Title, Story
         *     and PhotoIds belong to milestones; Level and Feedback to badges.
         */
        ShowcaseItem: {
            kind: components["schemas"]["ShowcaseItemKind"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            school: string;
            competenceIds: string[];
            /** Format: date-time */
            at: string;
            title?: null | string;
            story?: null | string;
            photoIds?: null | string[];
            /** Format: int32 */
            level?: number | null;
            feedback?: null | string;
        };
        /** @enum {unknown} */
        ShowcaseItemKind: "milestone" | "badge";
        ShowcaseSettings: {
            /** Format: uuid */
            challengeId: string;
            public: boolean;
        };
        /** @description Body of `PUT /api/challenges/{challengeId}/showcase`. */
        ShowcaseSettingsRequest: {
            public: null | boolean;
        };
        /**
         * @description Who may join a team and who is kept out, as its coach sees it: the roster, the places open to any nickname, whether other
         *     nicknames wait for approval, the nicknames waiting, and the pupils paused after wrong PINs.
         */
        TeamAccess: {
            approvalRequired: boolean;
            /** Format: int32 */
            vacancies: number;
            roster: components["schemas"]["RosterEntry"][];
            pending: components["schemas"]["PendingPupil"][];
            locks: components["schemas"]["PupilLock"][];
        };
        /**
         * @description What a team has to spend and what it did with it. long TeamBudget.BudgetCents is the challenge's default unless the team's own
         *     was set; long TeamBudget.LeftCents never goes below zero. Orders and ledger are newest first.
         */
        TeamBudget: {
            /** Format: uuid */
            challengeId: string;
            /** Format: uuid */
            teamId: string;
            /** Format: int64 */
            budgetCents: number;
            ownBudget: boolean;
            /** Format: int64 */
            spentCents: number;
            /** Format: int64 */
            leftCents: number;
            orders: components["schemas"]["ShopOrder"][];
            ledger: components["schemas"]["LedgerEntry"][];
        };
        /** @description Whether the check-in is on for a team: the organiser's choice for the challenge and the coach's for the team. */
        TeamCheckIn: {
            challengeOn: boolean;
            teamOn: boolean;
        };
        /**
         * @description A team as its challenge registers it; the join code lets pupils join on a tablet. CoachId is the
         *     coach who registered it (none when the organiser did).
         */
        TeamDetails: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            challengeId: string;
            name: string;
            school: string;
            joinCode: string;
            /** Format: uuid */
            coachId?: null | string;
        };
        /** @description One team's open kit issues in the organiser's list, which is ordered by team name. */
        TeamKitIssues: {
            /** Format: uuid */
            teamId: string;
            teamName: string;
            school: string;
            items: components["schemas"]["KitItem"][];
            openReplacements: components["schemas"]["KitReplacement"][];
        };
        /** @description A team named in a list that is about every team, never about merit. */
        TeamReference: {
            /** Format: uuid */
            id: string;
            name: string;
            school: string;
        };
        /**
         * @description A round as one team lives it: its venue there (absent when it has none yet), and — for a round after the first — whether
         *     it is invited, with the organiser's reason. A team that is not invited simply sees no invitation.
         */
        TeamRound: {
            /** Format: uuid */
            roundId: string;
            name: string;
            venue: null | components["schemas"]["SeasonVenue"];
            invited: boolean;
            invitationReason: null | string;
        };
        /**
         * @description One team's season: where it goes in each round, the invitations it received, and for each level of a competence it showed,
         *     the round in which it first showed it. Competences add up over the season; nothing here compares teams.
         */
        TeamSeason: {
            /** Format: uuid */
            teamId: string;
            rounds: components["schemas"]["TeamRound"][];
            levels: components["schemas"]["LevelFirstShown"][];
        };
        /** @description Teams with and without something (a badge, a recognition, feedback); the goal is every team. */
        TeamShare: {
            with: components["schemas"]["ImpactFigure"];
            without: components["schemas"]["ImpactFigure"];
        };
        /**
         * @description The organiser's view of one venue on the day, so that nobody is overlooked: every team there by name, with four yes/no
         *     signs. Today is the Brussels day the signs speak of. No counts per team and no order but the name.
         */
        VenueOverview: {
            /** Format: uuid */
            venueId: string;
            venueName: string;
            /** Format: date */
            date: string;
            /** Format: date */
            today: string;
            teams: components["schemas"]["VenueOverviewTeam"][];
        };
        /**
         * @description One team at the venue. KitCheckedIn: its kit is issued and every item has been checked in.
         *     MilestoneToday: it logged a milestone today. JurorVisitedToday: a juror awarded it a
         *     badge (an observation included) today, or nominated it or agreed on a recognition for it on this venue's board today.
         *     HasRecognition: the venue's jury agreed on at least one recognition for it.
         */
        VenueOverviewTeam: {
            /** Format: uuid */
            teamId: string;
            name: string;
            school: string;
            kitCheckedIn: boolean;
            milestoneToday: boolean;
            jurorVisitedToday: boolean;
            hasRecognition: boolean;
        };
        /** @description Body of `POST /api/challenges/{challengeId}/season/rounds/{roundId}/venues`. */
        VenueRequest: {
            name: null | string;
            /** Format: date */
            date: null | string;
            address: null | string;
        };
        /** @description One check: Check is signature, schema, dates or revocation. */
        VerificationCheck: {
            check: string;
            passed: boolean;
            detail: string;
        };
        /** @description What was checked and whether each check passed; Valid when all did. */
        VerificationReport: {
            valid: boolean;
            checks: components["schemas"]["VerificationCheck"][];
        };
        /** @description Body of `POST /api/badges/verify`: a credential as received, in its compact VC-JWT form. */
        VerifyBadgeRequest: {
            credential: null | string;
        };
        /** @description One question: percent agreeing at the start and at the end, and the change in percentage points. */
        VoiceQuestionFigures: {
            questionId: string;
            text: components["schemas"]["LocalizedText"];
            startAgreeing: components["schemas"]["ImpactFigure"];
            endAgreeing: components["schemas"]["ImpactFigure"];
            changePoints: components["schemas"]["ImpactFigure"];
        };
        /** @description The challenge-wide counts of a wall after a change, as in WallSnapshot; every delta carries them. */
        WallCounts: {
            /** Format: int32 */
            milestonesLogged: number;
            /** Format: int32 */
            badgesAwarded: number;
            /** Format: int32 */
            competencesShownToday: number;
            /** Format: date-time */
            dayEndsAt: string;
        };
        /**
         * @description A milestone as a wall shows it; the story is cut to one story line. Author is the nickname of the pupil
         *     who logged it when they consented to the wall, otherwise absent ("a team member"). Title and story are the pupil's words:
         *     without their author's consent to the wall (or once the author is erased) both are null and WordsWithheld
         *     is set, and screens show a neutral line with the CompetenceIds instead ("a team member showed …").
         */
        WallMilestone: {
            /** Format: uuid */
            id: string;
            title: null | string;
            story: null | string;
            competenceIds: string[];
            /** Format: date-time */
            loggedAt: string;
            author?: null | string;
            /** @default false */
            wordsWithheld: boolean;
        };
        /**
         * @description What every wall shows of a challenge at Sequence: each team in name order with the level it has shown
         *     per competence and its latest milestones, and challenge-wide counts across all teams. Never a ranking.
         *     CompetencesShownToday counts the distinct team and competence pairs shown today (Brussels time) in a
         *     milestone or a badge; it starts again from 0 at DayEndsAt, local midnight. Epoch is the run
         *     of sequence numbers the snapshot belongs to: a delta of another epoch does not follow from it (fetch the snapshot again).
         */
        WallSnapshot: {
            /** Format: uuid */
            challengeId: string;
            title: string;
            /** Format: int64 */
            sequence: number;
            /** Format: int32 */
            milestonesLogged: number;
            /** Format: int32 */
            badgesAwarded: number;
            teams: components["schemas"]["WallTeam"][];
            /**
             * Format: int32
             * @default 0
             */
            competencesShownToday: number;
            /** Format: date-time */
            dayEndsAt?: null | string;
            /**
             * Format: int64
             * @default 0
             */
            epoch: number;
        };
        /**
         * @description A team's card: every framework competence in framework order, with level 0 (not shown yet) to 4. Members
         *     are the nicknames of the pupils who consented to the wall, by name; Pupils counts every pupil of the team.
         *     PhotoId is the photo of its newest milestone that consent lets the wall show, served by
         *     `GET /api/challenges/{challengeId}/wall/photos/{photoId}` only while it is on the card.
         */
        WallTeam: {
            /** Format: uuid */
            id: string;
            name: string;
            school: string;
            competences: components["schemas"]["CompetenceLevel"][];
            recentMilestones: components["schemas"]["WallMilestone"][];
            members?: null | string[];
            /**
             * Format: int32
             * @default 0
             */
            pupils: number;
            /** Format: uuid */
            photoId?: null | string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListInvites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteStatus"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInviteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetIssuer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetChallengeHubIssuer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetStatusList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetKeySet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyBadge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyBadgeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReport"];
                };
            };
        };
    };
    RotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedKey"][];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBadgeDataIntegrityCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetIssuerDidDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetChallengeHubDidDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetDataIntegrityStatusList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetAuditTrail: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListProblemTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemTypeView"][];
                };
            };
        };
    };
    DescribeProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
        };
    };
    SignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    JoinTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinAwaitingApproval"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartExternalSignIn: {
        parameters: {
            query?: {
                invite?: string;
                return?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IssueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymousTypeOfboolean"];
                };
            };
        };
    };
    CompleteSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetupRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResendInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteCreated"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WithdrawInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteStatus"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteView"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedeemInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPupils: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pupil"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetPupilConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pupilId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pupil"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResetPupilPin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pupilId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinResetRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pupil"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportPupilData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pupilId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonObject"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ErasePupilData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pupilId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetTeamAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAccess"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetTeamRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAccess"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetRosterConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAccess"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApproveJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pendingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pupil"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DismissJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pendingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAccess"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LiftPupilLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                pupilId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pupil"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ImportTeams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterImportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetails"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListChallenges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeSummary"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChallengeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListTeams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetails"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RegisterTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterTeamRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDocument"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FrameworkDocument"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OpenChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetShowcase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowcaseFeed"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetShowcasePublic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShowcaseSettingsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowcaseSettings"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ShowcaseChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetClosingCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosingCheck"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CloseChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": null | components["schemas"]["CloseChallengeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSeason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSeasonPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddSeasonRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddSeasonVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VenueRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AssignVenueTeams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTeamsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    InviteToRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonDetails"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVenueOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueOverview"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTeamSeason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamSeason"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetJoinCards: {
        parameters: {
            query?: {
                venue?: string;
                withoutVenue?: boolean;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinCardSheet"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetRecognitionCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCategory"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetRecognitionCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionCategoriesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionCategory"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCeremony: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ceremony"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListTeamRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recognition"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetDeliberationBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliberationBoard"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    NominateForRecognition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominationRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliberationBoard"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AgreeOnRecognition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliberationBoard"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRecognitionsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliberationBoard"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetRecognitionCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                recognitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetRecognitionDataIntegrityCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                recognitionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetImpactReport: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactReport"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetImpactReportCsv: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetImpactReportPdf: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSchoolImpactReport: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactReport"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSchoolImpactReportCsv: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSchoolImpactReportPdf: {
        parameters: {
            query?: {
                round?: string;
                venue?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetChallengeCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeCheckIn"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetChallengeCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInSwitch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeCheckIn"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTeamCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamCheckIn"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetTeamCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInSwitch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamCheckIn"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetOwnCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PupilCheckIn"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnswerCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                moment: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PupilCheckIn"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LogMilestone: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogMilestoneRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListEvidencePhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePhoto"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UploadEvidencePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePhoto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetEvidencePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListBadges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AwardBadge: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardBadgeRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeBadgeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AttributeBadge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttributeBadgeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeAttribution"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListBadgeAttributions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeAttribution"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBadgeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetOwnBadgeIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PupilBadgeIdentity"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCalibration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationItem"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReviewQueue: {
        parameters: {
            query?: {
                competence?: string;
                team?: string;
            };
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOverview"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPupilProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PupilProfile"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPupilProfilePdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfilePdfRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPupilLearnerRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBadgePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetBadgeQr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetBadgeCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetMilestonePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetPublicMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetKitTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitTemplate"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetKitTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetKitTemplateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitTemplate"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IssueKits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueKitsResult"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListOpenKitIssues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamKitIssues"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListTeamsWithoutKit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamReference"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetKit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kit"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IssueKit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kit"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckInKitItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                partNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInKitItemRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitItem"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RequestKitReplacement: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestReplacementRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitReplacement"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MarkKitReplacementDelivered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                replacementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitReplacement"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCourseRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseRunOverview"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordCourseRun: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCourseRunRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseRun"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WallSnapshot"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWallPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetVenueWallCounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                venueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WallCounts"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetShopCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopCatalogue"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetShopCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCatalogueRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopCatalogue"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetDefaultBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDefaultBudgetRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopCatalogue"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTeamBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamBudget"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AdjustTeamBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetAdjustmentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamBudget"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrderFromShop: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOrderRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopOrder"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApproveShopOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderActionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopOrder"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RejectShopOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderActionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopOrder"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CancelShopOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderActionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopOrder"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnShopOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderActionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopOrder"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetShowcasePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListTeamOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MakeOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnswerOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
                teamId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferAnswerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"][];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
