using System.Globalization;
using ChallengeHub.Grains;

namespace ChallengeHub.Silo.Badges.Certificates;

/// <summary>The certificate's fixed words in Dutch, French and English; Dutch for any other language.</summary>
public sealed record CertificateTexts(
    string Language, string Certificate, string AwardedTo, string TeamShowed, string LevelOf, string WhatTheJurySaw, string Date, string By,
    string VerifyAt, string DateFormat)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string In(LocalizedText text) => Language switch
    {
        "fr" => text.Fr ?? text.Nl,
        "en" => text.En,
        _ => text.Nl,
    };

    public static CertificateTexts For(string language) => language switch
    {
        "fr" => new("fr", "Certificat de compétence", "Pour {0}", "L’équipe {0} ({1}) a montré cette compétence :", "niveau {0} sur 4",
            "Ce que le jury a vu", "Date", "par", "Vérifiez ce badge à tout moment en scannant ce code ou à l’adresse :", "d MMMM yyyy"),
        "en" => new("en", "Certificate of competence", "For {0}", "Team {0} ({1}) showed this competence:", "level {0} of 4",
            "What the jury saw", "Date", "by", "Check this badge at any time by scanning this code or at:", "d MMMM yyyy"),
        _ => new("nl", "Competentiecertificaat", "Voor {0}", "Team {0} ({1}) toonde deze competentie:", "niveau {0} van 4",
            "Wat de jury zag", "Datum", "door", "Controleer deze badge altijd door deze code te scannen of op:", "d MMMM yyyy"),
    };
}
