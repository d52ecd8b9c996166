using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Push;
using ChallengeHub.Grains.Text;

namespace ChallengeHub.Grains.Teams;

/// <summary>Who may join: the roster, open places, approval of other nicknames, and nicknames that look like a teammate's.</summary>
public sealed partial class TeamGrain
{
    /// <summary>New nicknames one client address may add to an open team in an hour; more wait for the coach's approval.</summary>
    public const int FreeJoinsPerClient = 6;

    /// <summary>The newest requests are kept; an older one makes room, so waiting nicknames can never block a real pupil.</summary>
    public const int MaxPending = 6;

    public static readonly TimeSpan PendingFor = TimeSpan.FromDays(1);

    private readonly Dictionary<string, List<DateTimeOffset>> _freeJoins = [];

    public Task<TeamAccess> GetAccessAsync()
    {
        Team();
        var now = time.GetUtcNow();
        var pending = state.State.Pending.Where(p => now - p.RequestedAt < PendingFor).Select(p => new PendingPupil(p.Id, p.Nickname, p.RequestedAt));
        var locks = state.State.Members.Select(m => new PupilLock(m.Pupil.Id, m.Pupil.Nickname, LockedUntil(m, now) ?? DateTimeOffset.MinValue))
            .Where(l => l.LockedUntil > now);
        return Task.FromResult(new TeamAccess(state.State.RequiresApproval, state.State.Vacancies,
            [.. state.State.Roster.Select(e => e.PupilId is { } id && state.State.Members.Find(m => m.Pupil.Id == id) is { } member ? e with { Consent = member.Pupil.Consent } : e)],
            [.. pending], [.. locks.OrderBy(l => l.Nickname, NameOrder.Comparer)]));
    }

    public async Task<TeamAccess> SetRosterAsync(RosterRequest request)
    {
        Team();
        var validation = new Validation();
        var roster = state.State.Roster;
        if (request.Nicknames is { } nicknames)
        {
            if (nicknames.Length > MaxMembers)
            {
                validation.Add("nicknames", $"A team has at most {MaxMembers} pupils.");
            }

            roster = [];
            foreach (var name in nicknames.Take(MaxMembers))
            {
                var nickname = Nickname(validation, name, "nicknames");
                if (nickname.Length == 0 || roster.Exists(e => NameOrder.Comparer.Equals(e.Nickname, nickname)))
                {
                    continue;
                }

                if (roster.Exists(e => DisplayText.Skeleton(e.Nickname) == DisplayText.Skeleton(nickname)))
                {
                    validation.Add("nicknames", $"'{nickname}' looks too much like another nickname on the roster.");
                }

                var member = state.State.Members.Find(m => NameOrder.Comparer.Equals(m.Pupil.Nickname, nickname));
                roster.Add(state.State.Roster.Find(e => NameOrder.Comparer.Equals(e.Nickname, nickname))
                    ?? new RosterEntry(Guid.NewGuid(), nickname, member?.Pupil.Consent ?? PupilConsent.None, member?.Pupil.Id));
            }
        }

        if (request.Vacancies is < 0 or > MaxMembers)
        {
            validation.Add("vacancies", $"vacancies is between 0 and {MaxMembers}.");
        }

        validation.ThrowIfInvalid();
        var previous = (state.State.Roster, state.State.Vacancies, state.State.ApprovalRequired);
        (state.State.Roster, state.State.Vacancies, state.State.ApprovalRequired) =
            (roster, request.Vacancies ?? state.State.Vacancies, request.ApprovalRequired ?? state.State.ApprovalRequired);
        await state.WriteOrUndoAsync(() => (state.State.Roster, state.State.Vacancies, state.State.ApprovalRequired) = previous);
        return await GetAccessAsync();
    }

    public async Task<TeamAccess> SetRosterConsentAsync(Guid entryId, ConsentRequest request, string recordedBy)
    {
        Team();
        var index = state.State.Roster.FindIndex(e => e.Id == entryId);
        if (index < 0)
        {
            throw DomainException.NotFound(ProblemTypes.RosterEntryNotFound, entryId);
        }

        var entry = state.State.Roster[index];
        if (entry.PupilId is { } pupilId && state.State.Members.Exists(m => m.Pupil.Id == pupilId))
        {
            // Joined already: the pupil's own consent is the one that counts, with its push to the wall.
            await SetConsentAsync(pupilId, request, recordedBy);
            return await GetAccessAsync();
        }

        state.State.Roster[index] = entry with { Consent = Consent(entry.Consent, request, recordedBy) };
        await state.WriteOrUndoAsync(() => state.State.Roster[index] = entry);
        return await GetAccessAsync();
    }

    public async Task<Pupil> ApproveAsync(Guid pendingId)
    {
        var team = Team();
        var waiting = state.State.Pending.Find(p => p.Id == pendingId && time.GetUtcNow() - p.RequestedAt < PendingFor)
            ?? throw new DomainException(ProblemTypes.NoLongerWaiting, "This nickname is no longer waiting: it was answered, or asked more than a day ago.");
        state.State.Pending.Remove(waiting);
        try
        {
            return await AddMemberAsync(team, waiting.Nickname, waiting.PinHash, null);
        }
        catch
        {
            state.State.Pending.Add(waiting);
            throw;
        }
    }

    public async Task<TeamAccess> DismissAsync(Guid pendingId)
    {
        Team();
        if (state.State.Pending.Find(p => p.Id == pendingId) is { } waiting)
        {
            state.State.Pending.Remove(waiting);
            await state.WriteOrUndoAsync(() => state.State.Pending.Add(waiting));
        }

        return await GetAccessAsync();
    }

