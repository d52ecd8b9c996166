using System.Globalization;
using ChallengeHub.Grains;
using ChallengeHub.Grains.Offers;

namespace ChallengeHub.Silo.Reports;

/// <summary>The impact report's fixed words for its exports, in Dutch, French and English; Dutch for any other language.</summary>
public sealed record ImpactTexts(
    string Language, string Part, string Figure, string Detail, string Value, string FewerThanTen,
    string Reach, string Pupils, string Teams, string Schools, string Venues,
    string Competence, string NotYet, string Badge, string Recognition, string Feedback, string With, string Without,
    string Timeline, string Response, string MedianHours, string Offers, string Made, string Answered, string Accepted,
    string Visit, string Internship, string JobShadowDay)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string In(LocalizedText text) => Language switch
    {
        "fr" => text.Fr ?? text.Nl,
        "en" => text.En,
        _ => text.Nl,
    };

    public string KindOf(OfferKind kind) => kind switch
    {
        OfferKind.Visit => Visit,
        OfferKind.Internship => Internship,
        _ => JobShadowDay,
    };

    public static ImpactTexts For(string language) => language switch
    {
        "fr" => new("fr", "Partie", "Chiffre", "Détail", "Valeur", "moins de 10",
            "Portée", "Élèves", "Équipes", "Écoles", "Lieux",
            "Compétence", "pas encore", "Badge", "Reconnaissance", "Feedback (montré et prochaine étape)", "avec", "sans",
            "Compétences montrées par jour", "Réponse du jury", "heures (médiane) entre une étape et la réponse", "Offres", "faites", "répondues", "acceptées",
            "visite d’entreprise", "stage", "journée d’observation"),
        "en" => new("en", "Part", "Figure", "Detail", "Value", "fewer than 10",
            "Reach", "Pupils", "Teams", "Schools", "Venues",
            "Competence", "not yet", "Badge", "Recognition", "Feedback (shown and next step)", "with", "without",
            "Competences shown per day", "Juror response", "hours (median) from a milestone to a response", "Offers", "made", "answered", "accepted",
            "company visit", "internship", "job-shadow day"),
        _ => new("nl", "Onderdeel", "Cijfer", "Detail", "Waarde", "minder dan 10",
            "Bereik", "Leerlingen", "Teams", "Scholen", "Locaties",
            "Competentie", "nog niet", "Badge", "Erkenning", "Feedback (getoond en volgende stap)", "met", "zonder",
            "Competenties getoond per dag", "Reactie van de jury", "uren (mediaan) van een mijlpaal tot een reactie", "Aanbod", "gedaan", "beantwoord", "aanvaard",
            "bedrijfsbezoek", "stage", "meeloopdag"),
    };
}
