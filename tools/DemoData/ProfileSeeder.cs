using System.Text.Json;

namespace ChallengeHub.DemoData;

/// <summary>
/// A demo pupil with badges in two challenges: the coach puts every standing badge of the first team of each challenge in the
/// name of its first pupil, who then reads their recovery code on their own page, as a pupil writes it down to keep.
/// </summary>
internal sealed class ProfileSeeder(Uri baseAddress, ApiSession coach)
{
    public async Task<DemoProfile> SeedAsync(IReadOnlyList<DemoChallenge> challenges, CancellationToken cancellationToken)
    {
        var parts = new List<DemoProfilePart>();
        foreach (var challenge in challenges.Take(2))
        {
            var team = challenge.Teams[0];
            var nickname = team.Nicknames[0];
            var path = $"/api/challenges/{challenge.Id}/teams/{team.Id}";
            var pupils = await coach.GetAsync<PupilBody[]>($"{path}/pupils", cancellationToken);
            var pupilId = pupils.Single(p => p.Nickname == nickname).Id;
            foreach (var badge in (await coach.GetAsync<BadgeBody[]>($"{path}/badges", cancellationToken)).Where(b => b.Revocation is null))
            {
                await coach.SendAsync<JsonElement>(HttpMethod.Put, $"{path}/badges/{badge.Id}/pupils", new { pupilIds = new[] { pupilId } }, cancellationToken: cancellationToken);
            }

            using var pupil = await ApiSession.PupilAsync(baseAddress, team.JoinCode, nickname, DemoDataSeeder.PupilPin, cancellationToken);
            var identity = await pupil.GetAsync<IdentityBody>($"{path}/badges/identity", cancellationToken);
            parts.Add(new DemoProfilePart(challenge.Title, team.Name, team.JoinCode, nickname, identity.RecoveryCode));
        }

        return new DemoProfile(parts);
    }

    private sealed record PupilBody(Guid Id, string Nickname);

    private sealed record BadgeBody(Guid Id, JsonElement? Revocation);

    private sealed record IdentityBody(string RecoveryCode);
}
