using System.Collections.Immutable;
using ChallengeHub.Grains.Accounts;
using ChallengeHub.Grains.Audit;
using ChallengeHub.Grains.Badges;
using ChallengeHub.Grains.Badges.Attributions;
using ChallengeHub.Grains.Budgets;
using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Evidence;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Grains.Runs;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Teams;
using ChallengeHub.Grains.Walls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace ChallengeHub.Grains.Tests;

/// <summary>
/// Azurite does not enforce Azure's 1 MiB entity limit, so a state that grows too large would only fail in production. Each
/// test fills one grain state to the caps its grain declares, with full-length Dutch text, and checks that what the table
/// storage writes stays under half of that limit, leaving room for caps to grow and for the entity's own properties.
/// </summary>
public sealed class StateSizeGuardTests(ClusterFixture fixture)
{
    /// <summary>Half of Azure Table storage's 1 MiB entity limit.</summary>
    private const int Budget = 512 * 1024;

    /// <summary>What Orleans' table storage writes at most: 15 binary properties of 64 KiB.</summary>
    private const int ProviderLimit = 15 * 64 * 1024;

    private static readonly DateTimeOffset At = new(2026, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));

    // Text with accented characters, which take two bytes in UTF-8: the worst case for a Dutch or French story.
    private const string Dutch = "Één proef na de andere: we hebben de zonnecel géïsoleerd, de motor opnieuw gesoldeerd en ça marche! ";

    // Milestones with 800-character stories, 5 competences, 5 orders and 6 photos each, their author and who uploaded each
    // photo. A log seals a page once its open tail holds one, so the tail holds less than two pages.
    [Fact]
    public void AFullMilestonePageFits() =>
        AssertFits(new MilestonePage { Milestones = FullMilestones(MilestoneLogGrain.MaxMilestones - MilestoneLogGrain.PageSize + 1, MilestoneLogGrain.PageSize) });

    [Fact]
    public void AMilestoneLogWithAFullOpenTailFits()
    {
        var sealedPages = MilestoneLogGrain.MaxMilestones / MilestoneLogGrain.PageSize - 2;
        AssertFits(new MilestoneLogState
        {
            ChallengeId = Guid.NewGuid(),
            WallSyncedThrough = MilestoneLogGrain.MaxMilestones,
            SealedPages = sealedPages,
            Milestones = FullMilestones(sealedPages * MilestoneLogGrain.PageSize + 1, 2 * MilestoneLogGrain.PageSize - 1),
        });
    }

    // A log stored before it had pages, or one whose seals all failed, holds every milestone in its open tail (581,369
    // bytes): over half the entity limit, but within what the storage provider writes.
    [Fact]
    public void AMilestoneLogHoldingEveryMilestoneInItsOpenTailStaysWithinTheProvidersLimit() =>
        AssertFits(new MilestoneLogState
        {
            ChallengeId = Guid.NewGuid(),
            WallSyncedThrough = MilestoneLogGrain.MaxMilestones,
            Milestones = FullMilestones(1, MilestoneLogGrain.MaxMilestones),
        }, ProviderLimit);

    // 500 events with every text at its cap.
    [Fact]
    public void AFullAuditTrailFits()
    {
        var state = new AuditTrailState
        {
            LastNumber = AuditTrailGrain.MaxEvents,
            Events = [.. Enumerable.Range(1, AuditTrailGrain.MaxEvents).Select(n => new AuditRecord(n, At,
                Text(AuditTrailGrain.MaxActionLength), Text(AuditTrailGrain.MaxActorLength), Text(AuditTrailGrain.MaxAddressLength),
                Text(AuditTrailGrain.MaxSubjectLength), Text(AuditTrailGrain.MaxOutcomeLength)))],
        };

        AssertFits(state);
    }

    [Fact]
    public void AFullCompetenceProfileFits()
    {
        var state = new CompetenceProfileState
        {
            ChallengeId = Guid.NewGuid(),
            WallSyncedThrough = CompetenceProfileGrain.MaxBadges,
            Badges = [.. Enumerable.Range(1, CompetenceProfileGrain.MaxBadges).Select(n => new AwardedBadge(n,
                new Badge(Guid.NewGuid(), Guid.NewGuid(), CompetenceId(n), 4, Text(CompetenceProfileGrain.MaxFeedbackLength),
                    Ids(CompetenceProfileGrain.MaxEvidence), At),
                Text(Idempotency.MaxKeyLength)))],
        };

        AssertFits(state);
    }

    // 374,994 bytes in binary without members and authors, with 20 competences a milestone; 515,999 as it is now, every team
    // full: 12 pupils with nicknames, 3 authored milestones of 5 competences, a photo and every competence shown today.
    [Fact]
    public void AWallWithEveryTeamOfAFullChallengeFits()
    {
        var competenceIds = CompetenceIds(FrameworkRules.MaxCompetences);
        var state = new WallState
        {
            Title = Text(ChallengeGrain.MaxTitleLength),
            CompetenceIds = competenceIds,
            Sequence = 100_000,
            MilestonesLogged = ChallengeGrain.MaxTeams * MilestoneLogGrain.MaxMilestones,
            BadgesAwarded = ChallengeGrain.MaxTeams * CompetenceProfileGrain.MaxBadges,
            CountedDay = DateOnly.FromDateTime(At.Date),
            Teams = [.. Enumerable.Range(1, ChallengeGrain.MaxTeams).Select(n =>
            {
                var members = Enumerable.Range(1, TeamGrain.MaxMembers).Select(_ => new WallMember(Guid.NewGuid(), Text(TeamGrain.MaxNicknameLength), true)).ToList();
                var recent = Enumerable.Range(1, WallGrain.RecentMilestones).Select(_ => new WallMilestone(Guid.NewGuid(),
                    Text(MilestoneLogGrain.MaxTitleLength), Text(WallGrain.StoryLineLength), [.. competenceIds.Take(MilestoneLogGrain.MaxClaimedCompetences)], At)).ToList();
                return new WallTeamEntry
                {
                    Id = Guid.NewGuid(),
                    Name = Text(ChallengeGrain.MaxTeamNameLength),
                    School = Text(ChallengeGrain.MaxSchoolLength),
                    Levels = competenceIds.ToDictionary(c => c, _ => 4),
                    Recent = [.. recent],
                    LastMilestoneNumber = MilestoneLogGrain.MaxMilestones,
                    LastBadgeNumber = CompetenceProfileGrain.MaxBadges,
                    Members = members,
                    Authors = recent.ToDictionary(m => m.Id, _ => members[0].PupilId),
                    ShownToday = (1UL << FrameworkRules.MaxCompetences) - 1,
                    Photo = new WallPhoto(Guid.NewGuid(), members[0].PupilId, members[1].PupilId),
                };
            })],
        };

        AssertFits(state);
    }

    [Fact]
    public void AChallengeWithAFullFrameworkScheduleAndRegistryFits()
    {
        var challengeId = Guid.NewGuid();
        var teams = Enumerable.Range(1, ChallengeGrain.MaxTeams)
            .Select(n => new TeamDetails(Guid.NewGuid(), challengeId, Text(ChallengeGrain.MaxTeamNameLength), Text(ChallengeGrain.MaxSchoolLength), "ABCDEF"))
            .ToImmutableArray();
        var competences = Enumerable.Range(1, FrameworkRules.MaxCompetences).Select(n => new Competence(CompetenceId(n),
                Localized(FrameworkRules.MaxNameLength),
                [.. Enumerable.Range(1, 4).Select(level => new RubricLevel(level, Localized(FrameworkRules.MaxLevelNameLength), Localized(FrameworkRules.MaxTextLength)))],
                Localized(FrameworkRules.MaxTextLength), Text(FrameworkRules.MaxReferenceLength)))
            .ToImmutableArray();
        var start = new DateOnly(2026, 2, 1);
        var schedule = new Schedule(start, start.AddDays(120), start.AddDays(110),
            [.. Enumerable.Range(0, Schedule.MaxPhases).Select(n => new Phase(Text(Schedule.MaxPhaseNameLength), start.AddDays(n * 10), start.AddDays(n * 10 + 9)))]);
        var closing = new ClosingDecision(At, true, Text(ChallengeGrain.MaxReasonLength), [.. teams.Select(t => new TeamReference(t.Id, t.Name, t.School))]);
        var state = new ChallengeState
        {
            Details = new ChallengeDetails(challengeId, Text(ChallengeGrain.MaxTitleLength), Sector.Electro, ChallengeStatus.Closed, competences, schedule, closing),
            Teams = teams,
        };

        AssertFits(state);
    }

    // 312,009 bytes in binary (595,178 as JSON); the directory spreads over ChallengeDirectoryGrain.Partitions of these.
    [Fact]
    public void AFullChallengeDirectoryPartitionFits()
    {
        var state = new ChallengeDirectoryState
        {
            Challenges = [.. Enumerable.Range(1, ChallengeDirectoryPartitionGrain.MaxChallenges)
                .Select(_ => new ChallengeSummary(Guid.NewGuid(), Text(ChallengeGrain.MaxTitleLength), Sector.Construction, ChallengeStatus.Running))],
        };

        AssertFits(state);
    }

    [Fact]
    public void AFullKitTemplateFits() =>
        AssertFits(new KitTemplateState { Version = 1000, UpdatedAt = At, Items = TemplateItems() });

    [Fact]
    public void AFullKitWithEveryReplacementFits()
    {
        var state = new KitState
        {
            ChallengeId = Guid.NewGuid(),
            IssuedAt = At,
            TemplateVersion = 1000,
            CheckIns = 10_000,
            Items = [.. TemplateItems().Select(i => IssuedKitItem.From(i) with
            {
                Status = KitItemStatus.Damaged,
                AffectedQuantity = i.Quantity,
                Note = Text(KitGrain.MaxNoteLength),
                CheckedInAt = At,
                CheckIn = 10_000,
            })],
            Replacements = [.. Enumerable.Range(1, KitGrain.MaxReplacements).Select(n => new StoredReplacement(
                new KitReplacement(Guid.NewGuid(), Text(KitRules.MaxPartNumberLength), KitRules.MaxQuantity, Text(KitGrain.MaxReasonLength), At, At),
                n, Text(Idempotency.MaxKeyLength)))],
        };

        AssertFits(state);
    }

    // 330,323 bytes in binary at 100 orders (834,795 as JSON at the former 200).
    [Fact]
    public void AFullBudgetWithItsWholeLedgerFits()
    {
        var orders = Enumerable.Range(1, BudgetRules.MaxOrders).Select(_ => new StoredOrder(
                new ShopOrder(Guid.NewGuid(), Guid.NewGuid(), Text(ShopGrain.MaxSkuLength), Text(ShopGrain.MaxNameLength), BudgetRules.MaxQuantity,
                    ShopGrain.MaxUnitPriceCents, ShopGrain.MaxBudgetCents, Text(BudgetRules.MaxNoteLength), Text(AccountGrain.MaxDisplayNameLength), At,
                    OrderStatus.Returned, Text(AccountGrain.MaxDisplayNameLength), At, Text(BudgetRules.MaxReasonLength), Guid.NewGuid(), Guid.NewGuid()),
                Text(Idempotency.MaxKeyLength), ShopGrain.MaxBudgetCents))
            .ToImmutableArray();
        var state = new BudgetState { ChallengeId = Guid.NewGuid(), OwnBudgetCents = ShopGrain.MaxBudgetCents, Orders = orders };

        // An order is ordered, approved and returned at most: three entries each, plus every adjustment of the team's budget.
        foreach (var stored in orders)
        {
            foreach (var kind in new[] { LedgerEntryKind.Ordered, LedgerEntryKind.Approved, LedgerEntryKind.Returned })
            {
                state.Record(At, new BudgetActor(Guid.NewGuid(), Text(AccountGrain.MaxDisplayNameLength)), kind, -ShopGrain.MaxBudgetCents, stored.Order, Text(BudgetRules.MaxReasonLength));
            }
        }

        for (var n = 0; n < BudgetRules.MaxAdjustments; n++)
        {
            state.Record(At, new BudgetActor(Guid.NewGuid(), Text(AccountGrain.MaxDisplayNameLength)), LedgerEntryKind.BudgetAdjusted, ShopGrain.MaxBudgetCents, null,
                Text(BudgetRules.MaxReasonLength), "Budget van het team aangepast naar € 100.000,00");
        }

        AssertFits(state);
    }

    // 313,841 bytes in binary with only the order ids kept (2,682,957 as JSON with a record per order).
    [Fact]
    public void AFullShopWithEveryReservationFits()
    {
        var state = new ShopState
        {
            DefaultBudgetCents = ShopGrain.MaxBudgetCents,
            Items = [.. Enumerable.Range(1, ShopGrain.MaxItems).Select(n => new CatalogueItem(Text(ShopGrain.MaxSkuLength), Text(ShopGrain.MaxNameLength),
                Text(ShopGrain.MaxDescriptionLength), ShopGrain.MaxUnitPriceCents, ShopGrain.MaxStockLimit))],
            Holding = [.. Ids(ShopGrain.MaxReservations)],
        };
        state.TakenBySku = state.Items.ToImmutableDictionary(i => i.Sku, _ => ShopGrain.MaxStockLimit);

        AssertFits(state);
    }

    [Fact]
    public void AFullCourseRunLogFits()
    {
        var state = new CourseRunLogState
        {
            Runs = [.. Enumerable.Range(1, CourseRunLogGrain.MaxRuns).Select(_ => new RecordedCourseRun(
                new CourseRun(Guid.NewGuid(), Guid.NewGuid(), CourseRunLogGrain.MaxDurationMs, true, Text(CourseRunLogGrain.MaxNoteLength), At),
                Text(Idempotency.MaxKeyLength)))],
        };

        AssertFits(state);
    }

    [Fact]
    public void AFullEvidenceRecordFits()
    {
        var state = new EvidenceState
        {
            ChallengeId = Guid.NewGuid(),
            Photos = [.. Enumerable.Range(1, EvidenceGrain.MaxPhotos).Select(_ => new EvidencePhoto(Guid.NewGuid(), Guid.NewGuid(),
                Text(EvidenceGrain.MaxBlobNameLength), Text(EvidenceGrain.MaxContentTypeLength), 2048, 2048, 12 * 1024 * 1024, At, Guid.NewGuid()))],
        };

        AssertFits(state);
    }

    // 200 badges, each attributed to a full team of 12 pupils with their salts, and the 12 recovery codes.
    [Fact]
    public void FullBadgeAttributionsFit()
    {
        var pupils = Ids(BadgeAttributionsGrain.MaxPupilsPerBadge);
        var state = new BadgeAttributionsState
        {
            Codes = [.. pupils.Select(p => new RecoveryCode(p, Text(BadgeAttributionsGrain.RecoveryCodeLength)))],
            Attributions = [.. Enumerable.Range(1, CompetenceProfileGrain.MaxBadges).SelectMany(_ =>
            {
                var badgeId = Guid.NewGuid();
                return pupils.Select(p => new PupilAttribution(badgeId, p, Text(2 * BadgeAttributionsGrain.SaltBytes)));
            })],
        };

        AssertFits(state);
    }

    [Fact]
    public void ATeamFits() =>
        AssertFits(new TeamState { Details = new(Guid.NewGuid(), Guid.NewGuid(), Text(ChallengeGrain.MaxTeamNameLength), Text(ChallengeGrain.MaxSchoolLength), "ABCDEF") });

    [Fact]
    public void TheGuardRefusesAStateOverHalfTheEntityLimit()
    {
        var oversize = new MilestoneLogState
        {
            Milestones = [.. Enumerable.Range(1, 4 * MilestoneLogGrain.MaxMilestones).Select(n => new LoggedMilestone(n,
                new Milestone(Guid.NewGuid(), Guid.NewGuid(), Text(MilestoneLogGrain.MaxTitleLength), Text(MilestoneLogGrain.MaxStoryLength), [], At), null))],
        };

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertFits(oversize));
    }

    /// <summary>
    /// Serializes <paramref name="state"/> the way the silo's table storage does. Orleans 10's AzureTableGrainStorage writes
    /// <c>options.GrainStorageSerializer.Serialize(state)</c> as binary properties of at most 64 KiB each; that serializer is
    /// the one registered for the provider's name (ChallengeHub registers Orleans' binary serializer there, see
    /// <see cref="StateSerialization"/>) or else the silo's default. Taking it from the options of ChallengeHub's storage
    /// measures whatever is configured.
    /// </summary>
    private void AssertFits<T>(T state, int budget = Budget)
    {
        var silo = (InProcessSiloHandle)fixture.Cluster.Silos[0];
        var options = silo.SiloHost.Services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(Constants.StorageName);
        var serializer = options.GrainStorageSerializer;
        var size = serializer.Serialize(state).ToMemory().Length;
        TestContext.Current.TestOutputHelper?.WriteLine($"{typeof(T).Name}: {size:N0} bytes with {serializer.GetType().Name} (limit {budget:N0})");
        Assert.True(size <= budget, $"{typeof(T).Name} serializes to {size:N0} bytes, over its limit ({budget:N0}).");
    }

    private static string Text(int length) => string.Concat(Enumerable.Repeat(Dutch, length / Dutch.Length + 1))[..length];

    private static ImmutableArray<LoggedMilestone> FullMilestones(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(n => new LoggedMilestone(n,
            new Milestone(Guid.NewGuid(), Guid.NewGuid(), Text(MilestoneLogGrain.MaxTitleLength), Text(MilestoneLogGrain.MaxStoryLength),
                CompetenceIds(MilestoneLogGrain.MaxClaimedCompetences), At, Ids(MilestoneLogGrain.MaxLinkedOrders), Ids(MilestoneLogGrain.MaxLinkedPhotos), Guid.NewGuid()),
            Text(Idempotency.MaxKeyLength), [.. Enumerable.Range(0, MilestoneLogGrain.MaxLinkedPhotos).Select(_ => new WallPhoto(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()))]))];

    private static LocalizedText Localized(int length) => new(Text(length), Text(length), Text(length));

    private static string CompetenceId(int n) => $"competentie-{n:D2}-".PadRight(40, 'x');

    private static ImmutableArray<string> CompetenceIds(int count) => [.. Enumerable.Range(1, count).Select(CompetenceId)];

    private static ImmutableArray<Guid> Ids(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];

    private static ImmutableArray<KitTemplateItem> TemplateItems() =>
        [.. Enumerable.Range(1, KitTemplateGrain.MaxItems).Select(n => new KitTemplateItem(Text(KitRules.MaxPartNumberLength),
            Text(KitTemplateGrain.MaxDescriptionLength), KitRules.MaxQuantity, KitTemplateGrain.MaxUnitValueCents))];
}
