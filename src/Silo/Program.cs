using ChallengeHub.Silo.Badges;
using ChallengeHub.Silo.Challenges;
using ChallengeHub.Silo.Evidence;
using ChallengeHub.Silo.Hosting;
using ChallengeHub.Silo.Kits;
using ChallengeHub.Silo.Live;
using ChallengeHub.Silo.Milestones;
using ChallengeHub.Silo.Runs;
using ChallengeHub.Silo.Shop;
using ChallengeHub.Silo.Walls;

var builder = WebApplication.CreateBuilder(args);

var storage = builder.AddChallengeHubStorage();
builder.AddChallengeHubSilo(storage);
builder.AddChallengeHubApi();
builder.AddLivePush();
builder.AddDemoData();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseRouting();
app.MapStaticAssets();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapChallengesApi();
app.MapChallengeSetupApi();
app.MapChallengeLifecycleApi();
app.MapMilestonesApi();
app.MapEvidenceApi();
app.MapBadgesApi();
app.MapKitsApi();
app.MapRunsApi();
app.MapWallApi();
app.MapShopApi();
app.MapHub<LiveHub>("/hubs/challenge");

app.Run();

/// <summary>The host's entry point, public so that tests can start it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
