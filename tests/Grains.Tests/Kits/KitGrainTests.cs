using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Kits;

public sealed class KitGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string?, int?, int, string> InvalidCheckIns => new()
    {
        { "lost", null, 0, "status" },
        { null, null, 0, "status" },
        { "missing", 0, 0, "quantity" },
        { "damaged", 1001, 0, "quantity" },
        { "missing", 3, 0, "quantity" },
        { "received", 1, 0, "quantity" },
        { "damaged", null, KitGrain.MaxNoteLength + 1, "note" },
    };

    [Fact]
    public async Task TheCoachChecksInEachItemAsReceivedMissingOrDamaged()
    {
        var team = await TeamWithKitAsync();

        var received = await _grains.CheckInAsync(team, "WAGO-221", "received");
        var missing = await _grains.CheckInAsync(team, "MOT-12V", " Missing ");
        var damaged = await _grains.CheckInAsync(team, "rly-5", "damaged", 1, " Spoel doorgebrand. ");

        Assert.Equal((KitItemStatus.Received, 0, false), (received.Status, received.AffectedQuantity, received.OpenIssue));
        Assert.Equal((KitItemStatus.Missing, 2, true), (missing.Status, missing.AffectedQuantity, missing.OpenIssue));
        Assert.Equal((KitItemStatus.Damaged, 1, "Spoel doorgebrand.", true), (damaged.Status, damaged.AffectedQuantity, damaged.Note, damaged.OpenIssue));
        Assert.Equal([missing, damaged, received], (await _grains.KitAsync(team)).Items);
        Assert.All([received, missing, damaged], item => Assert.NotNull(item.CheckedInAt));
    }

    [Fact]
    public async Task RepeatingACheckInChangesNothing()
    {
        var team = await TeamWithKitAsync();
        var first = await _grains.CheckInAsync(team, "MOT-12V", "missing", 1, "Eén ontbreekt.");

        var repeat = await _grains.CheckInAsync(team, "MOT-12V", "missing", 1, "Eén ontbreekt.");

        Assert.Equal(first, repeat);
        Assert.Equal(first, (await _grains.KitAsync(team)).Items[0]);
    }

    [Theory]
    [MemberData(nameof(InvalidCheckIns))]
    public async Task AnInvalidCheckInNamesTheFieldAndStoresNothing(string? status, int? quantity, int noteLength, string field)
    {
        var team = await TeamWithKitAsync();
        var before = await _grains.KitAsync(team);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.CheckInAsync(team, "MOT-12V", status!, quantity, new string('n', noteLength)));

        Assert.Equal([field], refusal.Errors.Keys);
        Assert.Equivalent(before, await _grains.KitAsync(team), strict: true);
    }

    [Fact]
    public async Task AfterTheShowcaseStartsTheKitIsNoLongerCheckedIn()
    {
        var team = await TeamWithKitAsync();
        var before = await _grains.GetGrain<IKitGrain>(team.Id).GetAsync(team.ChallengeId);
        await _grains.GetGrain<IChallengeGrain>(team.ChallengeId).AdvanceAsync(ChallengeStatus.Showcase);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.CheckInAsync(team, "MOT-12V", "missing"));

        Assert.Equivalent(before, await _grains.GetGrain<IKitGrain>(team.Id).GetAsync(team.ChallengeId), strict: true);
    }

    [Fact]
    public async Task CheckingInAnItemOutsideTheKitIsNotFound()
    {
        var team = await TeamWithKitAsync();
        var notIssued = await _grains.TeamAsync(team.ChallengeId, "Nog Zonder Kit");

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.CheckInAsync(team, "LED-R", "received"));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.CheckInAsync(notIssued, "MOT-12V", "received"));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<IKitGrain>(team.Id).GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task ADeliveredReplacementClosesTheIssueAndALaterFindingOpensANewOne()
    {
        var team = await TeamWithKitAsync();
        var kit = _grains.GetGrain<IKitGrain>(team.Id);
        await _grains.CheckInAsync(team, "MOT-12V", "missing", 1);

        var requested = await _grains.ReplacementAsync(team, "mot-12v", 1, " Niet in de doos. ");
        var whileOpen = await kit.GetOpenIssuesAsync();
        var delivered = await kit.MarkDeliveredAsync(team.ChallengeId, requested.Id);
        var deliveredAgain = await kit.MarkDeliveredAsync(team.ChallengeId, requested.Id);
        var afterDelivery = await kit.GetOpenIssuesAsync();
        var noteOnly = await _grains.CheckInAsync(team, "MOT-12V", "missing", 1, "Vervanging ontvangen.");
        var brokeAgain = await _grains.CheckInAsync(team, "MOT-12V", "damaged", 1, "Nieuwe motor viel.");

        Assert.Equal(("MOT-12V", 1, "Niet in de doos.", (DateTimeOffset?)null), (requested.PartNumber, requested.Quantity, requested.Reason, requested.DeliveredAt));
        Assert.Equal(["MOT-12V"], whileOpen.Items.Select(i => i.PartNumber));
        Assert.Equal([requested], whileOpen.OpenReplacements);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Equal(delivered, deliveredAgain);
        Assert.True(afterDelivery.IsEmpty);
        Assert.False(noteOnly.OpenIssue);
        Assert.True(brokeAgain.OpenIssue);
        Assert.Equal([delivered], (await _grains.KitAsync(team)).Replacements);
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => kit.MarkDeliveredAsync(team.ChallengeId, Guid.NewGuid()));
    }

    [Fact]
    public async Task OnlyAnOpenIssueWithoutAnOpenRequestCanAskForAReplacement()
    {
        var team = await TeamWithKitAsync();
        await _grains.CheckInAsync(team, "WAGO-221", "received");
        await _grains.CheckInAsync(team, "RLY-5", "damaged", 2);
        var first = await _grains.ReplacementAsync(team, "RLY-5", 2);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.ReplacementAsync(team, "MOT-12V"));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.ReplacementAsync(team, "WAGO-221"));
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => _grains.ReplacementAsync(team, "RLY-5", 1));
        await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.ReplacementAsync(team, "LED-R"));
        var tooMany = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.ReplacementAsync(team, "RLY-5", 5));
        var noReason = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.ReplacementAsync(team, "RLY-5", 0, " "));

        Assert.Equal(["quantity"], tooMany.Errors.Keys);
        Assert.Equal(["quantity", "reason"], noReason.Errors.Keys.Order());
        Assert.Equal([first], (await _grains.KitAsync(team)).Replacements);
    }

    [Fact]
    public async Task ARetriedReplacementRequestWithTheSameKeyIsStoredOnce()
    {
        var team = await TeamWithKitAsync();
        await _grains.CheckInAsync(team, "MOT-12V", "missing");
        var key = Guid.NewGuid().ToString();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _grains.ReplacementAsync(team, "MOT-12V", 2, idempotencyKey: key)));
        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Unprocessable, () => _grains.ReplacementAsync(team, "MOT-12V", 1, idempotencyKey: key));

        Assert.Single(attempts.Distinct());
        Assert.Equal([attempts[0]], (await _grains.KitAsync(team)).Replacements);
        Assert.Contains("Idempotency-Key", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenIssuesAreListedByTeamNameNeverByHowMany()
    {
        var challenge = await _grains.ChallengeAsync();
        var many = await _grains.TeamAsync(challenge.Id, "Zonnekracht");
        var some = await _grains.TeamAsync(challenge.Id, "Ährends Bouwers");
        var one = await _grains.TeamAsync(challenge.Id, "ampère");
        var none = await _grains.TeamAsync(challenge.Id, "Bliksem");
        var resolved = await _grains.TeamAsync(challenge.Id, "Circuit");
        await _grains.KitTemplateAsync(challenge);
        await _grains.GetGrain<IKitTemplateGrain>(challenge.Id).IssueToAllAsync();
        foreach (var part in new[] { "MOT-12V", "RLY-5", "WAGO-221" })
        {
            await _grains.CheckInAsync(many, part, "damaged");
        }

        await _grains.CheckInAsync(some, "MOT-12V", "missing");
        await _grains.CheckInAsync(some, "RLY-5", "missing");
        var open = await _grains.ReplacementAsync(some, "RLY-5");
        await _grains.CheckInAsync(one, "WAGO-221", "damaged", 5);
        await _grains.CheckInAsync(none, "MOT-12V", "received");
        await _grains.CheckInAsync(resolved, "MOT-12V", "missing");
        var done = await _grains.ReplacementAsync(resolved, "MOT-12V");
        await _grains.GetGrain<IKitGrain>(resolved.Id).MarkDeliveredAsync(challenge.Id, done.Id);

        var issues = await _grains.GetGrain<IKitTemplateGrain>(challenge.Id).ListOpenIssuesAsync();

        Assert.Equal(["Ährends Bouwers", "ampère", "Zonnekracht"], issues.Select(t => t.TeamName));
        Assert.Equal([some.Id, one.Id, many.Id], issues.Select(t => t.TeamId));
        Assert.Equal(["MOT-12V", "RLY-5"], issues[0].Items.Select(i => i.PartNumber));
        Assert.Equal([open], issues[0].OpenReplacements);
        Assert.Equal((5, "Sint-Jozefsinstituut"), (issues[1].Items.Single().AffectedQuantity, issues[1].School));
        Assert.Equal(3, issues[2].Items.Length);
    }

    private async Task<TeamDetails> TeamWithKitAsync()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.KitTemplateAsync(challenge);
        await _grains.IssuedKitAsync(team);
        return team;
    }
}
