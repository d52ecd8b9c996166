using ChallengeHub.Grains.Accounts;

namespace ChallengeHub.Grains.Tests.Accounts;

public sealed class ExternalLoginGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AnUnknownSubjectWithoutAnInviteIsNotRecognised()
    {
        var login = _grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key("https://login.example.test", Guid.NewGuid().ToString()));

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unauthenticated, () => login.SignInAsync(null, "Els Peeters"));

        Assert.Contains("invite", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstSignInWithAnInviteCreatesTheInvitedAccountAndLaterSignInsFindIt()
    {
        var challengeId = Guid.NewGuid();
        var code = await InviteAsync(challengeId, "juror");
        var login = _grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key("https://login.example.test", Guid.NewGuid().ToString()));

        var created = await login.SignInAsync(code, $"Els {Guid.NewGuid():N}");
        var again = await login.SignInAsync(null, "Een andere naam");

        Assert.Equal(Role.Juror, created.Role);
        Assert.Equal([challengeId], created.ChallengeIds);
        Assert.Equal((created.Id, created.DisplayName), (again.Id, again.DisplayName));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<IInviteGrain>(code).GetAsync());
    }

    [Fact]
    public async Task TheSameSubjectAtAnotherIssuerIsAnotherPerson()
    {
        var subject = Guid.NewGuid().ToString();
        var first = _grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key("https://login.example.test", subject));
        await first.SignInAsync(await InviteAsync(Guid.NewGuid(), "coach"), $"Jan {Guid.NewGuid():N}");

        var other = _grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key("https://andere.example.test", subject));

        await Refusal.ExpectAsync(DomainErrorKind.Unauthenticated, () => other.SignInAsync(null, "Jan"));
    }

    [Fact]
    public async Task AFailedFirstSignInLeavesTheInviteOpenAndTheSubjectUnlinked()
    {
        var code = await InviteAsync(Guid.NewGuid(), "employer");
        var login = _grains.GetGrain<IExternalLoginGrain>(ExternalLogins.Key("https://login.example.test", Guid.NewGuid().ToString()));

        await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => login.SignInAsync(code, displayName: null));

        Assert.Equal(code, (await _grains.GetGrain<IInviteGrain>(code).GetAsync()).Code);
        await Refusal.ExpectAsync(DomainErrorKind.Unauthenticated, () => login.SignInAsync(null, "Nog niet"));
    }

    private async Task<string> InviteAsync(Guid challengeId, string role)
    {
        var code = Secrets.NewCode(InviteGrain.CodeLength);
        await _grains.GetGrain<IInviteGrain>(code).CreateAsync(challengeId, new CreateInviteRequest(role), Guid.NewGuid());
        return code;
    }
}
