using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", Constants.StorageName)] IPersistentState<AccountState> state,
    TimeProvider time) : Grain, IAccountGrain
{
    public const int MaxDisplayNameLength = 60;
    public const int MinPassphraseLength = 10;
    public const int MaxPassphraseLength = 200;
    public const int MaxChallenges = 2000;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    public async Task<AccountDetails> CreateAsync(Role role, Credentials credentials, Guid? challengeId)
    {
        var validation = new Validation();
        var name = validation.Text("displayName", credentials.DisplayName, MaxDisplayNameLength);
        var passphrase = credentials.Passphrase ?? string.Empty;
        if (passphrase.Length < MinPassphraseLength || passphrase.Length > MaxPassphraseLength)
        {
            validation.Add("passphrase", $"passphrase needs {MinPassphraseLength} to {MaxPassphraseLength} characters; a few words in a row are easy to remember.");
        }

        if (role == Role.Pupil)
        {
            validation.Add("role", "Pupils join their team with its join code, a nickname and a PIN.");
        }

        validation.ThrowIfInvalid();
        if (state.State.Details is not null)
        {
            throw new DomainException(ProblemTypes.AccountExists, $"Account {this.GetPrimaryKey()} already exists.");
        }

        if (!await GrainFactory.GetGrain<IAccountNameGrain>(AccountNames.Key(name)).ClaimAsync(this.GetPrimaryKey()))
        {
            throw new DomainException(ProblemTypes.NameInUse,
                $"Another account signs in as '{name}'. Add something that tells you apart, such as your school or organisation.");
        }

        state.State.Details = new AccountDetails(this.GetPrimaryKey(), role, name, challengeId is { } id ? [id] : [], 1);
        state.State.PassphraseHash = Secrets.Hash(passphrase, Secrets.PassphraseRounds);
        await state.WriteOrUndoAsync(() => state.State.Details = null);
        return state.State.Details;
    }

    public Task<AccountDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public async Task<AccountDetails> SignInAsync(string? passphrase)
    {
        var account = state.State.Details ?? throw NotRecognised();
        var now = time.GetUtcNow();
        if (state.State.LockedUntil is { } until && until > now)
        {
            throw DomainException.Locked(until);
        }

        if (Secrets.Verify(passphrase ?? string.Empty, state.State.PassphraseHash))
        {
            if (state.State.FailedSignIns > 0 || state.State.LockedUntil is not null)
            {
                (state.State.FailedSignIns, state.State.LockedUntil) = (0, null);
                await state.WriteStateAsync();
            }

            return account;
        }

        state.State.FailedSignIns++;
        if (state.State.FailedSignIns >= MaxFailedSignIns)
        {
            (state.State.FailedSignIns, state.State.LockedUntil) = (0, now + LockOut);
        }

        await state.WriteStateAsync();
        throw NotRecognised();
    }

    public async Task<AccountDetails> AddChallengeAsync(Guid challengeId)
    {
        var account = state.State.Details ?? throw DomainException.NotFound(ProblemTypes.AccountNotFound, this.GetPrimaryKey());
        if (account.WorksIn(challengeId))
        {
            return account;
        }

        if (account.ChallengeIds.Length >= MaxChallenges)
        {
            throw new DomainException(ProblemTypes.TooManyChallenges, $"An account works in at most {MaxChallenges} challenges.");
        }

        state.State.Details = account with { ChallengeIds = account.ChallengeIds.Add(challengeId) };
        await state.WriteOrUndoAsync(() => state.State.Details = account);
        return state.State.Details;
    }

    /// <summary>One answer for an unknown name and a wrong passphrase, so that names cannot be probed.</summary>
    public static DomainException NotRecognised() => DomainException.NotRecognised("That name and passphrase do not match an account.");
}
