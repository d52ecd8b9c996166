using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Observability;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using QRCoder;

namespace ChallengeHub.Silo.Accounts;

/// <summary>Invites: an organiser invites coaches, jurors and employers to one challenge with a single-use, expiring code.</summary>
public static class InvitesApi
{
    public static void MapInvitesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/challenges/{challengeId:guid}/invites", CreateAsync).WithTags("Invites").WithName("CreateInvite")
            .WithSummary("Create a single-use invite for a coach, juror or employer, as a link and a QR code")
            .RequireAuthorization(AccessPolicies.Organise)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var invite = routes.MapGroup("/api/invites/{code}").WithTags("Invites").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        invite.MapGet("/", GetAsync).WithName("GetInvite").WithSummary("What an invite is for, while it can be redeemed")
            .ProducesProblem(StatusCodes.Status404NotFound);
        invite.MapPost("/redeem", RedeemAsync).WithName("RedeemInvite")
            .WithSummary("Create the invited account (or add the challenge to the signed-in account of that role) and sign in")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>A new invite with the link to hand out and the same link as an SVG QR code.</summary>
    public sealed record InviteCreated(Invite Invite, string Link, string QrCodeSvg);

    /// <summary>An invite as the person invited sees it before redeeming it.</summary>
    public sealed record InviteView(string Role, Guid ChallengeId, string ChallengeTitle, DateTimeOffset ExpiresAt);

    private static async Task<Created<InviteCreated>> CreateAsync(Guid challengeId, CreateInviteRequest request, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<IChallengeGrain>(challengeId).GetAsync() is null)
        {
            throw Grains.DomainException.NotFound(ProblemTypes.ChallengeNotFound, challengeId);
        }

        var code = Secrets.NewCode(InviteGrain.CodeLength);
        var invite = await grains.GetGrain<IInviteGrain>(code).CreateAsync(challengeId, request, Caller.From(http.User)!.Id);
        var link = $"{http.Request.Scheme}://{http.Request.Host}/signin.html?invite={code}";
        using var qr = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return TypedResults.Created($"/api/invites/{code}", new InviteCreated(invite, link, new SvgQRCode(qr).GetGraphic(6)));
    }

    private static async Task<Ok<InviteView>> GetAsync(string code, IGrainFactory grains)
    {
        var invite = await grains.GetGrain<IInviteGrain>(Normalise(code)).GetAsync();
        var challenge = await grains.GetGrain<IChallengeGrain>(invite.ChallengeId).GetAsync();
        return TypedResults.Ok(new InviteView(invite.Role.ToString().ToLowerInvariant(), invite.ChallengeId, challenge?.Title ?? string.Empty, invite.ExpiresAt));
    }

    /// <summary>Audited in the invite's challenge, by the account it made or joined; never with the code.</summary>
    private static async Task<Ok<SessionInfo>> RedeemAsync(
        string code, Credentials credentials, HttpContext http, IGrainFactory grains, IAntiforgery antiforgery, IAuditTrail audit)
    {
        SignInChecks.Credentials(credentials, code);
        var invite = grains.GetGrain<IInviteGrain>(Normalise(code));

        // Read first: once redeemed, the invite answers as used. Both refuse the same codes.
        var challengeId = (await invite.GetAsync()).ChallengeId;
        var account = await invite.RedeemAsync(credentials, Caller.From(http.User)?.Id);
        await audit.RecordAsync(http, new("invite-redeemed", challengeId, $"account {account.Id}", $"{account.Role} joined".ToLowerInvariant()));
        return TypedResults.Ok(await SessionApi.StartSessionAsync(http, SessionApi.ToCaller(account), AccessSetup.StaffIdleTimeout, grains, antiforgery));
    }

    private static string Normalise(string code) => SignInChecks.Code(code);
}
