namespace ChallengeHub.Grains.Problems;

/// <summary>
/// Refusals of a roster import. <see cref="RosterRowsInvalid"/> answers the whole import; its <c>errors</c> name each bad
/// line by number with one of the row codes below, so that the coach page can say per line what to fix.
/// </summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType RosterRowsInvalid = new("roster-rows-invalid", 422,
        new("Enkele regels van de lijst kunnen nog niet ingelezen worden", "Some lines of the list cannot be read in yet",
            "Certaines lignes de la liste ne peuvent pas encore être lues"));

    public static readonly ProblemType RosterEmpty = new("roster-empty", 422,
        new("De lijst bevat geen enkel team", "The list holds no team", "La liste ne contient aucune équipe"));

    public static readonly ProblemType RosterNameMissing = new("roster-name-missing", 422,
        new("Deze regel heeft geen teamnaam", "This line has no team name", "Cette ligne n’a pas de nom d’équipe"));

    public static readonly ProblemType RosterSchoolMissing = new("roster-school-missing", 422,
        new("Deze regel heeft geen school, en het formulier ook niet", "This line has no school, and neither has the form",
            "Cette ligne n’a pas d’école, et le formulaire non plus"));

    public static readonly ProblemType RosterTooLong = new("roster-too-long", 422,
        new("De teamnaam (80 tekens) of de school (120 tekens) is te lang", "The team name (80 characters) or the school (120 characters) is too long",
            "Le nom d’équipe (80 caractères) ou l’école (120 caractères) est trop long"));

    public static readonly ProblemType RosterNameTwice = new("roster-name-twice", 422,
        new("Deze teamnaam staat al op een eerdere regel", "This team name is already on an earlier line",
            "Ce nom d’équipe figure déjà sur une ligne précédente"));

    public static readonly ProblemType RosterTooManyColumns = new("roster-too-many-columns", 422,
        new("Deze regel heeft meer dan twee kolommen (teamnaam en school)", "This line has more than two columns (team name and school)",
            "Cette ligne a plus de deux colonnes (nom d’équipe et école)"));

    public static readonly ProblemType RosterQuoteOpen = new("roster-quote-open", 422,
        new("Een aanhalingsteken op deze regel wordt nergens gesloten", "A quotation mark on this line is never closed",
            "Un guillemet de cette ligne n’est jamais fermé"));
}
