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
    string Visit, string Internship, string JobShadowDay,
    string Heading, string Intro, string Season, string ComputedAt,
    string Report, string OwnSchoolHeading, string OwnSchoolIntro,
    string Voice, string VoiceAnswers, string AtStart, string AtEnd, string AgreeingAtStart, string AgreeingAtEnd, string ChangePoints)
{
    /// <summary>The report's heading: a coach's own copy says it covers their own school's teams (and names no school).</summary>
    public string HeadingOf(bool ownSchool) => ownSchool ? OwnSchoolHeading : Heading;

    public string IntroOf(bool ownSchool) => ownSchool ? OwnSchoolIntro : Intro;

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
            "visite d’entreprise", "stage", "journée d’observation",
            "Rapport d’impact", "Des nombres sur l’ensemble des équipes, jamais par équipe ni par école. Un groupe de moins de 10 élèves ou de 3 équipes n’est pas montré en chiffres.",
            "Toute la saison", "Chiffres du {0}",
            "Rapport", "Rapport d’impact des équipes de votre école",
            "Des nombres sur l’ensemble des équipes de votre école, jamais par équipe. Un groupe de moins de 10 élèves ou de 3 équipes n’est pas montré en chiffres : avec peu d’équipes, la plupart des chiffres se lisent « moins de 10 », ce qui protège vos élèves.",
            "La voix des élèves (check-in anonyme)", "Réponses", "au début", "à la fin", "% d’accord au début", "% d’accord à la fin", "évolution (points de pourcentage)"),
        "en" => new("en", "Part", "Figure", "Detail", "Value", "fewer than 10",
            "Reach", "Pupils", "Teams", "Schools", "Venues",
            "Competence", "not yet", "Badge", "Recognition", "Feedback (shown and next step)", "with", "without",
            "Competences shown per day", "Juror response", "hours (median) from a milestone to a response", "Offers", "made", "answered", "accepted",
            "company visit", "internship", "job-shadow day",
            "Impact report", "Counts across all teams, never per team or per school. A group of fewer than 10 pupils or 3 teams is not shown as a number.",
            "The whole season", "Figures as of {0}",
            "Report", "Impact report of your own school’s teams",
            "Counts across your school’s teams, never per team. A group of fewer than 10 pupils or 3 teams is not shown as a number: with only a few teams, most figures read “fewer than 10”, which protects your pupils.",
            "Pupils' own voice (anonymous check-in)", "Answers", "at the start", "at the end", "% agreeing at the start", "% agreeing at the end", "change (percentage points)"),
        _ => new("nl", "Onderdeel", "Cijfer", "Detail", "Waarde", "minder dan 10",
            "Bereik", "Leerlingen", "Teams", "Scholen", "Locaties",
            "Competentie", "nog niet", "Badge", "Erkenning", "Feedback (getoond en volgende stap)", "met", "zonder",
            "Competenties getoond per dag", "Reactie van de jury", "uren (mediaan) van een mijlpaal tot een reactie", "Aanbod", "gedaan", "beantwoord", "aanvaard",
            "bedrijfsbezoek", "stage", "meeloopdag",
            "Impactrapport", "Aantallen over alle teams heen, nooit per team of per school. Een groep van minder dan 10 leerlingen of 3 teams tonen we niet als getal.",
            "Het hele seizoen", "Cijfers van {0}",
            "Rapport", "Impactrapport van de teams van je eigen school",
            "Aantallen over de teams van je school heen, nooit per team. Een groep van minder dan 10 leerlingen of 3 teams tonen we niet als getal: met weinig teams lees je dus vooral „minder dan 10”, en dat beschermt je leerlingen.",
            "De stem van de leerlingen (anonieme check-in)", "Antwoorden", "bij de start", "op het einde", "% akkoord bij de start", "% akkoord op het einde", "verschil (procentpunten)"),
    };
}
