using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Teams;
using Microsoft.Extensions.Logging;

namespace ChallengeHub.Grains.Walls;

public sealed class WallGrain(
    [PersistentState("wall", Constants.StorageName)] IPersistentState<WallState> state,
    TimeProvider time,
    ILogger<WallGrain> logger) : Grain, IWallGrain
{
    public const int RecentMilestones = 3;
    public const int StoryLineLength = 280;

    public async Task<WallCounts> GetCountsAsync(ImmutableArray<Guid> teamIds)
    {
        await EnsureInitializedAsync();
        return WallCounting.CountsOf(state.State, [.. teamIds], time.GetUtcNow());
    }

    private WallGroupCommit Commit => field ??= new(this, state, logger);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await Commit.BeginAsync())
        {
            // Milestones pushed but not yet written when the wall was lost: their logs hold them and send them again.
            foreach (var team in state.State.Teams)
            {
                await GrainFactory.GetGrain<IMilestoneLogGrain>(team.Id).ResendToWallAsync(team.LastMilestoneNumber);
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Commit.EndAsync();

    public async Task<WallSnapshot> GetSnapshotAsync()
    {
        await EnsureInitializedAsync();
        var wall = state.State;
        var counts = Counts();
        return new WallSnapshot(this.GetPrimaryKey(), wall.Title!, wall.Sequence, wall.MilestonesLogged, wall.BadgesAwarded,
            [.. wall.Teams.Select(t => t.ToCard(wall.CompetenceIds))], counts.CompetencesShownToday, counts.DayEndsAt, wall.Epoch);
    }

    public async Task<Guid> FindTeamShowingPhotoAsync(Guid photoId)
    {
        await EnsureInitializedAsync();
        return state.State.Teams.Find(t => t.Photo is { } photo && photo.PhotoId == photoId && t.MayShow(photo))?.Id
            ?? throw DomainException.NotFound(ProblemTypes.PhotoNotFound, photoId);
    }

    public async Task TeamRegisteredAsync(TeamDetails team)
    {
        await EnsureInitializedAsync();
        if (state.State.Teams.Any(t => t.Id == team.Id))
        {
            return;
        }

        await AddTeamAsync(team);
    }

    private async Task<WallTeamEntry> AddTeamAsync(TeamDetails team)
    {
        var entry = new WallTeamEntry { Id = team.Id, Name = team.Name, School = team.School };
        var teams = state.State.Teams;
        var index = teams.FindIndex(t => NameOrder.Comparer.Compare(t.Name, team.Name) > 0);
        teams.Insert(index < 0 ? teams.Count : index, entry);
        await ApplyAsync(
            sequence => new WallDelta(this.GetPrimaryKey(), sequence, WallDeltaKind.TeamRegistered, team.Id, Team: entry.ToCard(state.State.CompetenceIds)),
            () => teams.Remove(entry));
        return entry;
    }

    public async Task MilestoneLoggedAsync(int number, Milestone milestone, ImmutableArray<WallPhoto>? evidence = null)
    {
        var entry = await FindOrAddAsync(milestone.TeamId);
        if (number <= entry.LastMilestoneNumber)
        {
            return;
        }

        if (number > entry.LastMilestoneNumber + 1)
        {
            // This wall lost the milestones in between (see WallGroupCommit): the log sends them again, in order.
            await GrainFactory.GetGrain<IMilestoneLogGrain>(entry.Id).ResendToWallAsync(entry.LastMilestoneNumber);
            return;
        }

        var photo = await ShowablePhotoAsync(entry, milestone, evidence);
        var logged = new WallMilestone(milestone.Id, milestone.Title, StoryLine(milestone.Story), milestone.CompetenceIds, milestone.LoggedAt);
        var shown = milestone.WordsWithheld ? logged.Withheld() : logged;
        var (recent, authors, previousPhoto) = (entry.Recent, entry.Authors, entry.Photo);
        entry.Recent = [shown, .. recent.Take(RecentMilestones - 1)];
        entry.Authors = entry.Recent.Where(m => m.Id == milestone.Id ? milestone.AuthorId is not null : authors.ContainsKey(m.Id))
            .ToDictionary(m => m.Id, m => m.Id == milestone.Id ? milestone.AuthorId!.Value : authors[m.Id]);
        entry.LastMilestoneNumber = number;
        // A photo consent does not allow yet is kept in waiting, unless it would hide one that may be shown: once the coach
        // records consent, the card shows it.
        entry.Photo = photo is not null && (entry.MayShow(photo) || previousPhoto is null || !entry.MayShow(previousPhoto)) ? photo : previousPhoto;
        state.State.MilestonesLogged++;
        entry.MilestonesLogged++;
        CountShown(entry, milestone.CompetenceIds);
        var card = entry.Photo != previousPhoto ? entry.ToCard(state.State.CompetenceIds) : null;
        await ApplyGroupedAsync(
            sequence => new WallDelta(this.GetPrimaryKey(), sequence, WallDeltaKind.MilestoneLogged, entry.Id, Team: card, Milestone: entry.Shown(shown),
                StoredAt: milestone.LoggedAt));
    }

    /// <summary>
    /// The first of the milestone's photos that consent lets the wall show now, else its first photo (shown once consent
    /// allows), or null. A photo the team no longer has (its uploader was erased) is passed over.
    /// </summary>
    private async Task<WallPhoto?> ShowablePhotoAsync(WallTeamEntry entry, Milestone milestone, ImmutableArray<WallPhoto>? evidence)
    {
        if (milestone.PhotoIds is not { IsDefaultOrEmpty: false } photoIds)
        {
            return null;
        }

        var candidates = evidence is { IsDefault: false } carried
            ? [.. carried.Where(p => photoIds.Contains(p.PhotoId))]
            : (await GrainFactory.GetGrain<IEvidenceGrain>(entry.Id).FindAsync(photoIds)).Select(p => new WallPhoto(p.Id, milestone.AuthorId, p.UploadedBy)).ToList();
        return candidates.Find(entry.MayShow) ?? candidates.FirstOrDefault();
    }

    public Task BadgeAwardedAsync(int number, Badge badge, int shownLevel) => ApplyBadgeAsync(number, badge, shownLevel, WallDeltaKind.BadgeAwarded, +1);

    public Task BadgeRevokedAsync(int number, Badge badge, int shownLevel) => ApplyBadgeAsync(number, badge, shownLevel, WallDeltaKind.BadgeRevoked, -1);

    /// <summary>The badge counter counts badges that stand, so a revocation takes one off.</summary>
    private async Task ApplyBadgeAsync(int number, Badge badge, int shownLevel, WallDeltaKind kind, int counted)
    {
        var entry = await FindOrAddAsync(badge.TeamId);
        if (number <= entry.LastBadgeNumber)
        {
            return;
        }

        var (level, last) = (entry.Levels.GetValueOrDefault(badge.CompetenceId), entry.LastBadgeNumber);
        entry.Levels[badge.CompetenceId] = shownLevel;
        entry.LastBadgeNumber = number;
        state.State.BadgesAwarded += counted;
        entry.BadgesStanding += counted;
        var uncount = kind == WallDeltaKind.BadgeAwarded ? CountShown(entry, [badge.CompetenceId]) : () => { };
        await ApplyAsync(
            sequence => new WallDelta(this.GetPrimaryKey(), sequence, kind, entry.Id, Competence: new(badge.CompetenceId, shownLevel),
                StoredAt: kind == WallDeltaKind.BadgeAwarded ? badge.AwardedAt : badge.Revocation?.RevokedAt),
            () =>
            {
                (entry.Levels[badge.CompetenceId], entry.LastBadgeNumber) = (level, last);
                state.State.BadgesAwarded -= counted;
                entry.BadgesStanding -= counted;
                uncount();
            });
    }

    private Action CountShown(WallTeamEntry entry, IEnumerable<string> competenceIds) =>
        WallCounting.CountShown(state.State, entry, competenceIds, BrusselsDay.Of(time.GetUtcNow()));

    private WallCounts Counts() => WallCounting.Counts(state.State, time.GetUtcNow());

    public async Task FrameworkChangedAsync(ImmutableArray<string> competenceIds)
    {
        await EnsureInitializedAsync();
        var previous = state.State.CompetenceIds;
        if (previous.SequenceEqual(competenceIds))
        {
            return;
        }

        state.State.CompetenceIds = competenceIds;
        var unframe = WallCounting.Reframe(state.State, previous);
        await ApplyAsync(
            sequence => new WallDelta(this.GetPrimaryKey(), sequence, WallDeltaKind.FrameworkChanged, Guid.Empty, CompetenceIds: competenceIds),
            () =>
            {
                state.State.CompetenceIds = previous;
                unframe();
            });
    }

    public async Task TeamMembersChangedAsync(Guid teamId, ImmutableArray<WallMember> members)
    {
        var entry = await FindOrAddAsync(teamId);
        if (entry.Members.SequenceEqual(members))
        {
            return;
        }

        var previous = entry.Members;
        entry.Members = [.. members];
        await CardChangedAsync(entry, () => entry.Members = previous);
    }

    public async Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        await EnsureInitializedAsync();
        var shown = state.State.Teams.Where(t => t.Id == teamId)
            .Select(t => new
            {
                team = t.Name,
                nickname = t.Members.Find(m => m.PupilId == pupilId)?.Nickname,
                storyLines = t.Recent.Where(m => t.Authors.GetValueOrDefault(m.Id) == pupilId).Select(m => new { m.Title, m.Story, m.LoggedAt }),
                photoId = t.Photo is { } photo && Concerns(photo, pupilId) ? photo.PhotoId : (Guid?)null,
            })
            .Where(t => t.nickname is not null || t.storyLines.Any() || t.photoId is not null);
        return new PupilRecords("wall", JsonSerializer.Serialize(shown, PupilJson.Options));
    }

    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        await EnsureInitializedAsync();
        foreach (var entry in state.State.Teams.Where(t => t.Id == teamId).Where(t => t.Members.Any(m => m.PupilId == pupilId) || t.Authors.ContainsValue(pupilId)
            || (t.Photo is { } photo && Concerns(photo, pupilId))))
        {
            var (members, recent, authors, photo) = (entry.Members, entry.Recent, entry.Authors, entry.Photo);
            entry.Members = [.. members.Where(m => m.PupilId != pupilId)];
            entry.Recent = [.. recent.Select(m => authors.GetValueOrDefault(m.Id) == pupilId ? m.Withheld() : m)];
            entry.Authors = authors.Where(a => a.Value != pupilId).ToDictionary();
            entry.Photo = photo is not null && Concerns(photo, pupilId) ? null : photo;
            await CardChangedAsync(entry, () => (entry.Members, entry.Recent, entry.Authors, entry.Photo) = (members, recent, authors, photo));
        }
    }

    /// <summary>An erased pupil's photo goes with them, whether they logged its milestone or took it.</summary>
    private static bool Concerns(WallPhoto photo, Guid pupilId) => photo.AuthorId == pupilId || photo.UploadedBy == pupilId;

    private Task CardChangedAsync(WallTeamEntry entry, Action undo) =>
        ApplyAsync(sequence => new WallDelta(this.GetPrimaryKey(), sequence, WallDeltaKind.TeamChanged, entry.Id, Team: entry.ToCard(state.State.CompetenceIds)), undo);

    /// <summary>
    /// Numbers the change, stores it (undoing it in memory when storing fails), then pushes it with the counts after it; a change
    /// that began here rather than in a team's log or profile counts as stored now.
    /// </summary>
    /// <remarks>
    /// Teams, consent, erasures, badges and the framework are written before they are pushed: a lost write must never show a
    /// pupil's words or photo again. Milestones are already stored in their team's log, which resends them to a wall that
    /// lost them; they go out at once and are written with the next group (<see cref="WallGroupCommit"/>).
    /// </remarks>
    private async Task ApplyAsync(Func<long, WallDelta> delta, Action undo)
    {
        state.State.Sequence++;
        await Commit.NowAsync(() =>
        {
            state.State.Sequence--;
            undo();
        });

        await PushAsync(delta);
    }

    private async Task ApplyGroupedAsync(Func<long, WallDelta> delta)
    {
        state.State.Sequence++;
        await PushAsync(delta);
        Commit.Later();
    }

    private async Task PushAsync(Func<long, WallDelta> delta)
    {
        try
        {
            var pushed = delta(state.State.Sequence);
            await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey)
                .PublishAsync(pushed with { Counts = Counts(), StoredAt = pushed.StoredAt ?? time.GetUtcNow(), Epoch = state.State.Epoch });
        }
        catch (Exception exception)
        {
            // The change is stored; watchers that miss it see a sequence gap and fetch the snapshot.
            logger.LogWarning(exception, "Wall delta {Sequence} of challenge {ChallengeId} not pushed", state.State.Sequence, this.GetPrimaryKey());
        }
    }

    /// <summary>
    /// The team's card. A team whose registration never reached the wall (the challenge stored it, then the call
    /// here failed) is added now, so that its milestones and badges are not refused.
    /// </summary>
    private async Task<WallTeamEntry> FindOrAddAsync(Guid teamId)
    {
        await EnsureInitializedAsync();
        if (state.State.Teams.Find(t => t.Id == teamId) is { } entry)
        {
            return entry;
        }

        var team = await GrainFactory.GetGrain<ITeamGrain>(teamId).GetAsync();
        return team is not null && team.ChallengeId == this.GetPrimaryKey()
            ? await AddTeamAsync(team)
            : throw DomainException.NotFound(ProblemTypes.TeamNotFound, teamId);
    }

    /// <summary>The story cut to one line, never splitting a character made of two UTF-16 units (emoji are common on tablets).</summary>
    private static string StoryLine(string story)
    {
        if (story.Length <= StoryLineLength)
        {
            return story;
        }

        var cut = StoryLineLength - 1;
        if (char.IsHighSurrogate(story[cut - 1]))
        {
            cut--;
        }

        return story[..cut] + "…";
    }

    /// <summary>A wall builds itself from its challenge the first time it is used, so no one has to create it.</summary>
    private async Task EnsureInitializedAsync()
    {
        if (state.State.Title is not null)
        {
            return;
        }

        var challenge = GrainFactory.GetGrain<IChallengeGrain>(this.GetPrimaryKey());
        var details = await challenge.GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, this.GetPrimaryKey());
        var teams = await challenge.GetTeamsAsync();
        state.State.Title = details.Title;
        state.State.CompetenceIds = [.. details.Competences.Select(c => c.Id)];
        state.State.Teams = [.. teams.Select(t => new WallTeamEntry { Id = t.Id, Name = t.Name, School = t.School })];

        // Stored at once: a snapshot handed out at sequence 0 must not change without a delta after a reactivation.
        await state.WriteStateAsync();
    }
}
