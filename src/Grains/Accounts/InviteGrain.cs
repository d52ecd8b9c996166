using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;

namespace ChallengeHub.Grains.Accounts;

public sealed class InviteGrain(
    [PersistentState("invite", Constants.StorageName)] IPersistentState<InviteState> state,
    TimeProvider time) : Grain, IInviteGrain
{
    public const int CodeLength = 10;
    public const int DefaultValidDays = 14;
    public const int MaxValidDays = 60;

    public async Task<Invite> CreateAsync(Guid challengeId, CreateInviteRequest request, Guid createdBy)
    {
        var validation = new Validation();
        var role = request.Role?.Trim().ToLowerInvariant() switch
        {
            "coach" => Role.Coach,
            "juror" => Role.Juror,
            "employer" => Role.Employer,
            "funder" => Role.Funder,
            _ => (Role?)null,
        };
        if (role is null)
        {
            validation.Add("role", "role is coach, juror, employer or funder.");
        }

        var days = request.ValidForDays ?? DefaultValidDays;
        if (days is < 1 or > MaxValidDays)
        {
            validation.Add("validForDays", $"validForDays is between 1 and {MaxValidDays}.");
        }

        if (request.VenueId is not null && role is not (null or Role.Juror or Role.Employer))
        {
            validation.Add("venueId", "Only jurors and employers are invited to one venue.");
        }

        validation.ThrowIfInvalid();
        if (request.VenueId is { } venueId && await GrainFactory.GetGrain<ISeasonGrain>(challengeId).FindVenueAsync(venueId) is null)
        {
            throw DomainException.NotFound(ProblemTypes.VenueNotFound, venueId);
        }

        if (state.State.Invite is not null)
        {
            throw new DomainException(ProblemTypes.InviteCodeUsed, "Create the invite again: it gets a new code.");
        }

        var now = time.GetUtcNow();
        state.State.Invite = new Invite(this.GetPrimaryKeyString(), challengeId, role!.Value, createdBy, now, now.AddDays(days), request.VenueId);
        await state.WriteOrUndoAsync(() => state.State.Invite = null);
        return state.State.Invite;
    }

    public async Task<Invite> GetAsync() => await OpenInviteAsync();

    public async Task<AccountDetails> RedeemAsync(Credentials credentials, Guid? signedIn)
    {
        var invite = await OpenInviteAsync();
        if (signedIn is { } existing && await GrainFactory.GetGrain<IAccountGrain>(existing).GetAsync() is { } account && account.Role == invite.Role)
        {
            await MarkRedeemedAsync(existing);
            return await GrainFactory.GetGrain<IAccountGrain>(existing).AddChallengeAsync(invite.ChallengeId, invite.VenueId);
        }

        var accountId = state.State.RedeemedBy ?? Guid.NewGuid();
        await MarkRedeemedAsync(accountId);
        try
        {
            return await GrainFactory.GetGrain<IAccountGrain>(accountId).CreateAsync(invite.Role, credentials, invite.ChallengeId, invite.VenueId);
        }
        catch (DomainException)
        {
            // The account was refused (a weak passphrase, a name in use): the invite stays open for another try.
            state.State.RedeemedBy = null;
            await state.WriteStateAsync();
            throw;
        }
    }

    public async Task<InviteStatus?> GetStatusAsync() =>
        state.State.Invite is { } invite ? new InviteStatus(invite, await ProgressAsync(invite)) : null;

    public async Task<InviteStatus> WithdrawAsync(Guid challengeId)
    {
        if (state.State.Invite is not { } invite || invite.ChallengeId != challengeId)
        {
            throw new DomainException(ProblemTypes.InviteNotFound, "This challenge has no invite with this code.");
        }

        var progress = await ProgressAsync(invite);
        if (progress == InviteProgress.Accepted)
        {
            throw new DomainException(ProblemTypes.InviteCodeUsed,
                "This invite was already used to create an account; it can no longer be withdrawn.");
        }

        if (progress != InviteProgress.Withdrawn)
        {
            state.State.WithdrawnAt = time.GetUtcNow();
            await state.WriteOrUndoAsync(() => state.State.WithdrawnAt = null);
        }

        return new InviteStatus(invite, InviteProgress.Withdrawn);
    }

    private async Task<InviteProgress> ProgressAsync(Invite invite)
    {
        if (state.State.RedeemedBy is { } redeemedBy && await GrainFactory.GetGrain<IAccountGrain>(redeemedBy).GetAsync() is not null)
        {
            return InviteProgress.Accepted;
        }

        return state.State.WithdrawnAt is not null ? InviteProgress.Withdrawn
            : invite.ExpiresAt <= time.GetUtcNow() ? InviteProgress.Expired
            : InviteProgress.Sent;
    }

    private async Task MarkRedeemedAsync(Guid accountId)
    {
        if (state.State.RedeemedBy != accountId)
        {
            state.State.RedeemedBy = accountId;
            await state.WriteOrUndoAsync(() => state.State.RedeemedBy = null);
        }
    }

    /// <summary>
    /// An invite whose account was created is used; one marked but without its account yet may be finished. A withdrawn one is
    /// gone for whoever holds its link.
    /// </summary>
    private async Task<Invite> OpenInviteAsync()
    {
        var invite = state.State.Invite;
        if (invite is null || invite.ExpiresAt <= time.GetUtcNow() || state.State.WithdrawnAt is not null
            || (state.State.RedeemedBy is { } redeemedBy && await GrainFactory.GetGrain<IAccountGrain>(redeemedBy).GetAsync() is not null))
        {
            throw new DomainException(ProblemTypes.InviteNotFound,
                "This invite code is unknown, already used or expired. Ask the organiser for a new one.");
        }

        return invite;
    }
}

[GenerateSerializer, Alias("InviteState")]
public sealed class InviteState
{
    [Id(0)]
    public Invite? Invite { get; set; }

    [Id(1)]
    public Guid? RedeemedBy { get; set; }

    [Id(2)]
    public DateTimeOffset? WithdrawnAt { get; set; }
}
