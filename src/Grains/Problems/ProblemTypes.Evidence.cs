namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals about milestones, photos, runs, badges and offers.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType UnknownCompetence = new("unknown-competence", 422,
        new("Onbekende competentie", "Unknown competence", "Compétence inconnue"));

    public static readonly ProblemType UnknownMilestone = new("unknown-milestone", 422,
        new("Onbekende mijlpaal", "Unknown milestone", "Étape inconnue"));

    public static readonly ProblemType UnknownOrder = new("unknown-order", 422,
        new("Onbekende bestelling", "Unknown order", "Commande inconnue"));

    public static readonly ProblemType UnknownPhoto = new("unknown-photo", 422,
        new("Onbekende foto", "Unknown photo", "Photo inconnue"));

    public static readonly ProblemType MilestoneLogFull = new("milestone-log-full", 409,
        new("Het logboek met mijlpalen is vol", "Milestone log is full", "Le journal des étapes est plein"));

    public static readonly ProblemType NoRoomForPhotos = new("no-room-for-photos", 409,
        new("Geen plaats voor meer foto’s", "No room for more photos", "Plus de place pour d’autres photos"));

    public static readonly ProblemType NoCourse = new("no-course", 422,
        new("Deze challenge heeft geen parcours", "This challenge has no course", "Ce challenge n’a pas de parcours"));

    public static readonly ProblemType RunLogFull = new("run-log-full", 409,
        new("Het logboek met ritten is vol", "Run log is full", "Le journal des parcours est plein"));

    public static readonly ProblemType LanguageWarning = new("language-warning", 422,
        new("Feedback kan als stigmatiserend gelezen worden", "Feedback could be read as stigmatising", "Le retour pourrait être lu comme stigmatisant"));

    public static readonly ProblemType PrerequisiteMissing = new("prerequisite-missing", 422,
        new("Eerst de veiligheidscompetentie", "Safety competence first", "D’abord la compétence sécurité"));

    public static readonly ProblemType ProfileFull = new("profile-full", 409,
        new("Het competentieprofiel is vol", "Competence profile is full", "Le profil de compétences est plein"));

    public static readonly ProblemType BadgeRevoked = new("badge-revoked", 409,
        new("Badge ingetrokken", "Badge revoked", "Badge retiré"));

    public static readonly ProblemType BadgeAlreadyRevoked = new("badge-already-revoked", 409,
        new("Badge al ingetrokken", "Badge already revoked", "Badge déjà retiré"));

    public static readonly ProblemType NoRoomForOffers = new("no-room-for-offers", 409,
        new("Geen plaats voor meer aanbiedingen", "No room for more offers", "Plus de place pour d’autres offres"));

    public static readonly ProblemType OfferAnswered = new("offer-answered", 409,
        new("Aanbod al beantwoord", "Offer already answered", "Offre déjà répondue"));
}
