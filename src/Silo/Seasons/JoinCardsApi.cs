using System.Collections.Immutable;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Seasons;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Badges.Credentials;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace ChallengeHub.Silo.Seasons;

/// <summary>
/// Printable join cards: per team its join code as text and as a QR code that opens the tablet page with the code filled
/// in. A sheet holds the teams of one venue, the teams that have no venue yet, or every team of the challenge; a coach gets
/// only the teams they coach.
/// </summary>
public static class JoinCardsApi
{
    /// <summary>One team's card: <paramref name="JoinLink"/> is the tablet page with the code filled in, drawn in <paramref name="QrCodeSvg"/>.</summary>
    public sealed record JoinCard(Guid TeamId, string Name, string School, string JoinCode, string JoinLink, string QrCodeSvg);

    /// <summary>The cards of one sheet, by team name; <paramref name="VenueName"/> and <paramref name="VenueDate"/> only for a venue's sheet.</summary>
    public sealed record JoinCardSheet(Guid ChallengeId, string ChallengeTitle, string? VenueName, DateOnly? VenueDate, ImmutableArray<JoinCard> Cards);

    public static RouteGroupBuilder MapJoinCardsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/challenges/{challengeId:guid}").WithTags("Season").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/join-cards", GetAsync).WithName("GetJoinCards").RequireAuthorization(AccessPolicies.RegisterTeam)
            .WithSummary("Join cards to print: per team its code and a QR code to the tablet page; ?venue= for one venue's teams, ?withoutVenue=true for the teams without one, neither for every team");
        return group;
    }

    private static async Task<Ok<JoinCardSheet>> GetAsync(Guid challengeId, [FromQuery] Guid? venue, [FromQuery] bool? withoutVenue, HttpContext http, IGrainFactory grains)
    {
        var challenge = await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() ?? throw DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        var teams = await grains.GetGrain<IChallengeGrain>(challengeId).GetTeamsAsync();
        var season = grains.GetGrain<ISeasonGrain>(challengeId);
        SeasonVenue? at = null;
        if (venue is { } venueId)
        {
            at = await season.FindVenueAsync(venueId) ?? throw DomainException.NotFound(ProblemTypes.VenueNotFound, venueId);
        }

        var onSheet = teams.Select(t => t.Id).ToHashSet();
        if (at is not null)
        {
            onSheet.IntersectWith(at.Teams.Select(t => t.Id));
        }
        else if (withoutVenue is true)
        {
            onSheet.ExceptWith((await season.GetPublicAsync()).Rounds.SelectMany(r => r.Venues).SelectMany(v => v.Teams).Select(t => t.Id));
        }

        // The policy lets in the challenge's organisers and coaches; a coach's sheet holds only the teams they registered.
        var caller = Caller.From(http.User)!;
        var address = PublicAddress.Of(http);
        var cards = teams
            .Where(t => onSheet.Contains(t.Id) && (caller.Role != Role.Coach || t.CoachId == caller.Id))
            .Select(t => Card(t, $"{address}/tablet.html?join={t.JoinCode}"))
            .ToImmutableArray();
        return TypedResults.Ok(new JoinCardSheet(challengeId, challenge.Title, at?.Name, at?.Date, cards));
    }

    private static JoinCard Card(TeamDetails team, string link)
    {
        // Error correction M, like the invites' codes: it still reads from a card that was folded or printed light.
        using var qr = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new JoinCard(team.Id, team.Name, team.School, team.JoinCode, link, new SvgQRCode(qr).GetGraphic(6));
    }
}
