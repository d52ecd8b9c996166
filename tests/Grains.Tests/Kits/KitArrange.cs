using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Teams;

namespace ChallengeHub.Grains.Tests.Kits;

/// <summary>Puts a kit template, kits and check-ins in place for a fresh challenge.</summary>
public static class KitArrange
{
    public static readonly KitTemplateItemRequest[] ElectroKit =
    [
        new("MOT-12V", "Gelijkstroommotor 12 V", 2, 1450),
        new("RLY-5", "Relais 5 V", 4, 320),
        new("WAGO-221", "Verbindingsklem 3-voudig", 20, null),
    ];

    public static Task<KitTemplate> KitTemplateAsync(this IGrainFactory grains, ChallengeDetails challenge, params KitTemplateItemRequest[] items) =>
        grains.GetGrain<IKitTemplateGrain>(challenge.Id).SetAsync(new(items.Length > 0 ? items : ElectroKit));

    public static Task<Kit> IssuedKitAsync(this IGrainFactory grains, TeamDetails team) =>
        grains.GetGrain<IKitTemplateGrain>(team.ChallengeId).IssueToTeamAsync(team.Id);

    public static Task<KitItem> CheckInAsync(this IGrainFactory grains, TeamDetails team, string partNumber, string status, int? quantity = null, string? note = null) =>
        grains.GetGrain<IKitGrain>(team.Id).CheckInAsync(team.ChallengeId, partNumber, new(status, quantity, note));

    public static Task<KitReplacement> ReplacementAsync(this IGrainFactory grains, TeamDetails team, string partNumber, int quantity = 1,
        string reason = "Niet in de doos gevonden.", string? idempotencyKey = null) =>
        grains.GetGrain<IKitGrain>(team.Id).RequestReplacementAsync(team.ChallengeId, new(partNumber, quantity, reason), idempotencyKey);

    public static Task<Kit> KitAsync(this IGrainFactory grains, TeamDetails team) =>
        grains.GetGrain<IKitGrain>(team.Id).GetAsync(team.ChallengeId);
}
