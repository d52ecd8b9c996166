using ChallengeHub.Grains.Accounts;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// What <see cref="SessionValidation"/> read of the caller for this request: a staff caller's account, as it was when their
/// session was checked. Authorization and endpoints decide from it instead of asking the account again. One per request
/// (scoped), never kept for the next: a revoked invite, a new PIN or an erased pupil still count at the next request. A hub
/// method's invocation has a scope of its own, so there it is empty and the account is read again.
/// </summary>
public sealed class CheckedCaller
{
    private Caller? _caller;
    private AccountDetails? _account;

    /// <summary>The account read for <paramref name="caller"/>'s session check of this request; <c>null</c> when none was read for them.</summary>
    public AccountDetails? AccountOf(Caller? caller) =>
        caller is not null && _caller is { } checkedCaller && checkedCaller.Id == caller.Id && checkedCaller.SessionVersion == caller.SessionVersion
            ? _account
            : null;

    /// <summary>The account of an <see cref="HttpContext"/>'s caller as its session check read it.</summary>
    public static AccountDetails? AccountOf(HttpContext http, Caller? caller) =>
        http.RequestServices.GetService<CheckedCaller>()?.AccountOf(caller);

    internal void Checked(Caller caller, AccountDetails account)
    {
        _caller = caller;
        _account = account;
    }
}
