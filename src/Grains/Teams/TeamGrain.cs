using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Teams;

public sealed class TeamGrain(
    [PersistentState("team", Constants.StorageName)] IPersistentState<TeamState> state,
    TimeProvider time) : Grain, ITeamGrain
{
    public const int MaxMembers = 12;
    public const int MaxNicknameLength = 24;
    public const int MaxFailedPins = 5;
    public const int MaxTeamFailures = 20;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    public async Task InitializeAsync(TeamDetails details)
    {
        if (state.State.Details is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Team already registered", $"Team {details.Id} is already registered.");
        }

        state.State.Details = details;
        await state.WriteStateAsync();
    }

    public Task<TeamDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task<PupilSession> JoinAsync(JoinRequest request)
    {
        var team = Team();
        var validation = new Validation();
        var nickname = validation.Text("nickname", request.Nickname, MaxNicknameLength);
        if (nickname.Contains('@', StringComparison.Ordinal))
        {
            validation.Add("nickname", "A nickname is enough: no email address.");
        }

        var pin = request.Pin?.Trim() ?? string.Empty;
        if (!IsPin(pin))
        {
            validation.Add("pin", PinRule);
        }

        validation.ThrowIfInvalid();
        var now = time.GetUtcNow();
        if (state.State.LockedUntil is { } teamLock && teamLock > now)
        {
            throw DomainException.Locked(teamLock);
        }

        var member = state.State.Members.Find(m => NameOrder.Comparer.Equals(m.Pupil.Nickname, nickname));
        if (member is null)
        {
            return new PupilSession(await AddMemberAsync(team, nickname, pin, now), team.ChallengeId, Joined: true);
        }

        if (member.LockedUntil is { } pupilLock && pupilLock > now)
        {
            throw DomainException.Locked(pupilLock);
        }

        if (Secrets.Verify(pin, member.PinHash))
        {
            if (member.FailedPins > 0)
            {
                (member.FailedPins, member.LockedUntil) = (0, null);
                await state.WriteStateAsync();
            }

            return new PupilSession(member.Pupil, team.ChallengeId, Joined: false);
        }

        await RecordFailureAsync(member, now);
        throw DomainException.NotRecognised($"That PIN does not belong to '{member.Pupil.Nickname}'. Your coach can set a new PIN with you.");
    }

    public Task<Pupil?> GetPupilAsync(Guid pupilId) => Task.FromResult(state.State.Members.Find(m => m.Pupil.Id == pupilId)?.Pupil);

    public Task<ImmutableArray<Pupil>> ListPupilsAsync()
    {
        Team();
        return Task.FromResult<ImmutableArray<Pupil>>([.. state.State.Members.Select(m => m.Pupil).OrderBy(p => p.Nickname, NameOrder.Comparer)]);
    }

    public async Task<Pupil> SetConsentAsync(Guid pupilId, ConsentRequest request, string recordedBy)
    {
        var member = Member(pupilId);
        var previous = member.Pupil;
        var consent = new PupilConsent(
            request.Wall ?? previous.Consent.Wall,
            request.Showcase ?? previous.Consent.Showcase,
            request.Photos ?? previous.Consent.Photos,
            time.GetUtcNow(),
            recordedBy);
        member.Pupil = previous with { Consent = consent };
        await state.WriteOrUndoAsync(() => member.Pupil = previous);
        await TellWallAsync();
        await GrainFactory.GetGrain<IShowcaseGrain>(Team().ChallengeId).TeamChangedAsync(Team().Id);
        return member.Pupil;
    }

    public async Task EndSessionAsync(Guid pupilId, int sessionVersion)
    {
        if (state.State.Members.FirstOrDefault(m => m.Pupil.Id == pupilId) is not { } member || member.Pupil.SessionVersion != sessionVersion)
        {
            return;
        }

        var previous = member.Pupil;
        member.Pupil = previous with { SessionVersion = previous.SessionVersion + 1 };
        await state.WriteOrUndoAsync(() => member.Pupil = previous);
    }

    public async Task<Pupil> ResetPinAsync(Guid pupilId, PinResetRequest request)
    {
        var member = Member(pupilId);
        var pin = request.Pin?.Trim() ?? string.Empty;
        if (!IsPin(pin))
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("pin", [PinRule]));
        }

        var (previous, hash) = (member.Pupil, member.PinHash);
        member.Pupil = previous with { SessionVersion = previous.SessionVersion + 1 };
        (member.PinHash, member.FailedPins, member.LockedUntil) = (Secrets.Hash(pin, Secrets.PinRounds), 0, null);
        await state.WriteOrUndoAsync(() => (member.Pupil, member.PinHash) = (previous, hash));
        return member.Pupil;
    }

    private async Task<Pupil> AddMemberAsync(TeamDetails team, string nickname, string pin, DateTimeOffset now)
    {
        if (state.State.Members.Count >= MaxMembers)
        {
            throw new DomainException(DomainErrorKind.Conflict, "Team is complete",
                $"A team has at most {MaxMembers} pupils. Check the nickname: maybe you joined before under another spelling.");
        }

        var member = new TeamMember
        {
            Pupil = new Pupil(Guid.NewGuid(), team.Id, nickname, PupilConsent.None, now, 1),
            PinHash = Secrets.Hash(pin, Secrets.PinRounds),
        };
        state.State.Members.Add(member);
        await state.WriteOrUndoAsync(() => state.State.Members.Remove(member));
        await TellWallAsync();
        return member.Pupil;
    }

    public Task<PupilRecords> ExportPupilAsync(Guid pupilId)
    {
        var pupil = state.State.Members.Find(m => m.Pupil.Id == pupilId)?.Pupil;
        var record = pupil is null ? null : new { pupil.Id, pupil.Nickname, team = state.State.Details?.Name, pupil.JoinedAt, pupil.Consent };
        return Task.FromResult(new PupilRecords("team", JsonSerializer.Serialize(record, PupilJson.Options)));
    }

    /// <summary>The pupil leaves the team: nickname, PIN and consent are gone, and every session of theirs ends.</summary>
    public async Task ErasePupilAsync(Guid pupilId)
    {
        if (state.State.Members.Find(m => m.Pupil.Id == pupilId) is { } member)
        {
            state.State.Members.Remove(member);
            await state.WriteOrUndoAsync(() => state.State.Members.Add(member));
        }

        await TellWallAsync();
    }

    /// <summary>
    /// The wall shows a nickname only with consent for the wall, and a milestone's photo only with consent for photos; it learns
    /// of every join, consent change and erase.
    /// </summary>
    private Task TellWallAsync()
    {
        var team = Team();
        return GrainFactory.GetGrain<IWallGrain>(team.ChallengeId).TeamMembersChangedAsync(team.Id,
            [.. state.State.Members.Select(m => new WallMember(m.Pupil.Id, m.Pupil.Consent.Wall ? m.Pupil.Nickname : null, m.Pupil.Consent.Photos))]);
    }

    private async Task RecordFailureAsync(TeamMember member, DateTimeOffset now)
    {
        if (++member.FailedPins >= MaxFailedPins)
        {
            (member.FailedPins, member.LockedUntil) = (0, now + LockOut);
        }

        if (now - state.State.FailuresSince > LockOut)
        {
            (state.State.FailuresSince, state.State.RecentFailures) = (now, 0);
        }

        if (++state.State.RecentFailures >= MaxTeamFailures)
        {
            (state.State.RecentFailures, state.State.LockedUntil) = (0, now + LockOut);
        }

        await state.WriteStateAsync();
    }

    private const string PinRule = "pin is 4 to 8 digits.";

    private static bool IsPin(string pin) => pin.Length is >= 4 and <= 8 && pin.All(char.IsAsciiDigit);

    private TeamDetails Team() => state.State.Details ?? throw DomainException.NotFound("Team", this.GetPrimaryKey());

    private TeamMember Member(Guid pupilId)
    {
        Team();
        return state.State.Members.Find(m => m.Pupil.Id == pupilId) ?? throw DomainException.NotFound("Pupil", pupilId);
    }
}
