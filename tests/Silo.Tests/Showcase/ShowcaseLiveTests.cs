using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using ChallengeHub.Grains.Offers;
using ChallengeHub.Grains.Showcase;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Silo.Live;
using ChallengeHub.Silo.Tests.Access;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChallengeHub.Silo.Tests.Showcase;

public sealed class ShowcaseLiveTests(SiloFixture silo)
{
    [Fact]
    public async Task AnEmployersOfferAndTheCoachsAnswerReachTheCoachsConnectionWithoutAskingAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        using var coach = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "coach"), "coach");
        var team = await coach.Http.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using var employer = await organiser.InvitedAsync(challenge.Id, "employer");
        await using var connection = coach.CreateHubConnection();
        var received = new Received<Offer>();
        connection.On<Offer>(LiveHub.OfferMethod, received.Add);
        await connection.StartAsync(cancellationToken);

        var before = await connection.InvokeAsync<ImmutableArray<Offer>>(nameof(LiveHub.WatchTeamOffers), challenge.Id, team.Id, cancellationToken);
        using var made = await employer.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers",
            new { kind = "visit", message = "Kom eens kijken." }, ApiClient.Json, cancellationToken);
        made.EnsureSuccessStatusCode();
        var offer = await received.WaitForAsync(o => o.Answer is null, cancellationToken);
        using var answered = await coach.Http.PostAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/offers/{offer.Id}/answer",
            new { accept = true, message = "Graag." }, ApiClient.Json, cancellationToken);
        answered.EnsureSuccessStatusCode();
        var answer = await received.WaitForAsync(o => o.Answer is not null, cancellationToken);

        Assert.Empty(before);
        Assert.Equal((team.Id, OfferKind.Visit, "Kom eens kijken."), (offer.TeamId, offer.Kind, offer.Message));
        Assert.Equal((offer.Id, true, "Graag."), (answer.Id, answer.Answer!.Accepted, answer.Answer.Message));
    }

    [Fact]
    public async Task AShowcaseWatcherReceivesAConsentedMilestoneAndLosesItWhenTheConsentIsWithdrawn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        using var employer = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "employer"), "employer");
        await using var connection = employer.CreateHubConnection();
        var received = new Received<ShowcaseTeamUpdate>();
        connection.On<ShowcaseTeamUpdate>(LiveHub.ShowcaseTeamMethod, received.Add);
        await connection.StartAsync(cancellationToken);

        var feed = await connection.InvokeAsync<ShowcaseFeed>(nameof(LiveHub.WatchShowcase), challenge.Id, cancellationToken);
        await Browser.ShowcasePageTests.LogConsentedMilestoneAsync(organiser, team, "Motor getest");
        var shown = await received.WaitForAsync(u => u.Items.Any(i => i.Title == "Motor getest"), cancellationToken);
        var pupil = Assert.Single((await organiser.GetFromJsonAsync<Pupil[]>($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, cancellationToken))!);
        using var withdrawn = await organiser.PutAsJsonAsync($"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils/{pupil.Id}/consent",
            new { showcase = false }, ApiClient.Json, cancellationToken);
        withdrawn.EnsureSuccessStatusCode();
        var hidden = await received.WaitForAsync(u => u.TeamId == team.Id && u.Items.IsEmpty, cancellationToken);

        Assert.Empty(feed.Items);
        Assert.Equal((challenge.Id, team.Id), (shown.ChallengeId, shown.TeamId));
        var item = Assert.Single(shown.Items);
        Assert.Equal((ShowcaseItemKind.Milestone, "De Vonkenmakers"), (item.Kind, item.TeamName));
        Assert.Equal(challenge.Id, hidden.ChallengeId);
    }

    [Fact]
    public async Task ASilosBuildsATeamsShowcaseEntryOnlyWhileOneOfItsConnectionsWatchesTheShowcase()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        var team = await organiser.RegisterTeamAsync(challenge.Id, "De Vonkenmakers");
        await Browser.ShowcasePageTests.LogConsentedMilestoneAsync(organiser, team, "Motor getest");
        var relay = silo.Services.GetRequiredService<ShowcaseRelay>();
        var built = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "challengehub.showcase.entries.built")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (built)
            {
                built.AddRange(tags.ToArray().Select(t => t.Value?.ToString() ?? string.Empty));
            }
        });
        listener.Start();

        await relay.TeamChangedAsync(challenge.Id, team.Id);
        await relay.SentAsync();
        string[] unwatched;
        lock (built)
        {
            unwatched = [.. built];
        }

        using var employer = await Session.RedeemAsync(silo.BaseAddress, await organiser.InviteAsync(challenge.Id, "employer"), "employer");
        await using var connection = employer.CreateHubConnection();
        var received = new Received<ShowcaseTeamUpdate>();
        connection.On<ShowcaseTeamUpdate>(LiveHub.ShowcaseTeamMethod, received.Add);
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync<ShowcaseFeed>(nameof(LiveHub.WatchShowcase), challenge.Id, cancellationToken);
        await relay.TeamChangedAsync(challenge.Id, team.Id);
        var update = await received.WaitForAsync(u => u.TeamId == team.Id, cancellationToken);

        Assert.DoesNotContain(challenge.Id.ToString(), unwatched);
        Assert.Equal("Motor getest", Assert.Single(update.Items).Title);
        lock (built)
        {
            Assert.Contains(challenge.Id.ToString(), built);
        }
    }

    [Fact]
    public async Task AWatcherWhoMayNotSeeThePrivateShowcaseIsRefusedAndReceivesNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var organiser = silo.CreateClient();
        var challenge = await organiser.CreateChallengeAsync();
        await using var connection = ApiClient.CreateHubConnection(silo.BaseAddress);
        await connection.StartAsync(cancellationToken);

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<ShowcaseFeed>(nameof(LiveHub.WatchShowcase), challenge.Id, cancellationToken));
    }

    /// <summary>Messages a connection received, and a wait for the first one that matches.</summary>
    private sealed class Received<T>
        where T : class
    {
        private readonly Lock _lock = new();
        private readonly List<T> _items = [];
        private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];

        public void Add(T item)
        {
            lock (_lock)
            {
                _items.Add(item);
                foreach (var waiter in _waiters.Where(w => w.Match(item)).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.SetResult(item);
                }
            }
        }

        public Task<T> WaitForAsync(Func<T, bool> match, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                if (_items.FirstOrDefault(match) is { } found)
                {
                    return Task.FromResult(found);
                }

                var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, done));
                return done.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            }
        }
    }
}
