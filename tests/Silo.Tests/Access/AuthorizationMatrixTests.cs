using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ChallengeHub.Grains.Problems;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using ChallengeHub.Silo.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Access;

/// <summary>
/// Every API endpoint and hub method, called by every role on its own and on foreign objects, answers as the table below
/// says. The endpoints are read from the running host, so a new one cannot be added without deciding who may use it.
/// </summary>
public sealed class AuthorizationMatrixTests(SiloFixture silo, AccessMatrixWorld world) : IClassFixture<AccessMatrixWorld>
{
    /// <summary>How the caller stands to the challenge and team in the route, when the table allows it.</summary>
    public enum Who
    {
        /// <summary>Anyone, signed in or not.</summary>
        Public,
        Organiser,
        ChallengeCoach,
        TeamCoach,
        TeamPupil,
        ChallengePupil,
        Juror,
        Employer,
        Funder,
    }

    public enum Role
    {
        Public,
        Organiser,
        Coach,
        Pupil,
        Juror,

        /// <summary>A juror invited to the venue of the own team: a juror for that team and that venue, for no other.</summary>
        VenueJuror,
        Employer,
        Funder,
    }

    /// <summary>What a request is about: the caller's own team (or challenge), another team of it, another challenge, or a team of another challenge put under the own challenge's path.</summary>
    public enum Target
    {
        OwnTeam,
        OtherTeam,
        ForeignChallenge,
        ForeignTeamUnderOwnChallenge,
    }

    private static readonly Who[] Anyone = [Who.Public];
    private static readonly Who[] Organise = [Who.Organiser];
    private static readonly Who[] ChallengeMember = [Who.Organiser, Who.ChallengeCoach, Who.ChallengePupil, Who.Juror, Who.Employer];
    private static readonly Who[] CoachTeam = [Who.Organiser, Who.TeamCoach];
    private static readonly Who[] ActForTeam = [Who.Organiser, Who.TeamCoach, Who.TeamPupil];
    private static readonly Who[] ReadTeam = [Who.Organiser, Who.TeamCoach, Who.TeamPupil, Who.Juror];

