using System.Globalization;
using System.Text;
using ChallengeHub.Grains.Reports;

namespace ChallengeHub.Silo.Reports;

/// <summary>
/// The impact report as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the accents), fields separated by
/// <c>;</c> (as spreadsheets in Belgium expect), one figure per row, numbers in the language's format, and a suppressed figure
/// as the words "fewer than 10" in that language, never a number.
/// </summary>
public static class ImpactCsv
{
    /// <summary>
    /// The header, then a row that says what the file is (whose report, which challenge, which scope), so that a file
    /// passed on still says that a coach's copy covers their own school's teams; then <see cref="Rows"/>.
    /// </summary>
    public static byte[] Write(ImpactReport report, ImpactTexts texts)
    {
        var rows = Rows(report, texts)
            .Prepend([texts.Report, texts.HeadingOf(report.OwnSchool), report.ChallengeTitle, report.ScopeName ?? texts.Season])
            .Prepend([texts.Part, texts.Figure, texts.Detail, texts.Value]);
        var text = string.Concat(rows.Select(row => string.Join(';', row.Select(Field)) + "\r\n"));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Every figure of the report as part, figure, detail and value in words: the rows of the CSV and the PDF's tables.</summary>
    public static List<string[]> Rows(ImpactReport report, ImpactTexts texts)
    {
        var rows = new List<string[]>
        {
            new[] { texts.Reach, texts.Pupils, string.Empty, Value(report.Reach.Pupils, texts) },
            new[] { texts.Reach, texts.Teams, string.Empty, Value(report.Reach.Teams, texts) },
            new[] { texts.Reach, texts.Schools, string.Empty, Value(report.Reach.Schools, texts) },
            new[] { texts.Reach, texts.Venues, string.Empty, report.Reach.Venues.ToString(texts.Culture) },
        };
        foreach (var competence in report.Competences)
        {
            rows.Add([texts.Competence, texts.In(competence.Name), texts.NotYet, Value(competence.NotYet, texts)]);
            rows.AddRange(competence.Levels.Select(l => new[] { texts.Competence, texts.In(competence.Name), $"{l.Level} {texts.In(l.Name)}", Value(l.Teams, texts) }));
        }

        foreach (var (name, share) in new[] { (texts.Badge, report.WithBadge), (texts.Recognition, report.WithRecognition), (texts.Feedback, report.WithFeedback) })
        {
            rows.Add([name, texts.Teams, texts.With, Value(share.With, texts)]);
            rows.Add([name, texts.Teams, texts.Without, Value(share.Without, texts)]);
        }

        rows.AddRange(report.Timeline.Select(d => new[] { texts.Timeline, d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Empty, Value(d.Competences, texts) }));
        rows.Add([texts.Response, texts.MedianHours, string.Empty, Value(report.MedianHoursToResponse, texts)]);
        foreach (var offer in report.Offers)
        {
            rows.Add([texts.Offers, texts.KindOf(offer.Kind), texts.Made, Value(offer.Made, texts)]);
            rows.Add([texts.Offers, texts.KindOf(offer.Kind), texts.Answered, Value(offer.Answered, texts)]);
            rows.Add([texts.Offers, texts.KindOf(offer.Kind), texts.Accepted, Value(offer.Accepted, texts)]);
        }

        if (report.PupilsVoice is { } voice)
        {
            rows.Add([texts.Voice, texts.VoiceAnswers, texts.AtStart, Value(voice.StartAnswers, texts)]);
            rows.Add([texts.Voice, texts.VoiceAnswers, texts.AtEnd, Value(voice.EndAnswers, texts)]);
            foreach (var question in voice.Questions)
            {
                rows.Add([texts.Voice, texts.In(question.Text), texts.AgreeingAtStart, Value(question.StartAgreeing, texts)]);
                rows.Add([texts.Voice, texts.In(question.Text), texts.AgreeingAtEnd, Value(question.EndAgreeing, texts)]);
                rows.Add([texts.Voice, texts.In(question.Text), texts.ChangePoints, Value(question.ChangePoints, texts)]);
            }
        }

        return rows;
    }

    private static string Value(ImpactFigure figure, ImpactTexts texts) =>
        figure.Value is { } value ? value.ToString("0.#", texts.Culture) : texts.FewerThanTen;

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
