using System.Text.Json;

namespace ChallengeHub.DemoData;

/// <summary>
/// The season of a demo challenge, as the organiser plans it on the season page: semi-finals at two venues (today, so the
/// venue walls are live, and a week later), teams split over them in registration order, and a final for every team,
/// invited with the reason the organiser gives. At every semi-final the juror nominates each team and the jury agrees on a
/// recognition for it; today's venue publishes its recognitions.
/// </summary>
internal sealed class SeasonSeeder(ApiSession organiser, ApiSession juror, Guid challengeId, string province)
{
    public const string FinalReason = "Elk team met een werkend ontwerp gaat naar de finale.";

    public async Task SeedAsync(IReadOnlyList<Guid> teamIds, CancellationToken cancellationToken)
    {
        var path = $"/api/challenges/{challengeId}/season";
        var today = DateOnly.FromDateTime(DateTime.Today);
        var semiFinals = (await organiser.SendAsync<SeasonBody>(HttpMethod.Post, $"{path}/rounds", new { name = "Provinciale halve finales" }, cancellationToken: cancellationToken)).Rounds[0];
        var final = (await organiser.SendAsync<SeasonBody>(HttpMethod.Post, $"{path}/rounds", new { name = "Finale" }, cancellationToken: cancellationToken)).Rounds[1];
        await AddVenueAsync(semiFinals.Id, $"Provinciehuis {province}", today, "Provincieplein 1", cancellationToken);
        var venues = await AddVenueAsync(semiFinals.Id, "Campus De Vesten", today.AddDays(7), "Vestingstraat 12", cancellationToken);
        await AddVenueAsync(final.Id, "Antwerp Expo", today.AddDays(28), "Jan Van Rijswijcklaan 191, Antwerpen", cancellationToken);

        var half = (teamIds.Count + 1) / 2;
        foreach (var (venue, teams) in new[] { (venues[0], teamIds.Take(half)), (venues[1], teamIds.Skip(half)) })
        {
            if (teams.Any())
            {
                await organiser.SendAsync<SeasonBody>(HttpMethod.Put, $"{path}/venues/{venue.Id}/teams", new { teamIds = teams.ToArray() }, cancellationToken: cancellationToken);
            }
        }

        await organiser.SendAsync<SeasonBody>(HttpMethod.Put, $"{path}/rounds/{final.Id}/invitation", new { teamIds, reason = FinalReason }, cancellationToken: cancellationToken);
        var categories = await juror.GetAsync<IReadOnlyList<CategoryBody>>($"/api/challenges/{challengeId}/recognition-categories", cancellationToken);
        var nth = 0;
        foreach (var (venue, teams) in new[] { (venues[0], teamIds.Take(half)), (venues[1], teamIds.Skip(half)) })
        {
            var board = $"{path}/venues/{venue.Id}/board";
            foreach (var teamId in teams)
            {
                var category = categories[nth++ % categories.Count].Id;
                await juror.SendAsync<JsonElement>(HttpMethod.Post, $"{board}/nominations", new { teamId, categoryId = category, reason = "Wat we zagen op de stand en in het logboek." }, cancellationToken: cancellationToken);
                await juror.SendAsync<JsonElement>(HttpMethod.Post, $"{board}/recognitions",
                    new { teamId, categoryId = category, reason = "De jury zag het werk van het hele team.", words = "Jullie lieten zien wat jullie kunnen: trots mag." }, cancellationToken: cancellationToken);
            }
        }

        if (half > 0)
        {
            await organiser.SendAsync<JsonElement>(HttpMethod.Post, $"{path}/venues/{venues[0].Id}/board/publish", new { }, cancellationToken: cancellationToken);
        }
    }

    private async Task<IReadOnlyList<VenueBody>> AddVenueAsync(Guid roundId, string name, DateOnly date, string address, CancellationToken cancellationToken) =>
        (await organiser.SendAsync<SeasonBody>(HttpMethod.Post, $"/api/challenges/{challengeId}/season/rounds/{roundId}/venues", new { name, date, address }, cancellationToken: cancellationToken))
            .Rounds.Single(r => r.Id == roundId).Venues;

    private sealed record CategoryBody(string Id);

    private sealed record VenueBody(Guid Id, string Name);

    private sealed record RoundBody(Guid Id, string Name, IReadOnlyList<VenueBody> Venues);

    private sealed record SeasonBody(IReadOnlyList<RoundBody> Rounds);
}
