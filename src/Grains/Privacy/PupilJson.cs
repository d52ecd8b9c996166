using System.Text.Json;

namespace ChallengeHub.Grains.Privacy;

/// <summary>How pupil data is written in an export: camelCase JSON, readable by a person.</summary>
public static class PupilJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
