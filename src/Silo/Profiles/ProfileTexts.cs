using System.Globalization;
using ChallengeHub.Grains;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// The printed profile's fixed words in Dutch, French and English, and the learner record's name and description; Dutch for
/// any other language.
/// </summary>
public sealed record ProfileTexts(
    string Language, string Heading, string Intro, string Challenge, string Level, string Shown, string NextStep, string Recognitions,
    string NoBadges, string DateFormat, string RecordName, string RecordDescription)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string In(LocalizedText text) => Language switch
    {
        "fr" => text.Fr ?? text.Nl,
        "en" => text.En,
        _ => text.Nl,
    };

    public static ProfileTexts For(string language) => language switch
    {
        "fr" => new("fr", "Ce que je sais faire", "Ce que des jurés ont vu que j’ai montré, par compétence.", "{0} : équipe {1} ({2})",
            "Niveau {0} sur 4 : {1}", "Ce que j’ai montré", "Une prochaine étape", "Reconnaissances de mon équipe",
            "Pas encore de badge.", "d MMMM yyyy", "Ce que je sais faire : mon dossier d’apprentissage ChallengeHub",
            "Les badges que des jurés m’ont décernés dans des challenges ChallengeHub, chacun tel que ChallengeHub l’a délivré et signé, avec les compétences qu’ils montrent."),
        "en" => new("en", "What I can do", "What jurors saw me show, by competence.", "{0}: team {1} ({2})",
            "Level {0} of 4: {1}", "What I showed", "A next step", "My team’s recognitions",
            "No badge yet.", "d MMMM yyyy", "What I can do: my learner record from ChallengeHub",
            "The badges jurors awarded me in ChallengeHub challenges, each exactly as ChallengeHub issued and signed it, with the competences they show."),
        _ => new("nl", "Wat ik kan", "Wat jurylids zagen dat ik liet zien, per competentie.", "{0}: team {1} ({2})",
            "Niveau {0} van 4: {1}", "Wat ik liet zien", "Een volgende stap", "Erkenningen van mijn team",
            "Nog geen badge.", "d MMMM yyyy", "Wat ik kan: mijn leerdossier uit ChallengeHub",
            "De badges die jurylids me gaven in challenges van ChallengeHub, elk precies zoals ChallengeHub ze uitreikte en ondertekende, met de competenties die ze tonen."),
    };
}
