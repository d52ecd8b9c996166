using System.Collections.Immutable;

namespace ChallengeHub.Grains.Accounts;

/// <summary>The codes of the invites an organiser made for one challenge, so that they can be listed. Keyed by challenge id.</summary>
[Alias("IChallengeInvitesGrain")]
public interface IChallengeInvitesGrain : IGrainWithGuidKey
{
    /// <summary>Records an invite's code; adding it again changes nothing. Refused (409) past <c>ChallengeInvitesGrain.MaxInvites</c>.</summary>
    [Alias("Add")]
    Task AddAsync(string code);

    /// <summary>The codes, oldest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<string>> ListAsync();
}
