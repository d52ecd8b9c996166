using ChallengeHub.Grains.Challenges;

namespace ChallengeHub.Grains.Tests.Challenges;

public sealed class ScheduleTests(ClusterFixture fixture)
{
    private static readonly DateOnly Start = new(2027, 2, 1);
    private static readonly DateOnly End = new(2027, 5, 28);

    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AScheduleWithAnEventDayAndPhasesIsStoredWithPhasesInDateOrder()
    {
        var challenge = await _grains.ChallengeAsync();

        var updated = await _grains.GetGrain<IChallengeGrain>(challenge.Id).SetScheduleAsync(new(Start, End, End,
        [
            new("Bouwen en testen", new(2027, 3, 15), new(2027, 5, 20)),
            new("Ontwerpen", Start, new(2027, 3, 14)),
        ]));

        var schedule = updated.Schedule!;
        Assert.Equal((Start, End, (DateOnly?)End), (schedule.Start, schedule.End, schedule.EventDay));
        Assert.Equal(["Ontwerpen", "Bouwen en testen"], schedule.Phases.Select(p => p.Name));
        Assert.Equivalent(updated, await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetAsync(), strict: true);
    }

    public static TheoryData<ScheduleRequest, string> InvalidSchedules => new()
    {
        { new ScheduleRequest(null, End, null, null), "start" },
        { new ScheduleRequest(End, Start, null, null), "end" },
        { new ScheduleRequest(Start, End, End.AddDays(1), null), "eventDay" },
        { new ScheduleRequest(Start, End, null, [new("Voor de start", Start.AddDays(-3), Start)]), "phases[0]" },
        { new ScheduleRequest(Start, End, null, [new(" ", Start, End)]), "phases[0].name" },
    };

    [Theory]
    [MemberData(nameof(InvalidSchedules))]
    public async Task AnImpossibleScheduleIsRefusedAndStoresNothing(ScheduleRequest request, string field)
    {
        var challenge = await _grains.ChallengeAsync();

        var refusal = await Refusal.ExpectAsync(DomainErrorKind.Invalid, () => _grains.GetGrain<IChallengeGrain>(challenge.Id).SetScheduleAsync(request));

        Assert.Contains(field, refusal.Errors.Keys);
        Assert.Null((await _grains.GetGrain<IChallengeGrain>(challenge.Id).GetAsync())!.Schedule);
    }
}
