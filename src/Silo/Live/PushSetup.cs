namespace ChallengeHub.Silo.Live;

public static class PushSetup
{
    /// <summary>This silo's end of the push path: one observer around the live hub's context, registered with the push registry once the silo runs.</summary>
    public static void AddPushPath(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShowcaseWatchers>();
        builder.Services.AddSingleton<ShowcaseRelay>();
        builder.Services.AddSingleton<HubPushObserver>();
        builder.Services.AddHostedService<PushObserverRegistration>();
    }
}
