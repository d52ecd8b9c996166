using ChallengeHub.Grains.Challenges;
using ChallengeHub.Grains.Kits;
using ChallengeHub.Grains.Shop;
using ChallengeHub.Grains.Walls;

namespace ChallengeHub.Silo.Challenges;

/// <summary>
/// What a challenge created from its sector's template starts with besides the framework, so that an organiser edits rather
/// than begins from nothing: a schedule from today to an event day ten weeks on, a team budget, and for electro a starter
/// shop catalogue and kit. Each part goes through the same grain call (and checks) as the organiser's own edit.
/// </summary>
public static class ChallengeStarter
{
    public const long DefaultBudgetCents = 150_00;
    public const int WeeksToEventDay = 10;

    private static readonly CatalogueItemRequest[] ElectroCatalogue =
    [
        new("DRAAD-RD", "Montagedraad rood, 10 m", "Soepele draad 0,5 mm² voor de bedrading.", 3_50, null),
        new("DRAAD-ZW", "Montagedraad zwart, 10 m", "Soepele draad 0,5 mm² voor de bedrading.", 3_50, null),
        new("SCHAK-1", "Tuimelschakelaar", "Aan/uit-schakelaar voor 12 V.", 2_20, null),
        new("LED-SET", "Set leds met weerstanden", "Tien leds in vier kleuren, met passende weerstanden.", 4_00, null),
        new("WIEL-65", "Wiel 65 mm", "Wiel met as-opname voor de motor.", 2_80, 40),
        new("ACCU-12", "Oplaadbare accu 12 V", "Accupack met laadkabel.", 24_00, 20),
    ];

    private static readonly KitTemplateItemRequest[] ElectroKit =
    [
        new("MOT-12V", "Gelijkstroommotor 12 V", 2, 14_50),
        new("RLY-5", "Relais 5 V", 2, 3_20),
        new("BAT-HOUDER", "Batterijhouder 8 × AA", 1, 4_50),
        new("PRINT-PROTO", "Experimenteerprint", 2, 2_90),
        new("KLEM-SET", "Set kroonsteentjes", 1, 3_00),
    ];

    public static async Task ApplyAsync(IGrainFactory grains, ChallengeDetails challenge, DateTimeOffset now)
    {
        var today = BrusselsDay.Of(now);
        var eventDay = today.AddDays(7 * WeeksToEventDay);
        await grains.GetGrain<IChallengeGrain>(challenge.Id).SetScheduleAsync(new ScheduleRequest(today, eventDay, eventDay, []));
        var shop = grains.GetGrain<IShopGrain>(challenge.Id);
        await shop.SetDefaultBudgetAsync(new SetDefaultBudgetRequest(DefaultBudgetCents));
        if (challenge.Sector == Sector.Electro)
        {
            await shop.SetCatalogueAsync(new SetCatalogueRequest(ElectroCatalogue));
            await grains.GetGrain<IKitTemplateGrain>(challenge.Id).SetAsync(new SetKitTemplateRequest(ElectroKit));
        }
    }
}
