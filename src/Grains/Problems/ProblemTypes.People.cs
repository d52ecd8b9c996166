namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals about accounts, invites, teams and their pupils.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType AccountExists = new("account-exists", 409,
        new("Account bestaat al", "Account already exists", "Le compte existe déjà"));

    public static readonly ProblemType NameInUse = new("name-in-use", 409,
        new("Naam al in gebruik", "Name already in use", "Nom déjà utilisé"));

    public static readonly ProblemType AlreadySetUp = new("already-set-up", 409,
        new("Al ingesteld", "Already set up", "Déjà configuré"));

    public static readonly ProblemType TooManyChallenges = new("too-many-challenges", 409,
        new("Geen plaats voor meer challenges", "Too many challenges", "Plus de place pour d’autres challenges"));

    public static readonly ProblemType TooManySigningKeys = new("too-many-signing-keys", 409,
        new("Geen plaats voor meer ondertekeningssleutels", "Too many signing keys", "Plus de place pour d’autres clés de signature"));

    public static readonly ProblemType StatusListFull = new("status-list-full", 409,
        new("Geen plaats meer in de statuslijst van deze challenge", "The status list of this challenge is full", "La liste de statut de ce challenge est complète"));

    public static readonly ProblemType CertificateUnavailable = new("certificate-unavailable", 503,
        new("Certificaat nu niet beschikbaar", "Certificate not available now", "Certificat indisponible pour le moment"));

    /// <summary>A recovery code that leads to no pupil: mistyped, or its pupil's data was erased.</summary>
    public static readonly ProblemType RecoveryCodeUnknown = new("recovery-code-unknown", 422,
        new("Herstelcode niet herkend", "Recovery code not recognised", "Code de récupération non reconnu"));

    /// <summary>A learner record asked for by a pupil with no badge in their name yet: a CLR bundles at least one credential.</summary>
    public static readonly ProblemType LearnerRecordEmpty = new("learner-record-empty", 422,
        new("Nog geen badge voor een leerdossier", "No badge for a learner record yet", "Pas encore de badge pour un dossier d’apprentissage"));

    public static readonly ProblemType InviteCodeUsed = new("invite-code-used", 409,
        new("Uitnodigingscode al gebruikt", "Invite code already used", "Code d’invitation déjà utilisé"));

    public static readonly ProblemType TooManyInvites = new("too-many-invites", 409,
        new("Geen plaats voor meer uitnodigingen", "Too many invites", "Plus de place pour d’autres invitations"));

    public static readonly ProblemType TeamRegistered = new("team-registered", 409,
        new("Team al ingeschreven", "Team already registered", "Équipe déjà inscrite"));

    /// <summary>A join code that belongs to no team; apart from <see cref="NotRecognised"/> so that the join form can point at the code.</summary>
    public static readonly ProblemType JoinCodeNotRecognised = new("join-code-not-recognised", 401,
        new("Koppelcode niet herkend", "Join code not recognised", "Code d’équipe non reconnu"));

    /// <summary>A setup code other than the one the Silo printed last; apart from <see cref="NotRecognised"/> so that the form can point at the code.</summary>
    public static readonly ProblemType SetupCodeNotRecognised = new("setup-code-not-recognised", 401,
        new("Opstartcode niet herkend", "Setup code not recognised", "Code de démarrage non reconnu"));

    public static readonly ProblemType NicknameLookAlike = new("nickname-look-alike", 409,
        new("Bijnaam lijkt op die van een teamgenoot", "Nickname looks like a teammate’s", "Le pseudo ressemble à celui d’un coéquipier"));

    public static readonly ProblemType TeamComplete = new("team-complete", 409,
        new("Het team is volledig", "Team is complete", "L’équipe est complète"));

    public static readonly ProblemType TeamNameTaken = new("team-name-taken", 409,
        new("Teamnaam al gekozen", "Team name already taken", "Nom d’équipe déjà pris"));

    public static readonly ProblemType ChallengeExists = new("challenge-exists", 409,
        new("Challenge bestaat al", "Challenge already exists", "Le challenge existe déjà"));

    public static readonly ProblemType ChallengeFull = new("challenge-full", 409,
        new("Geen plaats meer in de challenge", "Challenge is full", "Le challenge est complet"));

    public static readonly ProblemType TeamsWithoutBadge = new("teams-without-badge", 409,
        new("Enkele teams hebben nog geen badge", "Some teams have no badge yet", "Certaines équipes n’ont pas encore de badge"));

    public static readonly ProblemType CompetencesInUse = new("competences-in-use", 409,
        new("Competenties zijn in gebruik", "Competences are in use", "Les compétences sont utilisées"));

    public static readonly ProblemType NotPupilOfTeam = new("not-pupil-of-team", 422,
        new("Geen leerling van dit team", "Not a pupil of this team", "Pas un élève de cette équipe"));
}
