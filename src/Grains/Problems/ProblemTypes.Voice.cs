namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals about the pupils' check-in.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType CheckInOff = new("check-in-off", 409,
        new("De check-in staat uit", "The check-in is switched off", "Le check-in est désactivé"));

    public static readonly ProblemType CheckInAnswered = new("check-in-answered", 409,
        new("Deze check-in is al ingevuld", "This check-in was already answered", "Ce check-in a déjà été rempli"));

    public static readonly ProblemType CheckInNotDue = new("check-in-not-due", 409,
        new("Deze check-in is nu niet aan de beurt", "This check-in is not due now", "Ce check-in n’est pas prévu maintenant"));
}