    /// <summary>A new nickname: joins from the roster or an open place, waits for approval, or joins an open team.</summary>
    private async Task<Pupil?> AdmitAsync(TeamDetails team, string nickname, string pin, string client, DateTimeOffset now)
    {
        state.State.Pending.RemoveAll(p => now - p.RequestedAt >= PendingFor);
        if (state.State.Pending.Find(p => NameOrder.Comparer.Equals(p.Nickname, nickname)) is { } waiting)
        {
            return Secrets.Verify(pin, waiting.PinHash)
                ? null
                : throw DomainException.NotRecognised($"'{waiting.Nickname}' is waiting for the coach's approval with another PIN. Choose another nickname.");
        }

        EnsureNoLookAlike(nickname);
        if (state.State.Roster.Find(e => e.PupilId is null && NameOrder.Comparer.Equals(e.Nickname, nickname)) is { } entry)
        {
            // The spelling the coach entered, which the pupil's classmates know.
            return await AddMemberAsync(team, entry.Nickname, Secrets.Hash(pin, Secrets.PinRounds), entry);
        }

        var joinsFromClient = _freeJoins.TryGetValue(client, out var times) ? times.Count(t => now - t < TimeSpan.FromHours(1)) : 0;
        if (state.State.RequiresApproval ? state.State.Vacancies > 0 : joinsFromClient < FreeJoinsPerClient)
        {
            var pupil = await AddMemberAsync(team, nickname, Secrets.Hash(pin, Secrets.PinRounds), null, usesOpenPlace: state.State.RequiresApproval);
            foreach (var idle in _freeJoins.Where(c => c.Value.TrueForAll(t => now - t >= TimeSpan.FromHours(1))).Select(c => c.Key).ToList())
            {
                _freeJoins.Remove(idle);
            }

            _freeJoins[client] = [.. (times ?? []).Where(t => now - t < TimeSpan.FromHours(1)), now];
            return pupil;
        }

        EnsureRoom();
        var pending = state.State.Pending;
        state.State.Pending = [.. pending.OrderByDescending(p => p.RequestedAt).Take(MaxPending - 1), new PendingJoin(Guid.NewGuid(), nickname, Secrets.Hash(pin, Secrets.PinRounds), now)];
        await state.WriteOrUndoAsync(() => state.State.Pending = pending);
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishJoinRequestedAsync(new JoinRequested(team.ChallengeId, team.Id, nickname));
        return null;
    }

    private async Task<Pupil> AddMemberAsync(TeamDetails team, string nickname, string pinHash, RosterEntry? entry, bool usesOpenPlace = false)
    {
        EnsureRoom();
        var member = new TeamMember
        {
            Pupil = new Pupil(Guid.NewGuid(), team.Id, nickname, entry?.Consent ?? PupilConsent.None, time.GetUtcNow(), 1),
            PinHash = pinHash,
        };
        var (roster, vacancies) = (state.State.Roster, state.State.Vacancies);
        state.State.Members.Add(member);
        state.State.Roster = [.. roster.Select(e => e == entry ? e with { PupilId = member.Pupil.Id } : e)];
        state.State.Vacancies -= usesOpenPlace ? 1 : 0;
        await state.WriteOrUndoAsync(() =>
        {
            state.State.Members.Remove(member);
            (state.State.Roster, state.State.Vacancies) = (roster, vacancies);
        });
        await TellWallAsync();
        await GrainFactory.GetGrain<IPushNotifierGrain>(Constants.SingletonKey).PublishPupilJoinedAsync(new PupilJoined(team.ChallengeId, member.Pupil));
        return member.Pupil;
    }

    private static (string Nickname, string Pin) ValidJoin(JoinRequest request)
    {
        var validation = new Validation();
        var nickname = Nickname(validation, request.Nickname, "nickname");
        var pin = request.Pin?.Trim() ?? string.Empty;
        if (!IsPin(pin))
        {
            validation.Add("pin", PinRule);
        }

        validation.ThrowIfInvalid();
        return (nickname, pin);
    }

    private static string Nickname(Validation validation, string? value, string field)
    {
        var nickname = validation.Name(field, value, MaxNicknameLength);
        if (nickname.Contains('@', StringComparison.Ordinal))
        {
            validation.Add(field, "A nickname is enough: no email address.");
        }

        return nickname;
    }

    /// <summary>A nickname that looks like a teammate's (or one expected or waiting) would let a pupil pass for another.</summary>
    private void EnsureNoLookAlike(string nickname)
    {
        var skeleton = DisplayText.Skeleton(nickname);
        var taken = state.State.Members.Select(m => m.Pupil.Nickname)
            .Concat(state.State.Roster.Where(e => e.PupilId is null).Select(e => e.Nickname))
            .Concat(state.State.Pending.Select(p => p.Nickname))
            .FirstOrDefault(other => !NameOrder.Comparer.Equals(other, nickname) && DisplayText.Skeleton(other) == skeleton);
        if (taken is not null)
        {
            throw new DomainException(ProblemTypes.NicknameLookAlike,
                $"'{nickname}' looks too much like '{taken}', who is in this team already. Choose a nickname nobody can mistake for another.");
        }
    }

    private void EnsureRoom()
    {
        if (state.State.Members.Count >= MaxMembers)
        {
            throw new DomainException(ProblemTypes.TeamComplete,
                $"A team has at most {MaxMembers} pupils. Check the nickname: maybe you joined before under another spelling.");
        }
    }

    private DateTimeOffset? LockedUntil(TeamMember member, DateTimeOffset now)
    {
        var paused = _clientFailures.Where(c => c.Key.Pupil == member.Pupil.Id && c.Value.IsPaused(now)).Select(c => c.Value.PausedUntil).Max();
        return member.LockedUntil > now && (paused is null || member.LockedUntil > paused) ? member.LockedUntil : paused;
    }
}
