using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Profiles;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Badges.Attributions;

public sealed class BadgeAttributionsGrain(
    [PersistentState("badgeAttributions", Constants.StorageName)] IPersistentState<BadgeAttributionsState> state) : Grain, IBadgeAttributionsGrain
{
    /// <summary>16 characters of a 32-letter alphabet: 80 bits, too many to guess a hash back to its code.</summary>
    public const int RecoveryCodeLength = 16;

    public const int SaltBytes = 16;

    /// <summary>A team has at most that many pupils; a longer list cannot be right.</summary>
    public const int MaxPupilsPerBadge = 12;

    public async Task<BadgeAttribution> AttributeAsync(Guid challengeId, Guid badgeId, AttributeBadgeRequest request)
    {
        var (team, _) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        var validation = new Validation();
        var pupilIds = (request.PupilIds ?? []).Distinct().ToImmutableArray();
        if (request.PupilIds is null)
        {
            validation.Add("pupilIds", "pupilIds is required: the pupils who showed this badge, or an empty list.");
        }
        else if (pupilIds.Length > MaxPupilsPerBadge)
        {
            validation.Add("pupilIds", $"A badge can be attributed to at most {MaxPupilsPerBadge} pupils.");
        }

        validation.ThrowIfInvalid();
        var badges = await GrainFactory.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challengeId);
        var badge = badges.FirstOrDefault(b => b.Id == badgeId) ?? throw DomainException.NotFound(ProblemTypes.BadgeNotFound, badgeId);
        if (badge.IsRevoked)
        {
            throw new DomainException(ProblemTypes.BadgeRevoked, "A revoked badge is not attributed to anyone.");
        }

        var teamGrain = GrainFactory.GetGrain<ITeamGrain>(team.Id);
        foreach (var pupilId in pupilIds)
        {
            if (await teamGrain.GetPupilAsync(pupilId) is null)
            {
                throw new DomainException(ProblemTypes.NotPupilOfTeam,
                    $"{team.Name} has no pupil {pupilId}; a badge is attributed only to pupils of the team that showed it.",
                    ImmutableDictionary<string, string[]>.Empty.Add("pupilIds", [$"{pupilId} is not a pupil of this team."]));
            }
        }

        var (previousCodes, previousAttributions) = (state.State.Codes, state.State.Attributions);
        var kept = previousAttributions.Where(a => a.BadgeId == badgeId && pupilIds.Contains(a.PupilId)).ToArray();
        var added = pupilIds.Where(p => kept.All(a => a.PupilId != p))
            .Select(p => new PupilAttribution(badgeId, p, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SaltBytes))));
        state.State.Attributions = previousAttributions.RemoveAll(a => a.BadgeId == badgeId).AddRange(kept).AddRange(added);
        var newCodes = pupilIds.Where(p => previousCodes.All(c => c.PupilId != p)).Select(NewCode).ToArray();
        await LocateAsync(challengeId, newCodes);
        state.State.Codes = previousCodes.AddRange(newCodes);
        if (state.State.Attributions.SequenceEqual(previousAttributions) && state.State.Codes.SequenceEqual(previousCodes))
        {
            return View(badgeId);
        }

        await state.WriteOrUndoAsync(() => (state.State.Codes, state.State.Attributions) = (previousCodes, previousAttributions));
        return View(badgeId);
    }

    public async Task<ImmutableArray<BadgeAttribution>> ListAsync(Guid challengeId)
    {
        await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        return [.. state.State.Attributions.Select(a => a.BadgeId).Distinct().Select(View)];
    }

    public Task<ImmutableArray<HashedIdentity>> GetHashesAsync(Guid badgeId) => Task.FromResult<ImmutableArray<HashedIdentity>>(
        [.. state.State.Attributions.Where(a => a.BadgeId == badgeId)
            .Select(a => (Attribution: a, Code: CodeOf(a.PupilId)))
            .Where(a => a.Code is not null)
            .Select(a => new HashedIdentity(a.Attribution.HashOf(a.Code!), a.Attribution.Salt))]);

    public async Task<PupilBadgeIdentity> GetForPupilAsync(Guid challengeId, Guid pupilId)
    {
        var (team, _) = await TeamLookup.FindAsync(GrainFactory, challengeId, this.GetPrimaryKey());
        if (await GrainFactory.GetGrain<ITeamGrain>(team.Id).GetPupilAsync(pupilId) is null)
        {
            throw DomainException.NotFound(ProblemTypes.PupilNotFound, pupilId);
        }

        if (CodeOf(pupilId) is null)
        {
            var previous = state.State.Codes;
            state.State.Codes = previous.Add(NewCode(pupilId));
            await state.WriteOrUndoAsync(() => state.State.Codes = previous);
        }

        var code = CodeOf(pupilId)!;

        // Also for codes made before codes could be looked up; setting the same location again stores nothing.
        await LocateAsync(challengeId, [new RecoveryCode(pupilId, code)]);
        return new PupilBadgeIdentity(code, [.. state.State.Attributions.Where(a => a.PupilId == pupilId).Select(a => new PupilBadgeHash(a.BadgeId, a.Salt, a.HashOf(code)))]);
    }

    public Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        var ours = teamId == this.GetPrimaryKey();
        var code = ours ? CodeOf(pupilId) : null;
        var badges = state.State.Attributions.Where(a => ours && a.PupilId == pupilId).Select(a => new { a.BadgeId, a.Salt, IdentityHash = code is null ? null : a.HashOf(code) }).ToArray();
        object records = code is null && badges.Length == 0 ? Array.Empty<object>() : new[] { new { RecoveryCode = code, Badges = badges } };
        return Task.FromResult(new PupilRecords("badgeAttributions", JsonSerializer.Serialize(records, PupilJson.Options)));
    }

    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        var (previousCodes, previousAttributions) = (state.State.Codes, state.State.Attributions);
        if (teamId != this.GetPrimaryKey() || previousCodes.All(c => c.PupilId != pupilId) && previousAttributions.All(a => a.PupilId != pupilId))
        {
            return;
        }

        state.State.Codes = previousCodes.RemoveAll(c => c.PupilId == pupilId);
        state.State.Attributions = previousAttributions.RemoveAll(a => a.PupilId == pupilId);
        await state.WriteOrUndoAsync(() => (state.State.Codes, state.State.Attributions) = (previousCodes, previousAttributions));

        // After the code is gone here, so that a failure in between leaves a locator that leads nowhere rather than a code that still works.
        foreach (var code in previousCodes.Where(c => c.PupilId == pupilId))
        {
            await GrainFactory.GetGrain<IRecoveryCodeLocatorGrain>(IRecoveryCodeLocatorGrain.KeyOf(code.Code)).ClearAsync();
        }
    }

    /// <summary>Before a new code is stored, so that every code a pupil has seen can be looked up.</summary>
    private async Task LocateAsync(Guid challengeId, IEnumerable<RecoveryCode> codes)
    {
        foreach (var code in codes)
        {
            await GrainFactory.GetGrain<IRecoveryCodeLocatorGrain>(IRecoveryCodeLocatorGrain.KeyOf(code.Code))
                .SetAsync(new PupilLocation(challengeId, this.GetPrimaryKey(), code.PupilId));
        }
    }

    private BadgeAttribution View(Guid badgeId) => new(badgeId, [.. state.State.Attributions.Where(a => a.BadgeId == badgeId).Select(a => a.PupilId)]);

    private string? CodeOf(Guid pupilId) => state.State.Codes.FirstOrDefault(c => c.PupilId == pupilId)?.Code;

    private static RecoveryCode NewCode(Guid pupilId) => new(pupilId, Secrets.NewCode(RecoveryCodeLength));
}