    /// <summary>Who may use each endpoint, by its name: the decision every new endpoint must add here.</summary>
    private static readonly Dictionary<string, Who[]> Endpoints = new()
    {
        ["GetSession"] = Anyone,
        ["SignIn"] = Anyone,
        ["JoinTeam"] = Anyone,
        ["SignOut"] = Anyone,
        ["StartExternalSignIn"] = Anyone,
        ["IssueToken"] = Anyone,
        ["GetSetup"] = Anyone,
        ["CompleteSetup"] = Anyone,
        ["GetInvite"] = Anyone,
        ["RedeemInvite"] = Anyone,
        ["ListChallenges"] = Anyone,
        ["GetChallenge"] = Anyone,
        ["ListTeams"] = Anyone,
        ["GetWall"] = Anyone,
        ["GetWallPhoto"] = Anyone,
        ["GetVenueWallCounts"] = Anyone,
        ["CreateChallenge"] = Organise,
        ["CreateInvite"] = Organise,
        ["ListInvites"] = Organise,
        ["ResendInvite"] = Organise,
        ["WithdrawInvite"] = Organise,
        ["RegisterTeam"] = [Who.Organiser, Who.ChallengeCoach],
        ["ImportTeams"] = [Who.Organiser, Who.ChallengeCoach],
        ["OpenChallenge"] = Organise,
        ["StartChallenge"] = Organise,
        ["ShowcaseChallenge"] = Organise,
        ["GetClosingCheck"] = Organise,
        ["CloseChallenge"] = Organise,
        ["ExportFramework"] = ChallengeMember,
        ["UpdateFramework"] = Organise,
        ["SetSchedule"] = Organise,
        ["GetImpactReport"] = [Who.Organiser, Who.Funder],
        ["GetImpactReportCsv"] = [Who.Organiser, Who.Funder],
        ["GetImpactReportPdf"] = [Who.Organiser, Who.Funder],
        ["GetSchoolImpactReport"] = [Who.ChallengeCoach],
        ["GetSchoolImpactReportCsv"] = [Who.ChallengeCoach],
        ["GetSchoolImpactReportPdf"] = [Who.ChallengeCoach],
        ["GetChallengeCheckIn"] = Organise,
        ["SetChallengeCheckIn"] = Organise,
        ["GetTeamCheckIn"] = CoachTeam,
        ["SetTeamCheckIn"] = CoachTeam,
        ["GetOwnCheckIn"] = [Who.TeamPupil],
        ["AnswerCheckIn"] = [Who.TeamPupil],
        ["GetSeason"] = Anyone,
        ["GetSeasonPlan"] = Organise,
        ["AddSeasonRound"] = Organise,
        ["AddSeasonVenue"] = Organise,
        ["AssignVenueTeams"] = Organise,
        ["InviteToRound"] = Organise,
        ["GetTeamSeason"] = ReadTeam,
        ["GetJoinCards"] = [Who.Organiser, Who.ChallengeCoach],
        ["GetVenueOverview"] = Organise,
        ["GetRecognitionCategories"] = ChallengeMember,
        ["GetCeremony"] = Anyone,
        ["SetRecognitionCategories"] = Organise,
        ["GetDeliberationBoard"] = [Who.Organiser, Who.Juror],
        ["NominateForRecognition"] = [Who.Organiser, Who.Juror],
        ["AgreeOnRecognition"] = [Who.Organiser, Who.Juror],
        ["PublishRecognitions"] = [Who.Organiser, Who.Juror],
        ["ListTeamRecognitions"] = ReadTeam,
        ["ListPupils"] = ActForTeam,
        ["SetPupilConsent"] = CoachTeam,
        ["ResetPupilPin"] = CoachTeam,
        ["ExportPupilData"] = CoachTeam,
        ["ErasePupilData"] = CoachTeam,
        ["GetTeamAccess"] = CoachTeam,
        ["SetTeamRoster"] = CoachTeam,
        ["SetRosterConsent"] = CoachTeam,
        ["ApproveJoin"] = CoachTeam,
        ["DismissJoin"] = CoachTeam,
        ["LiftPupilLock"] = CoachTeam,
        ["ListEvidencePhotos"] = ReadTeam,
        ["GetEvidencePhoto"] = ReadTeam,
        ["UploadEvidencePhoto"] = ActForTeam,
        ["ListMilestones"] = ReadTeam,
        ["LogMilestone"] = ActForTeam,
        ["ListBadges"] = ReadTeam,
        ["AwardBadge"] = [Who.Organiser, Who.Juror],
        ["RevokeBadge"] = [Who.Organiser, Who.Juror],
        ["AttributeBadge"] = CoachTeam,
        ["ListBadgeAttributions"] = CoachTeam,
        ["GetOwnBadgeIdentity"] = [Who.TeamPupil],
        ["GetBadgeCertificate"] = [Who.TeamPupil],
        ["GetPupilProfile"] = Anyone,
        ["GetPupilProfilePdf"] = Anyone,
        ["GetPupilLearnerRecord"] = Anyone,
        ["GetReviewQueue"] = [Who.Organiser, Who.Juror],
        ["GetCalibration"] = Organise,
        ["VerifyBadge"] = Anyone,
        ["RotateSigningKey"] = Organise,
        ["GetKitTemplate"] = ChallengeMember,
        ["SetKitTemplate"] = Organise,
        ["IssueKits"] = Organise,
        ["ListOpenKitIssues"] = Organise,
        ["ListTeamsWithoutKit"] = Organise,
        ["GetKit"] = ReadTeam,
        ["IssueKit"] = Organise,
        ["CheckInKitItem"] = CoachTeam,
        ["RequestKitReplacement"] = ActForTeam,
        ["MarkKitReplacementDelivered"] = Organise,
        ["GetCourseRuns"] = ReadTeam,
        ["RecordCourseRun"] = ActForTeam,
        ["GetShopCatalogue"] = ChallengeMember,
        ["SetShopCatalogue"] = Organise,
        ["SetDefaultBudget"] = Organise,
        ["GetTeamBudget"] = ReadTeam,
        ["AdjustTeamBudget"] = Organise,
        ["OrderFromShop"] = ActForTeam,
        ["ApproveShopOrder"] = CoachTeam,
        ["RejectShopOrder"] = CoachTeam,
        ["CancelShopOrder"] = ActForTeam,
        ["ReturnShopOrder"] = CoachTeam,
        ["GetShowcase"] = [Who.Organiser, Who.Employer],
        ["GetShowcasePhoto"] = [Who.Organiser, Who.Employer],
        ["SetShowcasePublic"] = Organise,
        ["MakeOffer"] = [Who.Employer],
        ["ListTeamOffers"] = CoachTeam,
        ["AnswerOffer"] = CoachTeam,
        ["ListOffers"] = [Who.Organiser, Who.Employer],
        ["GetAuditTrail"] = Organise,
    };

