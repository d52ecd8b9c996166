namespace ChallengeHub.Grains.Problems;

/// <summary>Something a request names does not exist (404).</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType ChallengeNotFound = new("challenge-not-found", 404,
        new("Challenge niet gevonden", "Challenge not found", "Challenge introuvable"));

    public static readonly ProblemType TeamNotFound = new("team-not-found", 404,
        new("Team niet gevonden", "Team not found", "Équipe introuvable"));

    public static readonly ProblemType PupilNotFound = new("pupil-not-found", 404,
        new("Leerling niet gevonden", "Pupil not found", "Élève introuvable"));

    public static readonly ProblemType AccountNotFound = new("account-not-found", 404,
        new("Account niet gevonden", "Account not found", "Compte introuvable"));

    public static readonly ProblemType PhotoNotFound = new("photo-not-found", 404,
        new("Foto niet gevonden", "Photo not found", "Photo introuvable"));

    public static readonly ProblemType OrderNotFound = new("order-not-found", 404,
        new("Bestelling niet gevonden", "Order not found", "Commande introuvable"));

    public static readonly ProblemType BadgeNotFound = new("badge-not-found", 404,
        new("Badge niet gevonden", "Badge not found", "Badge introuvable"));

    public static readonly ProblemType OfferNotFound = new("offer-not-found", 404,
        new("Aanbod niet gevonden", "Offer not found", "Offre introuvable"));

    public static readonly ProblemType ReplacementRequestNotFound = new("replacement-request-not-found", 404,
        new("Vervangingsaanvraag niet gevonden", "Replacement request not found", "Demande de remplacement introuvable"));

    public static readonly ProblemType InviteNotFound = new("invite-not-found", 404,
        new("Uitnodiging niet gevonden", "Invite not found", "Invitation introuvable"));

    public static readonly ProblemType KitItemNotFound = new("kit-item-not-found", 404,
        new("Kitonderdeel niet gevonden", "Kit item not found", "Pièce du kit introuvable"));

    public static readonly ProblemType ExternalSignInNotFound = new("external-sign-in-not-found", 404,
        new("Geen externe aanmelding", "No external sign-in", "Pas de connexion externe"));

    public static readonly ProblemType RosterEntryNotFound = new("roster-entry-not-found", 404,
        new("Rosterplaats niet gevonden", "Roster entry not found", "Place de la liste introuvable"));

    public static readonly ProblemType NoLongerWaiting = new("no-longer-waiting", 404,
        new("Wacht niet meer", "No longer waiting", "N’attend plus"));
}
