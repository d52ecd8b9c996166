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
            .WithSummary("Create a single-use invite for a coach, juror or employer (a juror or employer for one venue or the whole season), as a link and a QR code")
            .RequireAuthorization(AccessPolicies.Organise)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var organiser = routes.MapGroup("/api/challenges/{challengeId:guid}/invites").WithTags("Invites").RequireAuthorization(AccessPolicies.Organise)
            .ProducesProblem(StatusCodes.Status404NotFound);
        organiser.MapGet("/", ListAsync).WithName("ListInvites").WithSummary("The challenge's invites, newest first, each sent, accepted, expired or withdrawn");
        organiser.MapPost("/{code}/resend", ResendAsync).WithName("ResendInvite")
            .WithSummary("Withdraw an invite not yet accepted and make a new one for the same role and venue, with a new link and QR code")
            .ProducesProblem(StatusCodes.Status409Conflict);
        organiser.MapDelete("/{code}", WithdrawAsync).WithName("WithdrawInvite").WithSummary("Withdraw an invite not yet accepted: its link no longer works")
            .ProducesProblem(StatusCodes.Status409Conflict);

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

        return await NewInviteAsync(challengeId, request, http, grains);
    }

    /// <summary>The code is listed with its challenge before the invite exists, so that no invite is ever missing from the list.</summary>
    private static async Task<Created<InviteCreated>> NewInviteAsync(Guid challengeId, CreateInviteRequest request, HttpContext http, IGrainFactory grains)
    {
        var code = Secrets.NewCode(InviteGrain.CodeLength);
        await grains.GetGrain<IChallengeInvitesGrain>(challengeId).AddAsync(code);
        var invite = await grains.GetGrain<IInviteGrain>(code).CreateAsync(challengeId, request, Caller.From(http.User)!.Id);
        var link = $"{http.Request.Scheme}://{http.Request.Host}/signin.html?invite={code}";
        using var qr = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return TypedResults.Created($"/api/invites/{code}", new InviteCreated(invite, link, new SvgQRCode(qr).GetGraphic(6)));
    }

    private static async Task<Ok<InviteStatus[]>> ListAsync(Guid challengeId, IGrainFactory grains)
    {
        var codes = await grains.GetGrain<IChallengeInvitesGrain>(challengeId).ListAsync();
        var statuses = await Task.WhenAll(codes.Select(code => grains.GetGrain<IInviteGrain>(code).GetStatusAsync()));
        return TypedResults.Ok(statuses.OfType<InviteStatus>().Where(s => s.Invite.ChallengeId == challengeId).Reverse().ToArray());
    }

    private static async Task<Created<InviteCreated>> ResendAsync(Guid challengeId, string code, HttpContext http, IGrainFactory grains)
    {
        var withdrawn = await grains.GetGrain<IInviteGrain>(Normalise(code)).WithdrawAsync(challengeId);
        var days = (int)Math.Clamp(Math.Round((withdrawn.Invite.ExpiresAt - withdrawn.Invite.CreatedAt).TotalDays), 1, InviteGrain.MaxValidDays);
        return await NewInviteAsync(challengeId, new CreateInviteRequest(withdrawn.Invite.Role.ToString(), days, withdrawn.Invite.VenueId), http, grains);
    }

    private static async Task<Ok<InviteStatus>> WithdrawAsync(Guid challengeId, string code, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IInviteGrain>(Normalise(code)).WithdrawAsync(challengeId));

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
