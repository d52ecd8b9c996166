using System.Net;
using ChallengeHub.Grains.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>On the <see cref="FreshSilo"/>, the only host whose clock a test may move.</summary>
[Collection(FreshSiloGroup.Name)]
public sealed class InviteExpiryTests(FreshSilo silo)
{
    [Fact]
    public async Task AnInviteIsNotFoundOnceItsValidityHasPassed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var code = Secrets.NewCode(InviteGrain.CodeLength);
        await silo.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IInviteGrain>(code)
            .CreateAsync(Guid.NewGuid(), new CreateInviteRequest("coach", ValidForDays: 1), Guid.NewGuid());
        using var browser = Session.Anonymous(silo.Host.BaseAddress);
        using var fresh = await browser.Http.GetAsync($"/api/invites/{code}", cancellationToken);

        silo.Clock.Offset = TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);
        try
        {
            using var expired = await browser.Http.GetAsync($"/api/invites/{code}", cancellationToken);
            using var redeem = await browser.PostSignInAsync($"/api/invites/{code}/redeem", new { displayName = $"Te laat {Guid.NewGuid():N}", passphrase = Session.StaffPassphrase });

            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
            await expired.AssertProblemAsync(HttpStatusCode.NotFound);
            await redeem.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            silo.Clock.Offset = TimeSpan.Zero;
        }
    }
}
