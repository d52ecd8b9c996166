using System.Globalization;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>The fixed words of a badge's verification page in Dutch, French and English; Dutch for any other language.</summary>
internal sealed record VerificationTexts(
    string Language, string Valid, string RevokedOn, string BadgeOf, string LevelOf, string Team, string Awarded, string By, string Evidence,
    string WhatWasChecked, string Signature, string SignatureDetail, string SignatureFailed, string Issuer, string IssuerDetail, string Status, string StatusStanding,
    string StatusRevoked, string Dates, string DatesDetail, string CheckYourself, string CheckYourselfHow, string Credential)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    /// <summary>What ChallengeHub checked before showing this page, one line per check.</summary>
    public IEnumerable<(string Check, string Detail)> Checks(bool signatureHolds, DateTimeOffset validFrom, DateTimeOffset? revokedAt) =>
    [
        (Signature, signatureHolds ? SignatureDetail : SignatureFailed),
        (Issuer, IssuerDetail),
        (Status, revokedAt is { } at ? string.Format(Culture, StatusRevoked, at) : StatusStanding),
        (Dates, string.Format(Culture, DatesDetail, validFrom)),
    ];

    public static VerificationTexts For(string language) => language switch
    {
        "fr" => French,
        "en" => English,
        _ => Dutch,
    };

    private static readonly VerificationTexts Dutch = new("nl",
        "Geldig: uitgereikt via ChallengeHub en digitaal ondertekend.", "Ingetrokken op {0:dd-MM-yyyy}", "badge van {0}", "niveau {0} van 4",
        "Team", "Uitgereikt", "door", "Bewijs", "Wat we nagingen",
        "Handtekening", "Klopt met de gepubliceerde sleutel: het credential is sinds de uitreiking ongewijzigd.",
        "Klopt niet met een gepubliceerde sleutel: vertrouw dit credential niet.",
        "Uitgever", "De challenge die het uitreikte, met haar publieke profiel op ChallengeHub.",
        "Status", "Niet ingetrokken volgens de statuslijst van de challenge.", "Ingetrokken volgens de statuslijst van de challenge, op {0:dd-MM-yyyy}.",
        "Data", "Geldig vanaf {0:dd-MM-yyyy}, zonder einddatum.",
        "Zelf nagaan", "Download het credential en laat het controleren door een verificatietool die ChallengeHub niet beheert:",
        "Open Badges 3.0-credential (ondertekend)");

    private static readonly VerificationTexts French = new("fr",
        "Valide : délivré via ChallengeHub et signé numériquement.", "Retiré le {0:dd-MM-yyyy}", "badge de {0}", "niveau {0} sur 4",
        "Équipe", "Délivré", "par", "Preuves", "Ce que nous avons vérifié",
        "Signature", "Conforme à la clé publiée : le credential n’a pas changé depuis sa délivrance.",
        "Non conforme à une clé publiée : ne vous fiez pas à ce credential.",
        "Émetteur", "Le challenge qui l’a délivré, avec son profil public sur ChallengeHub.",
        "Statut", "Non retiré selon la liste de statut du challenge.", "Retiré selon la liste de statut du challenge, le {0:dd-MM-yyyy}.",
        "Dates", "Valide à partir du {0:dd-MM-yyyy}, sans date de fin.",
        "Vérifier vous-même", "Téléchargez le credential et faites-le vérifier par un outil que ChallengeHub ne gère pas :",
        "Credential Open Badges 3.0 (signé)");

    private static readonly VerificationTexts English = new("en",
        "Valid: issued through ChallengeHub and digitally signed.", "Revoked on {0:yyyy-MM-dd}", "badge of {0}", "level {0} of 4",
        "Team", "Awarded", "by", "Evidence", "What we checked",
        "Signature", "Matches the published key: the credential has not changed since it was awarded.",
        "Does not match a published key: do not trust this credential.",
        "Issuer", "The challenge that awarded it, with its public profile on ChallengeHub.",
        "Status", "Not revoked, according to the challenge's status list.", "Revoked according to the challenge's status list, on {0:yyyy-MM-dd}.",
        "Dates", "Valid from {0:yyyy-MM-dd}, with no end date.",
        "Check it yourself", "Download the credential and have it checked by a verifier ChallengeHub does not run:",
        "Open Badges 3.0 credential (signed)");
}
