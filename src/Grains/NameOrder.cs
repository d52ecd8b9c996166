using System.Globalization;

namespace ChallengeHub.Grains;

/// <summary>
/// The one order in which ChallengeHub lists teams and challenges: by name, as a Flemish reader expects
/// (nl-BE collation, case-insensitive). Never by merit.
/// </summary>
public static class NameOrder
{
    public static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), CompareOptions.IgnoreCase);
}
