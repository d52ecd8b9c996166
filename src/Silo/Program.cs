using ChallengeHub.Silo.Access;
using ChallengeHub.Silo.Accounts;
using ChallengeHub.Silo.Badges;
using ChallengeHub.Silo.Badges.Credentials;
using ChallengeHub.Silo.Challenges;
#if DEVELOPMENT_TOOLS
using ChallengeHub.Silo.Development;
#endif
using ChallengeHub.Silo.Evidence;
using ChallengeHub.Silo.Hosting;
using ChallengeHub.Silo.Kits;
using ChallengeHub.Silo.Live;
using ChallengeHub.Silo.Milestones;
using ChallengeHub.Silo.Observability;
using ChallengeHub.Silo.Profiles;
using ChallengeHub.Silo.Recognitions;
using ChallengeHub.Silo.Reports;
using ChallengeHub.Silo.Runs;
using ChallengeHub.Silo.Seasons;
using ChallengeHub.Silo.Shop;
using ChallengeHub.Silo.Showcase;
using ChallengeHub.Silo.Teams;
using ChallengeHub.Silo.Voice;
using ChallengeHub.Silo.Walls;

var builder = WebApplication.CreateBuilder(args);
builder.RequireDeploymentSettings();
#if DEVELOPMENT_TOOLS
builder.AddDevelopmentTools();
#endif

builder.AddChallengeHubTelemetry();
builder.AddForwardedHeaders();
var storage = builder.AddChallengeHubStorage();
builder.AddChallengeHubSilo(storage);
builder.AddChallengeHubAccess(storage);
builder.AddChallengeHubApi();
builder.AddAuditTrail();
builder.AddPushPath();
builder.AddFirstStart();
builder.AddOrderlyStop();
builder.AddConnectionLimits();
builder.StartNothingWhileWritingTheDocument();

var app = builder.Build();

app.UseOrderlyStop();
app.UseForwardedHeadersFromKnownProxies();
app.UseCorrelationIds();
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseRouting();
app.UseChallengeHubAccess();
app.MapStaticAssets().AllowAnonymous();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapMetrics();
app.MapProblemPages();
app.MapSessionApi();
app.MapInvitesApi();
app.MapPupilsApi();
app.MapTeamAccessApi();
app.MapRosterImportApi();
app.MapChallengesApi();
app.MapChallengeSetupApi();
app.MapChallengeLifecycleApi();
app.MapSeasonApi();
app.MapJoinCardsApi();
app.MapRecognitionsApi();
app.MapImpactApi();
app.MapCheckInApi();
app.MapMilestonesApi();
app.MapEvidenceApi();
app.MapBadgesApi();
app.MapProfileApi();
app.MapCredentialsApi();
app.MapKitsApi();
app.MapRunsApi();
app.MapWallApi();
app.MapVenueCountsApi();
app.MapShopApi();
app.MapShowcaseApi();
app.MapAuditApi();
app.MapHub<LiveHub>("/hubs/challenge").AllowAnonymous();
app.MapFallback("{**path}", () => TypedResults.NotFound()).AllowAnonymous();

app.Run();

/// <summary>The host's entry point, public so that tests can start it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
