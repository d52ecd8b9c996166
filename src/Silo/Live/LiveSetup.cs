namespace ChallengeHub.Silo.Live;

public static class LiveSetup
{
    /// <summary>The per-silo push path: one observer around the hub context, registered with the push registry once the silo runs.</summary>
    public static void AddLivePush(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HubWallObserver>();
        builder.Services.AddHostedService<WallObserverRegistration>();
    }
}
