using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Showcase;

/// <summary>
/// Builds the showcase from the teams' grains on each read rather than keeping a copy: a copy would have to follow every consent
/// change and erase, while reading the source cannot show what the source no longer allows. The feed is capped, and so is the
/// work per read (teams of one challenge, each a handful of in-cluster calls).
/// </summary>
public sealed class ShowcaseGrain(
    [PersistentState("showcase", Constants.StorageName)] IPersistentState<ShowcaseState> state) : Grain, IShowcaseGrain
{
    public const int MaxItems = 200;

    public async Task<ShowcaseFeed> GetFeedAsync()
    {
        var (challenge, shown) = await BuildAsync();
        return new ShowcaseFeed(challenge.Id, challenge.Title, challenge.Sector, state.State.Public, [.. shown.Select(s => s.Item)]);
    }

    public async Task<bool> IsPublicAsync() =>
        state.State.Public && await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync() is not null;

    public async Task<ShowcaseSettings> SetPublicAsync(ShowcaseSettingsRequest request)
    {
        if (request.Public is not { } isPublic)
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("public", ["public is true or false."]));
        }

        _ = await Challenge();
        var previous = state.State.Public;
        state.State.Public = isPublic;
        await state.WriteOrUndoAsync(() => state.State.Public = previous);
        return new ShowcaseSettings(this.GetPrimaryKey(), isPublic);
    }

    public async Task<EvidencePhoto> FindShownPhotoAsync(Guid teamId, Guid photoId)
    {
        var (challenge, shown) = await BuildAsync();
        if (!shown.Any(s => s.Item.TeamId == teamId && s.Item.PhotoIds is { } photos && photos.Contains(photoId)))
        {
            throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);
        }

        return await GrainFactory.GetGrain<IEvidenceGrain>(teamId).GetAsync(challenge.Id, photoId);
    }

    public async Task<ShowcaseTeamUpdate?> GetTeamUpdateAsync(Guid teamId)
    {
        var challengeId = this.GetPrimaryKey();
        if (await GrainFactory.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            return null;
        }

        var team = (await GrainFactory.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync()).FirstOrDefault(t => t.Id == teamId);
        if (team is null)
        {
            return null;
        }

        var items = (await TeamItemsAsync(challengeId, team)).Select(s => s.Item).OrderByDescending(i => i.At).ThenBy(i => i.Id).Take(MaxItems);
        return new ShowcaseTeamUpdate(challengeId, teamId, [.. items], state.State.Public);
    }

    /// <summary>What the showcase shows now that the pupil wrote: it keeps no copy, so this is what anyone viewing it sees of them.</summary>
    public async Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        var shown = await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync() is null ? [] : (await BuildAsync()).Shown;
        var theirs = shown.Where(s => s.Item.TeamId == teamId && s.AuthorId == pupilId).Select(s => new { s.Item.TeamName, s.Item.Title, s.Item.Story, s.Item.At });
        return new PupilRecords("showcase", JsonSerializer.Serialize(theirs, PupilJson.Options));
    }

    /// <summary>Nothing to forget here: the showcase keeps no copy, and the erase of the milestone log and photos takes them out of it.</summary>
    public Task ErasePupilAsync(Guid teamId, Guid pupilId) => Task.CompletedTask;

    private sealed record Shown(ShowcaseItem Item, Guid? AuthorId);

    private async Task<ChallengeDetails> Challenge() =>
        await GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey()).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());

    private async Task<(ChallengeDetails Challenge, ImmutableArray<Shown> Shown)> BuildAsync()
    {
        var challenge = await Challenge();
        var teams = await GrainFactory.GetGrain<IChallengeGrain>(challenge.Id).GetTeamsAsync();
        var perTeam = await Task.WhenAll(teams.Select(team => TeamItemsAsync(challenge.Id, team)));
        return (challenge, [.. perTeam.SelectMany(items => items).OrderByDescending(s => s.Item.At).ThenBy(s => s.Item.Id).Take(MaxItems)]);
    }

    /// <summary>
    /// A pupil's milestone is shown only with their consent to the showcase, and then with only the photos whose uploader consented
    /// to photos; without it the milestone is not shown at all, because its title is the pupil's words too. A milestone with no
    /// author (logged by the coach or organiser) is the team's and shown; one whose author was erased stays withheld. Badges are the team's and always shown.
    /// </summary>
    private async Task<IEnumerable<Shown>> TeamItemsAsync(Guid challengeId, TeamDetails team)
    {
        var pupilsTask = GrainFactory.GetGrain<ITeamGrain>(team.Id).ListPupilsAsync();
        var milestonesTask = GrainFactory.GetGrain<IMilestoneLogGrain>(team.Id).ListAsync(challengeId);
        var photosTask = GrainFactory.GetGrain<IEvidenceGrain>(team.Id).ListAsync(challengeId);
        var badgesTask = GrainFactory.GetGrain<ICompetenceProfileGrain>(team.Id).ListAsync(challengeId);
        await Task.WhenAll(pupilsTask, milestonesTask, photosTask, badgesTask);

        var consent = (await pupilsTask).ToDictionary(p => p.Id, p => p.Consent);
        var photoConsented = (await photosTask).Where(p => p.UploadedBy is not { } uploader || (consent.TryGetValue(uploader, out var c) && c.Photos))
            .Select(p => p.Id).ToHashSet();
        var milestones = (await milestonesTask)
            .Where(m => !m.WordsWithheld && (m.AuthorId is not { } author || (consent.TryGetValue(author, out var c) && c.Showcase)))
            .Select(m => new Shown(
                new ShowcaseItem(ShowcaseItemKind.Milestone, m.Id, team.Id, team.Name, team.School, m.CompetenceIds, m.LoggedAt, m.Title, m.Story,
                    [.. (m.PhotoIds ?? []).Where(photoConsented.Contains)]),
                m.AuthorId));
        var badges = (await badgesTask).Select(b => new Shown(
            new ShowcaseItem(ShowcaseItemKind.Badge, b.Id, team.Id, team.Name, team.School, [b.CompetenceId], b.AwardedAt, Level: b.Level, Feedback: b.Feedback),
            null));
        return milestones.Concat(badges);
    }
}
