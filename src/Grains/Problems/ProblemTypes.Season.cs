namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals of the season: rounds, venues and invitations to a later round.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType RoundNotFound = new("round-not-found", 404,
        new("Ronde niet gevonden", "Round not found", "Manche introuvable"));

    public static readonly ProblemType VenueNotFound = new("venue-not-found", 404,
        new("Locatie niet gevonden", "Venue not found", "Lieu introuvable"));

    public static readonly ProblemType SeasonFull = new("season-full", 409,
        new("Het seizoen heeft al zoveel rondes of locaties als het kan dragen", "The season already has as many rounds or venues as it can hold",
            "La saison compte déjà autant de manches ou de lieux qu’elle peut en porter"));

    public static readonly ProblemType FirstRoundIsForEveryTeam = new("first-round-for-every-team", 409,
        new("De eerste ronde is voor elk team", "The first round is for every team", "La première manche est pour chaque équipe"));

    public static readonly ProblemType TeamNotInvited = new("team-not-invited", 409,
        new("Dit team is nog niet uitgenodigd voor deze ronde", "This team is not invited to this round yet",
            "Cette équipe n’est pas encore invitée à cette manche"));

    public static readonly ProblemType TeamNotAtVenue = new("team-not-at-venue", 409,
        new("Dit team is niet op deze locatie", "This team is not at this venue", "Cette équipe n’est pas dans ce lieu"));

    public static readonly ProblemType TeamsWithoutRecognition = new("teams-without-recognition", 409,
        new("Enkele teams hebben nog geen erkenning", "Some teams have no recognition yet", "Certaines équipes n’ont pas encore de reconnaissance"));

    public static readonly ProblemType RecognitionWording = new("recognition-wording", 422,
        new("Herformuleer dit: zo klinkt een erkenning niet waarderend", "Please rephrase: this does not sound appreciative for a recognition",
            "Reformulez : une reconnaissance ne sonne pas ainsi"));
}
