namespace ChallengeHub.Grains.Challenges;

[Alias("Sector")]
public enum Sector
{
    /// <summary>Modelled on the Elektro Challenge: a materials kit, a shop budget, an own design that runs a course.</summary>
    Electro,

    /// <summary>Modelled on the Bouwschoolaward: an own construction project.</summary>
    Construction,
}
