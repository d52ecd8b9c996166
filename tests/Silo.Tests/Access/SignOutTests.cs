using System.Net;
using System.Net.Http.Json;
using ChallengeHub.Silo.Accounts;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>A pupil's sign-out on a shared tablet ends the session at the server, not only in the browser that sent it.</summary>
public sealed class SignOutTests(SiloFixture silo)
{
    [Fact]
    public async Task APupilsSignOutEndsTheSessionSoACopyOfTheCookieNoLongerCountsAndTheNextSignInWorks()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "Afmelders");
        using var tablet = await Session.PupilAsync(silo.BaseAddress, team, "Lien");
        using var keptCookie = tablet.Copy();
        var milestones = $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones";

        using var signOut = await tablet.Http.DeleteAsync("/api/session", cancellationToken);
        using var replayed = await keptCookie.Http.GetAsync(milestones, cancellationToken);
        using var again = await Session.PupilAsync(silo.BaseAddress, team, "Lien");
        using var afterSignIn = await again.Http.GetAsync(milestones, cancellationToken);

        Assert.True(signOut.IsSuccessStatusCode, $"Signing out answered {(int)signOut.StatusCode}");
        await replayed.AssertProblemAsync(HttpStatusCode.Unauthorized);
        var session = await keptCookie.Http.GetFromJsonAsync<SessionInfo>("/api/session", ApiClient.Json, cancellationToken);
        Assert.False(session!.SignedIn);
        Assert.Equal(HttpStatusCode.OK, afterSignIn.StatusCode);
    }
}
