using System.Collections.Frozen;
using System.Reflection;

namespace ChallengeHub.Grains.Problems;

/// <summary>
/// The one catalogue of every refusal the Silo sends. A <see cref="DomainException"/> can only be made from an entry here,
/// and the Silo documents each entry at <c>/problems/{code}</c>, so nothing can be sent that is not documented.
/// The entries are spread over partial files by concept; <see cref="All"/> gathers them.
/// </summary>
public static partial class ProblemTypes
{
    /// <summary>The path below which the Silo documents each problem type.</summary>
    public const string BasePath = "/problems";

    public static readonly ProblemType InvalidFields = new("invalid-fields", 400,
        new("Enkele velden verdienen nog een blik", "Some fields need another look", "Quelques champs méritent un second regard"));

    public static readonly ProblemType NotRecognised = new("not-recognised", 401,
        new("Niet herkend", "Not recognised", "Non reconnu"));

    public static readonly ProblemType TooManyAttempts = new("too-many-attempts", 429,
        new("Te veel pogingen", "Too many attempts", "Trop de tentatives"));

    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 422,
        new("Idempotency-Key al gebruikt", "Idempotency-Key already used", "Idempotency-Key déjà utilisée"));

    public static readonly ProblemType ChallengeStage = new("challenge-stage", 409,
        new("Niet mogelijk in deze fase van de challenge", "Not possible at this stage of the challenge", "Pas possible à ce stade du challenge"));

    public static readonly ProblemType ChallengeNotRunning = new("challenge-not-running", 409,
        new("De challenge loopt niet", "Challenge is not running", "Le challenge n’est pas en cours"));

    public static readonly ProblemType NotPossibleNow = new("not-possible-now", 409,
        new("Nu niet mogelijk", "Not possible now", "Pas possible pour le moment"));

    public static readonly ProblemType StepNotPossible = new("step-not-possible", 409,
        new("Deze stap is nu niet mogelijk", "This step is not possible now", "Cette étape n’est pas possible pour le moment"));

    /// <summary>Every entry of the catalogue, in the order of their codes.</summary>
    public static IReadOnlyList<ProblemType> All => Index.All;

    /// <summary>The entry with <paramref name="code"/>, or null.</summary>
    public static ProblemType? Find(string code) => Index.ByCode.GetValueOrDefault(code);

    /// <summary>
    /// Gathered apart from the entries: the order in which the partial files' fields are set is not defined, and this
    /// class is first used only after all of them are.
    /// </summary>
    private static class Index
    {
        public static readonly IReadOnlyList<ProblemType> All = [.. typeof(ProblemTypes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ProblemType))
            .Select(f => (ProblemType)f.GetValue(null)!)
            .OrderBy(p => p.Code, StringComparer.Ordinal)];

        public static readonly FrozenDictionary<string, ProblemType> ByCode = All.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
    }
}
