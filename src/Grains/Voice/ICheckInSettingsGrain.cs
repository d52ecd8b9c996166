namespace ChallengeHub.Grains.Voice;

/// <summary>The organiser's switch for the check-in of a challenge: off until switched on. Keyed by challenge id.</summary>
[Alias("ICheckInSettingsGrain")]
public interface ICheckInSettingsGrain : IGrainWithGuidKey
{
    [Alias("Get"), AlwaysInterleave]
    Task<ChallengeCheckIn> GetAsync();

    [Alias("Set")]
    Task<ChallengeCheckIn> SetAsync(bool switchedOn);
}
