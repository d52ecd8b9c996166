using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Accounts;

public sealed class SetupGrain(
    [PersistentState("setup", Constants.StorageName)] IPersistentState<SetupState> state,
    TimeProvider time) : Grain, ISetupGrain
{
    public const int CodeLength = 12;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    public async Task<string?> IssueCodeAsync()
    {
        if (state.State.OrganiserId is not null)
        {
            return null;
        }

        var code = Secrets.NewCode(CodeLength);
        (state.State.CodeHash, state.State.FailedAttempts, state.State.LockedUntil) = (Secrets.Hash(code, Secrets.PinRounds), 0, null);
        await state.WriteStateAsync();
        return code;
    }

    public Task<bool> IsNeededAsync() => Task.FromResult(state.State.OrganiserId is null);

    public async Task<AccountDetails> CompleteAsync(string? code, Credentials credentials)
    {
        if (state.State.OrganiserId is not null)
        {
            throw new DomainException(ProblemTypes.AlreadySetUp, "ChallengeHub already has an organiser; ask them for an invite.");
        }

        var now = time.GetUtcNow();
        if (state.State.LockedUntil is { } until && until > now)
        {
            throw DomainException.Locked(until);
        }

        if (state.State.CodeHash is null || !Secrets.Verify(code?.Trim().ToUpperInvariant() ?? string.Empty, state.State.CodeHash))
        {
            if (++state.State.FailedAttempts >= MaxFailedAttempts)
            {
                (state.State.FailedAttempts, state.State.LockedUntil) = (0, now + LockOut);
            }

            await state.WriteStateAsync();
            throw new DomainException(ProblemTypes.SetupCodeNotRecognised, "That setup code is not the one the Silo printed last. Copy it again from the console.");
        }

        var account = await GrainFactory.GetGrain<IAccountGrain>(Guid.NewGuid()).CreateAsync(Role.Organiser, credentials, null);
        (state.State.OrganiserId, state.State.CodeHash) = (account.Id, null);
        await state.WriteStateAsync();
        return account;
    }
}

[GenerateSerializer, Alias("SetupState")]
public sealed class SetupState
{
    [Id(0)]
    public string? CodeHash { get; set; }

    [Id(1)]
    public Guid? OrganiserId { get; set; }

    [Id(2)]
    public int FailedAttempts { get; set; }

    [Id(3)]
    public DateTimeOffset? LockedUntil { get; set; }
}