    /// <summary>Who may call each method of the live hub: the wall is public, the showcase and a team's offers are read as over HTTP.</summary>
    private static readonly Dictionary<string, Who[]> HubMethods = new()
    {
        ["WatchChallenge"] = Anyone,
        ["UnwatchChallenge"] = Anyone,
        ["WatchShowcase"] = [Who.Organiser, Who.Employer],
        ["WatchTeamOffers"] = CoachTeam,
        ["WatchTeamPupils"] = CoachTeam,
        ["WatchOffers"] = [Who.Organiser, Who.Employer],
    };

    [Fact]
    public void EveryApiEndpointAndHubMethodIsInTheTableAndSaysWhoMayUseIt()
    {
        var endpoints = ApiEndpoints();

        var unlisted = endpoints.Select(e => e.Name).Where(name => !Endpoints.ContainsKey(name)).ToList();
        Assert.True(unlisted.Count == 0, $"Endpoints without a row in the table: {string.Join(", ", unlisted)}");
        var undecided = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.Name).ToList();
        Assert.True(undecided.Count == 0, $"Endpoints that name no policy and do not allow anonymous use: {string.Join(", ", undecided)}");
        Assert.Equal(Endpoints.Keys.Order(), endpoints.Select(e => e.Name).Order());
        Assert.Equal(HubMethods.Keys.Order(), HubMethodInfos().Select(m => m.Name).Order());
        Assert.All(HubMethodInfos(), method =>
            Assert.True(method.GetCustomAttributes<AllowAnonymousAttribute>().Any() || method.GetCustomAttributes<AuthorizeAttribute>().Any(),
                $"Hub method {method.Name} says neither [AllowAnonymous] nor [Authorize]"));
    }

    [Fact]
    public async Task EveryRoleGetsExactlyTheAnswersTheTableGivesAndForeignDataStaysAsItWas()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var before = await world.ReadUntouchableAsync();
        var requests = Requests().ToList();

        var failures = (await Task.WhenAll(requests.GroupBy(r => r.Role).Select(async calls =>
        {
            var found = new List<string>();

            // Signing out last, of a second session of the caller.
            foreach (var request in calls.OrderBy(r => r.Endpoint.Name == "SignOut"))
            {
                if (await CheckAsync(request, cancellationToken) is { } failure)
                {
                    found.Add(failure);
                }
            }

            return found;
        }))).SelectMany(f => f).ToList();

        TestContext.Current.TestOutputHelper?.WriteLine($"Authorization matrix: {requests.Count} requests over {Endpoints.Count} endpoints.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests answered against the table:\n{string.Join("\n", failures)}");
        var after = await world.ReadUntouchableAsync();
        Assert.All(before, read => Assert.Equal(read.Value, after[read.Key]));
    }

    /// <summary>
    /// Export and erase are bound to the team in the route: a pupil of another team, of this challenge or of another, is not
    /// found under the own team's path, for its coach and for the organiser, and nothing of theirs changes.
    /// </summary>
    [Fact]
    public async Task ExportAndEraseOfAPupilOfAnotherTeamUnderTheOwnTeamsRouteAreNotFoundAndTouchNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var pupilB = Assert.Single(await world.Organiser.Http.GetFromJsonAsync<Pupil[]>(
            $"/api/challenges/{world.Challenge.Id}/teams/{world.TeamB.Id}/pupils", ApiClient.Json, cancellationToken) ?? []);
        var pupilC = Assert.Single(await world.ForeignOrganiser.GetFromJsonAsync<Pupil[]>(
            $"/api/challenges/{world.ForeignChallenge.Id}/teams/{world.TeamC.Id}/pupils", ApiClient.Json, cancellationToken) ?? []);
        var wallPath = $"/api/challenges/{world.Challenge.Id}/wall";
        var (before, wallBefore) = (await world.ReadUntouchableAsync(), await world.Organiser.Http.GetStringAsync(wallPath, cancellationToken));

        var answers = new List<string>();
        foreach (var (role, session) in new[] { ("coach", world.Coach), ("organiser", world.Organiser) })
        {
            foreach (var pupil in new[] { pupilB, pupilC })
            {
                var path = $"/api/challenges/{world.Challenge.Id}/teams/{world.TeamA.Id}/pupils/{pupil.Id}";
                using var export = await session.Http.GetAsync($"{path}/export", cancellationToken);
                using var erase = await session.Http.DeleteAsync(path, cancellationToken);
                answers.Add($"{role} {pupil.Nickname}: export {(int)export.StatusCode} {export.Content.Headers.ContentType?.MediaType}, erase {(int)erase.StatusCode} {erase.Content.Headers.ContentType?.MediaType}");
            }
        }

        Assert.All(answers, answer => Assert.EndsWith("export 404 application/problem+json, erase 404 application/problem+json", answer, StringComparison.Ordinal));
        var after = await world.ReadUntouchableAsync();
        Assert.All(before, read => Assert.Equal(read.Value, after[read.Key]));
        Assert.Equal(wallBefore, await world.Organiser.Http.GetStringAsync(wallPath, cancellationToken));
    }

    [Fact]
    public async Task EveryRoleMayWatchTheWallOfAnyChallengeOnTheHub()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var calls = 0;
        foreach (var role in Enum.GetValues<Role>())
        {
            await using var connection = SessionOf(role).CreateHubConnection();
            await connection.StartAsync(cancellationToken);
            foreach (var challengeId in new[] { world.Challenge.Id, world.ForeignChallenge.Id })
            {
                foreach (var method in HubMethodInfos().Where(m => HubMethods[m.Name].Contains(Who.Public)))
                {
                    await connection.InvokeCoreAsync(method.Name, method.ReturnType == typeof(Task) ? typeof(object) : typeof(WallSnapshot), [challengeId], cancellationToken);
                    calls++;
                }
            }
        }

        var publicMethods = HubMethodInfos().Count(m => HubMethods[m.Name].Contains(Who.Public));
        Assert.InRange(publicMethods, 1, int.MaxValue);
        Assert.Equal(Enum.GetValues<Role>().Length * 2 * publicMethods, calls);
    }

    [Fact]
    public async Task TheShowcaseAndATeamsOffersAreWatchedOnTheHubOnlyByWhomTheTableAllows()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var failures = new List<string>();
        var calls = 0;
        foreach (var role in Enum.GetValues<Role>())
        {
            await using var connection = SessionOf(role).CreateHubConnection();
            await connection.StartAsync(cancellationToken);
            foreach (var target in Enum.GetValues<Target>())
            {
                var (challengeId, teamId) = target switch
                {
                    Target.OwnTeam => (world.Challenge.Id, world.TeamA.Id),
                    Target.OtherTeam => (world.Challenge.Id, world.TeamB.Id),
                    Target.ForeignChallenge => (world.ForeignChallenge.Id, world.TeamC.Id),
                    _ => (world.Challenge.Id, world.TeamC.Id),
                };
                foreach (var method in HubMethodInfos().Where(m => !HubMethods[m.Name].Contains(Who.Public)))
                {
                    var withTeam = method.GetParameters().Length == 2;
                    var expected = HubExpect(HubMethods[method.Name], role, target, withTeam);
                    bool allowed;
                    calls++;
                    try
                    {
                        await connection.InvokeCoreAsync(method.Name, typeof(object), withTeam ? [challengeId, teamId] : [challengeId], cancellationToken);
                        allowed = true;
                    }
                    catch (HubException)
                    {
                        allowed = false;
                    }

                    if (allowed != expected)
                    {
                        failures.Add($"{role} {method.Name} on {target}: {(allowed ? "allowed" : "refused")}, expected {(expected ? "allowed" : "refused")}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var guardedMethods = HubMethodInfos().Count(m => !HubMethods[m.Name].Contains(Who.Public));
        Assert.InRange(guardedMethods, 1, int.MaxValue);
        Assert.Equal(Enum.GetValues<Role>().Length * Enum.GetValues<Target>().Length * guardedMethods, calls);
    }

    /// <summary>As <see cref="Expect"/> for the hub, where a refusal and a team not found look the same to the caller.</summary>
    private static bool HubExpect(Who[] allowed, Role role, Target target, bool withTeam)
    {
        if (role == Role.Public || target == Target.ForeignChallenge || (withTeam && target == Target.ForeignTeamUnderOwnChallenge))
        {
            return false;
        }

        var ownTeam = withTeam && target == Target.OwnTeam;
        Who[] relations = role switch
        {
            Role.Organiser => [Who.Organiser],
            Role.Coach => ownTeam ? [Who.TeamCoach, Who.ChallengeCoach] : [Who.ChallengeCoach],
            Role.Pupil => ownTeam ? [Who.TeamPupil, Who.ChallengePupil] : [Who.ChallengePupil],
            Role.Juror => [Who.Juror],
            Role.VenueJuror => withTeam && target != Target.OwnTeam ? [] : [Who.Juror],
            Role.Funder => [Who.Funder],
            _ => [Who.Employer],
        };
        return relations.Intersect(allowed).Any();
    }

    [Fact]
    public async Task JoinCodesAreShownOnlyToTheOrganiserAndToEachTeamsOwnCoach()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var teams = await SessionOf(role).Http.GetFromJsonAsync<TeamDetails[]>($"/api/challenges/{world.Challenge.Id}/teams", ApiClient.Json, TestContext.Current.CancellationToken);

            var shown = teams!.Where(t => t.JoinCode.Length > 0).Select(t => t.Name).Order();
            string[] expected = role switch
            {
                Role.Organiser => ["Team A", "Team B"],
                Role.Coach => ["Team A"],
                _ => [],
            };
            Assert.Equal(expected, shown);
        }
    }

    /// <summary>What the table expects: the endpoint's own answer, a refusal (401/403), or 404 for a team that is not in the route's challenge.</summary>
    private enum Outcome
    {
        Allowed,
        Refused,
        NotFound,
    }

    private sealed record MatrixRequest(Role Role, Target Target, (string Name, RouteEndpoint Endpoint, string Method) Endpoint, string Path, Outcome Expected);

    private IEnumerable<MatrixRequest> Requests()
    {
        var seen = new HashSet<(Role, string, string)>();
        foreach (var endpoint in ApiEndpoints())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                foreach (var target in Enum.GetValues<Target>())
                {
                    var (challengeId, teamId) = target switch
                    {
                        Target.OwnTeam => (world.Challenge.Id, world.TeamA.Id),
                        Target.OtherTeam => (world.Challenge.Id, world.TeamB.Id),
                        Target.ForeignChallenge => (world.ForeignChallenge.Id, world.TeamC.Id),
                        _ => (world.Challenge.Id, world.TeamC.Id),
                    };
                    var key = Path(endpoint.Endpoint.RoutePattern, challengeId, teamId, plausible: false);

                    // Targets that make the same request (a route without team, or without challenge) are sent once.
                    if (seen.Add((role, endpoint.Method, key)))
                    {
                        yield return new MatrixRequest(role, target, endpoint, Path(endpoint.Endpoint.RoutePattern, challengeId, teamId, plausible: true),
                            Expect(endpoint.Name, endpoint.Endpoint.RoutePattern, role, target));
                    }
                }
            }
        }
    }

    private static Outcome Expect(string name, RoutePattern pattern, Role role, Target target)
    {
        var allowed = Endpoints[name];
        if (allowed.Contains(Who.Public))
        {
            return Outcome.Allowed;
        }

        var hasChallenge = pattern.GetParameter("challengeId") is not null;
        var hasTeam = pattern.GetParameter("teamId") is not null;
        if (role == Role.Public || (hasChallenge && target == Target.ForeignChallenge))
        {
            return Outcome.Refused;
        }

        var ownTeam = hasTeam && target == Target.OwnTeam;
        Who[] relations = role switch
        {
            Role.Organiser => [Who.Organiser],
            Role.Coach => ownTeam ? [Who.TeamCoach, Who.ChallengeCoach] : [Who.ChallengeCoach],
            Role.Pupil => ownTeam ? [Who.TeamPupil, Who.ChallengePupil] : [Who.ChallengePupil],
            Role.Juror => [Who.Juror],

            // The matrix names a venue that is never the venue juror's own.
            Role.VenueJuror => pattern.GetParameter("venueId") is not null || (hasTeam && target != Target.OwnTeam) ? [] : [Who.Juror],
            Role.Funder => [Who.Funder],
            _ => [Who.Employer],
        };
        if (!relations.Intersect(allowed).Any())
        {
            return Outcome.Refused;
        }

        // Whoever may work in the challenge learns no more of a team of another challenge than that it is not in this one.
        return hasTeam && target == Target.ForeignTeamUnderOwnChallenge ? Outcome.NotFound : Outcome.Allowed;
    }

    private async Task<string?> CheckAsync(MatrixRequest request, CancellationToken cancellationToken)
    {
        var session = SessionOf(request.Role);

        // Signing out ends the session on the server, for every copy of its cookie: sign out a second session of the same caller.
        using var copy = request.Endpoint.Name == "SignOut" ? await world.SignInAgainAsync(session) : null;
        using var message = new HttpRequestMessage(new HttpMethod(request.Endpoint.Method), request.Path);
        if (request.Endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            message.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await (copy ?? session).Http.SendAsync(message, cancellationToken);
        var status = response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var what = $"{request.Role} → {request.Endpoint.Name} ({request.Target}) {request.Endpoint.Method} {request.Path}: {(int)status}";
        if (request.Expected != Outcome.Allowed)
        {
            var expected = request.Expected == Outcome.NotFound ? HttpStatusCode.NotFound
                : request.Role == Role.Public ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            if (status != expected)
            {
                return $"{what}, expected {(int)expected}";
            }

            return response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? null : $"{what} without ProblemDetails";
        }

        // A sign-in endpoint answers 401 to the dummy credentials; that is its own refusal (told by its type), not an authorization's.
        var refusedBySignIn = status == HttpStatusCode.Unauthorized && ProblemTypeOf(body) is { } type && SignInRefusals.Contains(type);
        return status == HttpStatusCode.Forbidden || (status == HttpStatusCode.Unauthorized && !refusedBySignIn) || (int)status >= 500
            ? $"{what}, expected an answer of the endpoint itself: {body}"
            : null;
    }

    private static readonly HashSet<string> SignInRefusals =
        [ProblemTypes.NotRecognised.Type, ProblemTypes.JoinCodeNotRecognised.Type, ProblemTypes.SetupCodeNotRecognised.Type];

    private static string? ProblemTypeOf(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Session SessionOf(Role role) => role switch
    {
        Role.Public => world.Public,
        Role.Organiser => world.Organiser,
        Role.Coach => world.Coach,
        Role.Pupil => world.Pupil,
        Role.Juror => world.Juror,
        Role.VenueJuror => world.VenueJuror,
        Role.Funder => world.Funder,
        _ => world.Employer,
    };

    /// <summary>The route filled in; <paramref name="plausible"/> gives ids of things that do not exist a fresh value.</summary>
    private static string Path(RoutePattern pattern, Guid challengeId, Guid teamId, bool plausible)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "challengeId" } => challengeId.ToString(),
                    RoutePatternParameterPart { Name: "teamId" } => teamId.ToString(),
                    RoutePatternParameterPart { Name: "orderId" or "replacementId" or "pupilId" or "photoId" or "offerId" or "badgeId" or "entryId" or "pendingId" or "roundId" or "venueId" } => plausible ? Guid.NewGuid().ToString() : "id",
                    RoutePatternParameterPart { Name: "partNumber" } => "M-1",
                    RoutePatternParameterPart { Name: "code" } => "ONBEKEND23",
                    RoutePatternParameterPart { Name: "moment" } => "start",
                    RoutePatternParameterPart parameter => throw new InvalidOperationException(
                        $"The matrix has no plausible value for route parameter '{parameter.Name}' of {pattern.RawText}: add one."),
                    _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
                });
            }
        }

        return path.ToString();
    }

    /// <summary>Every API endpoint of the running host, with its name and method (static files, the fallback and the hub's own endpoints are not the API).</summary>
    private List<(string Name, RouteEndpoint Endpoint, string Method)> ApiEndpoints() =>
        [.. silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart { Content: "api" }] }, ..])
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                (e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"(unnamed) {method} {e.RoutePattern.RawText}", e, method)))];

    private static IEnumerable<MethodInfo> HubMethodInfos() =>
        typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(LiveHub));
}
