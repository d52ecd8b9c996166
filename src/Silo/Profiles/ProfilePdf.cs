using ChallengeHub.Silo.Badges.Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ChallengeHub.Silo.Profiles;

/// <summary>
/// The printable profile: the challenges, then per competence each badge with its level, descriptor, where it was shown and the
/// jurors' words, then the team's recognitions. Like the badge certificate it carries no milestone words, and a name only
/// when the pupil typed it for this print (on the page and in the document title, nowhere else).
/// </summary>
public static class ProfilePdf
{
    public static byte[] Render(PupilProfile profile, string? name, ProfileTexts t)
    {
        using var document = new PdfDocument();
        document.Info.Title = name is null ? t.Heading : $"{t.Heading} – {name}";
        var writer = new PdfLines(document);
        writer.Line(t.Heading, writer.Title, writer.Accent, 4);
        if (name is not null)
        {
            writer.Line(name, writer.Heading, after: 8);
        }

        writer.Line(t.Intro, writer.Body, XBrushes.DimGray, 12);
        foreach (var challenge in profile.Challenges)
        {
            writer.Line(string.Format(t.Culture, t.Challenge, challenge.Title, challenge.TeamName, challenge.School), writer.Body, after: 2);
        }

        writer.Space(14);
        if (profile.Competences.IsEmpty)
        {
            writer.Line(t.NoBadges, writer.Body);
        }

        foreach (var competence in profile.Competences)
        {
            writer.Line(t.In(competence.Name), writer.Heading, writer.Accent, 6);
            foreach (var badge in competence.Badges)
            {
                writer.Line(string.Format(t.Culture, t.Level, badge.Level, t.In(badge.LevelName)), writer.Label, after: 2);
                if (badge.Descriptor is { } descriptor)
                {
                    writer.Line(t.In(descriptor), writer.Body, after: 2);
                }

                var where = string.Join(" · ", new[] { TitleOf(profile, badge.ChallengeId), badge.Round, badge.Venue, badge.AwardedAt.ToString(t.DateFormat, t.Culture) }.Where(s => !string.IsNullOrEmpty(s)));
                writer.Line(where, writer.Small, XBrushes.DimGray, 4);
                writer.Line($"{t.Shown}: {badge.Shown}", writer.Body, after: 2);
                if (badge.NextStep is { } next)
                {
                    writer.Line($"{t.NextStep}: {next}", writer.Body, after: 2);
                }

                writer.Space(10);
            }
        }

        if (!profile.Recognitions.IsEmpty)
        {
            writer.Line(t.Recognitions, writer.Heading, writer.Accent, 6);
            foreach (var recognition in profile.Recognitions)
            {
                writer.Line(t.In(recognition.Category), writer.Label, after: 2);
                writer.Line(string.Join(" · ", new[] { TitleOf(profile, recognition.ChallengeId), recognition.Round, recognition.Venue }.Where(s => !string.IsNullOrEmpty(s))), writer.Small, XBrushes.DimGray, 2);
                writer.Line(recognition.Reason, writer.Body, after: 10);
            }
        }

        writer.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string? TitleOf(PupilProfile profile, Guid challengeId) => profile.Challenges.FirstOrDefault(c => c.ChallengeId == challengeId)?.Title;
}
