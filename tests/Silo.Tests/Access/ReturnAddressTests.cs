using ChallengeHub.Silo.Access;

namespace ChallengeHub.Silo.Tests.Access;

public sealed class ReturnAddressTests
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\\\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("coach.html")]
    [InlineData("")]
    public void TheExternalSignInNeverSendsTheBrowserOffSiteAfterwards(string returnTo) =>
        Assert.Equal("/", OpenIdConnectSetup.StartProperties(null, returnTo).RedirectUri);

    [Theory]
    [InlineData("/coach.html", "/coach.html")]
    [InlineData("/coach.html?team=1#pupils", "/coach.html?team=1#pupils")]
    [InlineData("/a/../juror.html", "/juror.html")]
    public void APathOfThisSiteIsKept(string returnTo, string expected) =>
        Assert.Equal(expected, OpenIdConnectSetup.StartProperties(null, returnTo).RedirectUri);
}
