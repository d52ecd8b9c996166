using ChallengeHub.Grains.Problems;

namespace ChallengeHub.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", Constants.StorageName)] IPersistentState<AccountState> state) : Grain, IAccountGrain
{
    public const int MaxDisplayNameLength = 60;
    public const int MaxChallenges = 2000;

    /// <summary>
    /// The hash an unknown name is checked against, so that it takes as long to refuse as a wrong passphrase: the time of an
    /// answer does not tell whether an account has that name.
    /// </summary>
    private static readonly Lazy<string> DummyHash = new(() => Secrets.Hash(Secrets.NewCode(24), Secrets.PassphraseRounds));

    public async Task<AccountDetails> CreateAsync(Role role, Credentials credentials, Guid? challengeId, Guid? venueId = null)
    {
        var validation = new Validation();
        var name = validation.Name("displayName", credentials.DisplayName, MaxDisplayNameLength);
        var passphrase = credentials.Passphrase ?? string.Empty;
        foreach (var reason in PassphraseRules.Check(passphrase, name))
        {
            validation.Add("passphrase", reason);
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

        var details = new AccountDetails(this.GetPrimaryKey(), role, name, challengeId is { } id ? [id] : [], 1);
        state.State.Details = challengeId is { } challenge && venueId is not null ? details.WithVenue(challenge, venueId) : details;
        state.State.PassphraseHash = Secrets.Hash(passphrase, Secrets.PassphraseRounds);
        await state.WriteOrUndoAsync(() => state.State.Details = null);
        return state.State.Details;
    }

    public Task<AccountDetails?> GetAsync() => Task.FromResult(state.State.Details);

    public Task<AccountDetails> SignInAsync(string? passphrase)
    {
        // No lock here: failures are paused per name and client by the sign-in throttle, so that a wrong passphrase from
        // one place never keeps the account's owner out elsewhere.
        var account = state.State.Details;
        return account is not null && Secrets.Verify(passphrase ?? string.Empty, state.State.PassphraseHash)
            ? Task.FromResult(account)
            : throw NotRecognised();
    }

    /// <summary>Spends the time a wrong passphrase costs, for a name no account has, and refuses it with the same answer.</summary>
    public static DomainException UnknownName(string? passphrase)
    {
        Secrets.Verify(passphrase ?? string.Empty, DummyHash.Value);
        return NotRecognised();
    }

    public async Task<AccountDetails> AddChallengeAsync(Guid challengeId, Guid? venueId = null)
    {
        var account = state.State.Details ?? throw DomainException.NotFound(ProblemTypes.AccountNotFound, this.GetPrimaryKey());
        if (account.WorksIn(challengeId))
        {
            if (account.VenueIn(challengeId) == venueId)
            {
                return account;
            }

            state.State.Details = account.WithVenue(challengeId, venueId);
            await state.WriteOrUndoAsync(() => state.State.Details = account);
            return state.State.Details;
        }

        if (account.ChallengeIds.Length >= MaxChallenges)
        {
            throw new DomainException(ProblemTypes.TooManyChallenges, $"An account works in at most {MaxChallenges} challenges.");
        }

        state.State.Details = (account with { ChallengeIds = account.ChallengeIds.Add(challengeId) }).WithVenue(challengeId, venueId);
        await state.WriteOrUndoAsync(() => state.State.Details = account);
        return state.State.Details;
    }

    /// <summary>One answer for an unknown name and a wrong passphrase, so that names cannot be probed.</summary>
    public static DomainException NotRecognised() => DomainException.NotRecognised("That name and passphrase do not match an account.");
}
