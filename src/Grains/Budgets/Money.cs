using System.Globalization;

namespace ChallengeHub.Grains.Budgets;

internal static class Money
{
    /// <summary>Euro cents as "€12.50" for problem details (English, like every API message).</summary>
    public static string Euro(long cents) => (cents / 100m).ToString("€0.00", CultureInfo.InvariantCulture);
}
