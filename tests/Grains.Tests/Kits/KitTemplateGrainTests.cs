using ChallengeHub.Grains.Kits;

namespace ChallengeHub.Grains.Tests.Kits;

public sealed class KitTemplateGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string, KitTemplateItemRequest?[]?, string> InvalidTemplates => new()
    {
        { "no items", [], "items" },
        { "items missing", null, "items" },
        { "too many items", [.. Enumerable.Range(0, KitTemplateGrain.MaxItems + 1).Select(i => new KitTemplateItemRequest($"P{i}", "Onderdeel", 1, null))], "items" },
        { "empty item", [null], "items[0]" },
        { "quantity 0", [new("MOT-12V", "Motor", 0, null)], "items[0].quantity" },
        { "quantity 1001", [new("MOT-12V", "Motor", 1001, null)], "items[0].quantity" },
        { "no quantity", [new("MOT-12V", "Motor", null, null)], "items[0].quantity" },
        { "negative value", [new("MOT-12V", "Motor", 1, -1)], "items[0].unitValueCents" },
        { "value too high", [new("MOT-12V", "Motor", 1, KitTemplateGrain.MaxUnitValueCents + 1)], "items[0].unitValueCents" },
        { "no part number", [new(" ", "Motor", 1, null)], "items[0].partNumber" },
        { "part number too long", [new(new string('P', 41), "Motor", 1, null)], "items[0].partNumber" },
        { "part number with a slash", [new("MOT/12", "Motor", 1, null)], "items[0].partNumber" },
        { "part number with a space", [new("MOT 12", "Motor", 1, null)], "items[0].partNumber" },
        { "duplicate part number", [new("MOT-12V", "Motor", 1, null), new("mot-12v ", "Reservemotor", 1, null)], "items[1].partNumber" },
        { "no description", [new("MOT-12V", "", 1, null)], "items[0].description" },
        { "description too long", [new("MOT-12V", new string('d', KitTemplateGrain.MaxDescriptionLength + 1), 1, null)], "items[0].description" },
    };

    [Fact]
    public async Task TemplateIsEmptyUntilSetAndSettingTheSameItemsAgainKeepsItsVersion()
    {
        var challenge = await _grains.ChallengeAsync();
        var template = _grains.GetGrain<IKitTemplateGrain>(challenge.Id);
        var empty = await template.GetAsync();

        var set = await template.SetAsync(new([new(" MOT-12V ", " Gelijkstroommotor 12 V ", 2, 1450), new("WAGO-221", "Klem", 20, null)]));
        var again = await template.SetAsync(new([new("MOT-12V", "Gelijkstroommotor 12 V", 2, 1450), new("WAGO-221", "Klem", 20, null)]));
        var changed = await template.SetAsync(new([new("MOT-12V", "Gelijkstroommotor 12 V", 3, 1450)]));

        Assert.Equal((0, 0), (empty.Version, empty.Items.Length));
        Assert.Equal([new KitTemplateItem("MOT-12V", "Gelijkstroommotor 12 V", 2, 1450), new KitTemplateItem("WAGO-221", "Klem", 20, null)], set.Items);
        Assert.Equal(1, set.Version);
        Assert.Equivalent(set, again, strict: true);
        Assert.Equal(2, changed.Version);
        Assert.Equivalent(changed, await template.GetAsync(), strict: true);
    }

    [Theory]
    [MemberData(nameof(InvalidTemplates))]
    public async Task InvalidTemplateNamesTheOffendingFieldAndStoresNothing(string reason, KitTemplateItemRequest?[]? items, string field)
    {
        var challenge = await _grains.ChallengeAsync();
        var template = _grains.GetGrain<IKitTemplateGrain>(challenge.Id);

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => template.SetAsync(new(items)));

        Assert.True(refusal.Errors.Keys.SequenceEqual([field]), $"{reason}: {string.Join(", ", refusal.Errors.Keys)}");
        Assert.Equal(0, (await template.GetAsync()).Version);
    }

    [Fact]
    public async Task AnUnknownChallengeHasNoKitTemplate()
    {
        var template = _grains.GetGrain<IKitTemplateGrain>(Guid.NewGuid());

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, template.GetAsync);
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => template.SetAsync(new([new("MOT-12V", "Motor", 1, null)])));
        await Refusal.ExpectAsync(DomainErrorKind.NotFound, template.ListOpenIssuesAsync);
    }

    [Fact]
    public async Task KitsCannotBeIssuedBeforeTheTemplateIsSet()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        var template = _grains.GetGrain<IKitTemplateGrain>(challenge.Id);

        await Refusal.ExpectAsync(DomainErrorKind.Conflict, template.IssueToAllAsync);
        await Refusal.ExpectAsync(DomainErrorKind.Conflict, () => template.IssueToTeamAsync(team.Id));

        Assert.Null((await _grains.KitAsync(team)).IssuedAt);
    }

    [Fact]
    public async Task IssuingToEveryTeamTwiceIssuesEachKitOnce()
    {
        var challenge = await _grains.ChallengeAsync();
        var teams = new[] { await _grains.TeamAsync(challenge.Id, "De Vonk"), await _grains.TeamAsync(challenge.Id, "Volt Vooruit"), await _grains.TeamAsync(challenge.Id, "Ampère") };
        await _grains.KitTemplateAsync(challenge);
        var template = _grains.GetGrain<IKitTemplateGrain>(challenge.Id);

        var first = await template.IssueToAllAsync();
        var kits = await Task.WhenAll(teams.Select(_grains.KitAsync));
        var second = await template.IssueToAllAsync();

        Assert.Equal(new IssueKitsResult(3, 0, 0), first);
        Assert.Equal(new IssueKitsResult(0, 0, 3), second);
        Assert.All(kits, kit => Assert.Equal(["MOT-12V", "RLY-5", "WAGO-221"], kit.Items.Select(i => i.PartNumber)));
        Assert.All(kits, kit => Assert.All(kit.Items, i => Assert.Equal(KitItemStatus.NotCheckedIn, i.Status)));
        Assert.Equivalent(kits, await Task.WhenAll(teams.Select(_grains.KitAsync)), strict: true);
    }

    [Fact]
    public async Task ReissuingAChangedTemplateKeepsEveryCheckIn()
    {
        var challenge = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(challenge.Id);
        await _grains.KitTemplateAsync(challenge);
        await _grains.IssuedKitAsync(team);
        await _grains.CheckInAsync(team, "MOT-12V", "missing", 1, "Eén motor ontbreekt.");
        await _grains.CheckInAsync(team, "RLY-5", "damaged", 4);
        var replacement = await _grains.ReplacementAsync(team, "RLY-5", 4, "Pootjes afgebroken.");

        await _grains.KitTemplateAsync(challenge, new("MOT-12V", "Motor 12 V", 3, 1500), new("RLY-5", "Relais 5 V", 2, 320), new("LED-R", "Rode led", 10, 5));
        var kit = await _grains.IssuedKitAsync(team);
        var again = await _grains.IssuedKitAsync(team);

        Assert.Equal(["MOT-12V", "RLY-5", "LED-R"], kit.Items.Select(i => i.PartNumber));
        var motor = kit.Items[0];
        Assert.Equal(("Motor 12 V", 3, KitItemStatus.Missing, 1, "Eén motor ontbreekt.", true), (motor.Description, motor.Quantity, motor.Status, motor.AffectedQuantity, motor.Note, motor.OpenIssue));
        Assert.Equal((KitItemStatus.Damaged, 2), (kit.Items[1].Status, kit.Items[1].AffectedQuantity));
        Assert.Equal(KitItemStatus.NotCheckedIn, kit.Items[2].Status);
        Assert.Equal([replacement], kit.Replacements);
        Assert.Equivalent(kit, again, strict: true);
    }

    [Fact]
    public async Task AnItemDroppedFromTheTemplateStaysOnlyWhereItWasCheckedIn()
    {
        var challenge = await _grains.ChallengeAsync();
        var checkedIn = await _grains.TeamAsync(challenge.Id, "De Vonk");
        var untouched = await _grains.TeamAsync(challenge.Id, "Volt Vooruit");
        await _grains.KitTemplateAsync(challenge);
        await _grains.GetGrain<IKitTemplateGrain>(challenge.Id).IssueToAllAsync();
        await _grains.CheckInAsync(checkedIn, "WAGO-221", "missing");

        await _grains.KitTemplateAsync(challenge, new KitTemplateItemRequest("MOT-12V", "Gelijkstroommotor 12 V", 2, 1450));
        var result = await _grains.GetGrain<IKitTemplateGrain>(challenge.Id).IssueToAllAsync();

        Assert.Equal(new IssueKitsResult(0, 2, 0), result);
        Assert.Equal(["MOT-12V", "WAGO-221"], (await _grains.KitAsync(checkedIn)).Items.Select(i => i.PartNumber));
        Assert.Equal(["MOT-12V"], (await _grains.KitAsync(untouched)).Items.Select(i => i.PartNumber));
    }

    [Fact]
    public async Task AKitCannotBeIssuedToATeamOfAnotherChallenge()
    {
        var home = await _grains.ChallengeAsync();
        var other = await _grains.ChallengeAsync();
        var team = await _grains.TeamAsync(home.Id);
        await _grains.KitTemplateAsync(other);

        await Refusal.ExpectAsync(DomainErrorKind.NotFound, () => _grains.GetGrain<IKitTemplateGrain>(other.Id).IssueToTeamAsync(team.Id));

        Assert.Null((await _grains.KitAsync(team)).IssuedAt);
    }
}
