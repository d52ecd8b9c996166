namespace ChallengeHub.Silo.Tests.Badges;

/// <summary>A badge's public page tells an employer, in their language, what was checked and where to check it independently.</summary>
public sealed class VerificationPageTests(SiloFixture silo)
{
    [Theory]
    [InlineData("nl", "Wat we nagingen", "Handtekening", "Uitgever", "Status", "Data", "Niet ingetrokken")]
    [InlineData("fr", "Ce que nous avons vérifié", "Signature", "Émetteur", "Statut", "Dates", "Non retiré")]
    [InlineData("en", "What we checked", "Signature", "Issuer", "Status", "Dates", "Not revoked")]
    public async Task ThePageSaysWhatWasCheckedInTheReadersLanguageAndLinksToIndependentVerifiers(
        string language, string heading, string signature, string issuer, string status, string dates, string standing)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonk");
        var badge = await organiser.AwardBadgeAsync(team, "bedraden", 2);
        using var anonymous = silo.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/badges/{badge.Id}");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await anonymous.SendAsync(request, cancellationToken);
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken));

        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.All(new[] { heading, signature, issuer, status, dates, standing }, text => Assert.Contains(text, page, StringComparison.Ordinal));
        Assert.Contains("href=\"https://openbadgesvalidator.imsglobal.org/\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://verifierplus.org/\"", page, StringComparison.Ordinal);
    }
}
