using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Tests;

/// <summary>Puts a fresh challenge, team, milestone or badge in place, each under new keys.</summary>
public static class Arrange
{
    /// <summary>A challenge that is running, as most tests need: teams can register, pupils log, jurors award.</summary>
    public static async Task<ChallengeDetails> ChallengeAsync(this IGrainFactory grains, string sector = "electro", string title = "Zonnewagen")
    {
        var challenge = grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        await challenge.CreateAsync(new(title, sector));
        await challenge.AdvanceAsync(ChallengeStatus.Open);
        return await challenge.AdvanceAsync(ChallengeStatus.Running);
    }

    public static Task<TeamDetails> TeamAsync(this IGrainFactory grains, Guid challengeId, string name = "De Vonk", string school = "Sint-Jozefsinstituut") =>
        grains.GetGrain<IChallengeGrain>(challengeId).RegisterTeamAsync(new(name, school), null);

    public static Task<Milestone> MilestoneAsync(this IGrainFactory grains, TeamDetails team, string title = "Schakeling getest",
        string story = "De motor draait op het zonnepaneel.", string[]? competenceIds = null, string? idempotencyKey = null) =>
        grains.GetGrain<IMilestoneLogGrain>(team.Id).LogAsync(team.ChallengeId, new(title, story, competenceIds ?? ["meten-testen"]), idempotencyKey);

    public static Task<Badge> BadgeAsync(this IGrainFactory grains, TeamDetails team, string competenceId = "meten-testen", int level = 2,
        Guid[]? milestoneIds = null, string? idempotencyKey = null) =>
        grains.GetGrain<ICompetenceProfileGrain>(team.Id).AwardAsync(team.ChallengeId,
            new(competenceId, level, "Jullie meten systematisch en noteren alles.", milestoneIds ?? []), idempotencyKey);

    /// <summary>A pupil who joined the team with a nickname and PIN, with consent as given (none by default).</summary>
    public static async Task<Pupil> PupilAsync(this IGrainFactory grains, TeamDetails team, string nickname = "Lotte", ConsentRequest? consent = null)
    {
        var teamGrain = grains.GetGrain<ITeamGrain>(team.Id);
        var pupil = (await teamGrain.JoinAsync(new(team.JoinCode, nickname, "1234"), "arrange"))!.Pupil;
        return consent is null ? pupil : await teamGrain.SetConsentAsync(pupil.Id, consent, "Coach Peeters");
    }

    public static Task<WallSnapshot> WallAsync(this IGrainFactory grains, Guid challengeId) =>
        grains.GetGrain<IWallGrain>(challengeId).GetSnapshotAsync();
}
