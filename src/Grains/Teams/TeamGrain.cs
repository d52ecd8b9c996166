using System.Collections.Immutable;
using System.Text.Json;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Privacy;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Grains.Teams;

public sealed partial class TeamGrain(
    [PersistentState("team", Constants.StorageName)] IPersistentState<TeamState> state,
    TimeProvider time) : Grain, ITeamGrain
{
    public const int MaxMembers = 12;
    public const int MaxNicknameLength = 24;

    /// <summary>Wrong PINs from one tablet (client address) for one nickname before that tablet is paused for it.</summary>
    public const int FreeFailuresPerClient = 5;

    /// <summary>Wrong PINs for one pupil from anywhere before the pupil is locked; the coach sees the lock and can lift it.</summary>
    public const int MaxFailedPins = 10;

    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    /// <summary>Per pupil and client address; in memory only, so a restart only ever lets pupils in sooner.</summary>
    private readonly Dictionary<(Guid Pupil, string Client), Throttle> _clientFailures = [];

    public async Task InitializeAsync(TeamDetails details)
    {
        if (state.State.Details is not null)
        {
            throw new DomainException(ProblemTypes.TeamRegistered, $"Team {details.Id} is already registered.");
        }

        state.State.Details = details;
        await state.WriteStateAsync();
    }

    public Task<TeamDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task<PupilSession?> JoinAsync(JoinRequest request, string client)
    {
        var team = Team();
        var (nickname, pin) = ValidJoin(request);
        var now = time.GetUtcNow();
        var member = state.State.Members.Find(m => NameOrder.Comparer.Equals(m.Pupil.Nickname, nickname));
        if (member is null)
        {
            var pupil = await AdmitAsync(team, nickname, pin, client, now);
            return pupil is null ? null : new PupilSession(pupil, team.ChallengeId, Joined: true);
        }

        if (member.LockedUntil is { } pupilLock && pupilLock > now)
        {
            throw DomainException.Locked(pupilLock);
        }

        var key = (member.Pupil.Id, client);
        if (_clientFailures.TryGetValue(key, out var throttle) && throttle.IsPaused(now))
        {
            throw DomainException.Locked(throttle.PausedUntil!.Value);
        }

        if (Secrets.Verify(pin, member.PinHash))
        {
            _clientFailures.Remove(key);
            if (member.FailedPins > 0)
            {
                (member.FailedPins, member.LockedUntil) = (0, null);
                await state.WriteStateAsync();
            }

            return new PupilSession(member.Pupil, team.ChallengeId, Joined: false);
        }

        await RecordFailureAsync(member, client, now);
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
        member.Pupil = previous with { Consent = Consent(previous.Consent, request, recordedBy) };
        await state.WriteOrUndoAsync(() => member.Pupil = previous);
        await TellWallAsync();
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishShowcaseTeamChangedAsync(Team().ChallengeId, Team().Id);
        return member.Pupil;
    }

    public async Task<Pupil> ResetPinAsync(Guid pupilId, PinResetRequest request)
    {
        var member = Member(pupilId);
        var pin = request.Pin?.Trim() ?? string.Empty;
        if (!IsPin(pin))
        {
            throw DomainException.Invalid(ImmutableDictionary<string, string[]>.Empty.Add("pin", [PinRule]));
        }

        var (previous, hash, failed, locked) = (member.Pupil, member.PinHash, member.FailedPins, member.LockedUntil);
        member.Pupil = previous with { SessionVersion = previous.SessionVersion + 1 };
        (member.PinHash, member.FailedPins, member.LockedUntil) = (Secrets.Hash(pin, Secrets.PinRounds), 0, null);
        await state.WriteOrUndoAsync(() => (member.Pupil, member.PinHash, member.FailedPins, member.LockedUntil) = (previous, hash, failed, locked));
        ForgetClientFailures(pupilId);
        return member.Pupil;
    }

    public async Task<Pupil> LiftLockAsync(Guid pupilId)
    {
        var member = Member(pupilId);
        var (failed, locked) = (member.FailedPins, member.LockedUntil);
        (member.FailedPins, member.LockedUntil) = (0, null);
        await state.WriteOrUndoAsync(() => (member.FailedPins, member.LockedUntil) = (failed, locked));
        ForgetClientFailures(pupilId);
        return member.Pupil;
    }

    public Task<PupilRecords> ExportPupilAsync(Guid teamId, Guid pupilId)
    {
        var pupil = teamId == this.GetPrimaryKey() ? state.State.Members.Find(m => m.Pupil.Id == pupilId)?.Pupil : null;
        var record = pupil is null ? null : new { pupil.Id, pupil.Nickname, team = state.State.Details?.Name, pupil.JoinedAt, pupil.Consent };
        return Task.FromResult(new PupilRecords("team", JsonSerializer.Serialize(record, PupilJson.Options)));
    }

    /// <summary>The pupil leaves the team: nickname, PIN, consent and roster place are gone, and every session of theirs ends.</summary>
    public async Task ErasePupilAsync(Guid teamId, Guid pupilId)
    {
        if (teamId != this.GetPrimaryKey())
        {
            return;
        }

        if (state.State.Members.Find(m => m.Pupil.Id == pupilId) is { } member)
        {
            var (members, roster) = (state.State.Members, state.State.Roster);
            state.State.Members = [.. members.Where(m => m != member)];
            state.State.Roster = [.. roster.Where(e => e.PupilId != pupilId)];
            await state.WriteOrUndoAsync(() => (state.State.Members, state.State.Roster) = (members, roster));
        }

        ForgetClientFailures(pupilId);
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

    private async Task RecordFailureAsync(TeamMember member, string client, DateTimeOffset now)
    {
        var key = (member.Pupil.Id, client);
        if (!_clientFailures.TryGetValue(key, out var throttle))
        {
            _clientFailures[key] = throttle = new Throttle(FreeFailuresPerClient);
        }

        throttle.Fail(now);
        if (++member.FailedPins >= MaxFailedPins)
        {
            (member.FailedPins, member.LockedUntil) = (0, now + LockOut);
        }

        await state.WriteStateAsync();
    }

    private void ForgetClientFailures(Guid pupilId)
    {
        foreach (var key in _clientFailures.Keys.Where(k => k.Pupil == pupilId).ToList())
        {
            _clientFailures.Remove(key);
        }
    }

    private PupilConsent Consent(PupilConsent previous, ConsentRequest request, string recordedBy) => new(
        request.Wall ?? previous.Wall,
        request.Showcase ?? previous.Showcase,
        request.Photos ?? previous.Photos,
        time.GetUtcNow(),
        recordedBy);

    private const string PinRule = "pin is 4 to 8 digits.";

    private static bool IsPin(string pin) => pin.Length is >= 4 and <= 8 && pin.All(char.IsAsciiDigit);

    private TeamDetails Team() => state.State.Details ?? throw DomainException.NotFound(ProblemTypes.TeamNotFound, this.GetPrimaryKey());

    private TeamMember Member(Guid pupilId)
    {
        Team();
        return state.State.Members.Find(m => m.Pupil.Id == pupilId) ?? throw DomainException.NotFound(ProblemTypes.PupilNotFound, pupilId);
    }
}
