using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace ChallengeHub.Grains.Challenges;

/// <summary>When a challenge runs, its event (showcase) day, and optional named phases; shown on every team page.</summary>
[GenerateSerializer, Immutable, Alias("Schedule")]
public sealed record Schedule(DateOnly Start, DateOnly End, DateOnly? EventDay, ImmutableArray<Phase> Phases)
{
    public const int MaxPhases = 12;
    public const int MaxPhaseNameLength = 80;

    /// <summary>Checks the dates and names, or throws Invalid naming each field that needs another look.</summary>
    public static Schedule Normalize(ScheduleRequest request)
    {
        var validation = new Validation();
        if (request.Start is null)
        {
            validation.Add("start", "start is required.");
        }

        if (request.End is null)
        {
            validation.Add("end", "end is required.");
        }

        var (start, end) = (request.Start ?? default, request.End ?? default);
        if (request.Start is not null && request.End is not null && end < start)
        {
            validation.Add("end", "end comes on or after start.");
        }

        if (request.EventDay is { } eventDay && (eventDay < start || eventDay > end))
        {
            validation.Add("eventDay", "The event day falls between start and end.");
        }

        var phases = request.Phases ?? [];
        if (phases.Length > MaxPhases)
        {
            validation.Add("phases", $"A schedule has at most {MaxPhases} phases.");
        }

        var normalized = phases.Take(MaxPhases).Select((phase, i) =>
        {
            var name = validation.Text($"phases[{i}].name", phase?.Name, MaxPhaseNameLength);
            var (from, to) = (phase?.Start ?? default, phase?.End ?? default);
            if (phase?.Start is null || phase.End is null || to < from || from < start || to > end)
            {
                validation.Add($"phases[{i}]", "A phase has a start and an end within the challenge's dates.");
            }

            return new Phase(name, from, to);
        }).OrderBy(p => p.Start).ToImmutableArray();
        validation.ThrowIfInvalid();
        return new Schedule(start, end, request.EventDay, normalized);
    }
}

[GenerateSerializer, Immutable, Alias("Phase")]
public sealed record Phase(string Name, DateOnly Start, DateOnly End);

/// <summary>Body of <c>PUT /api/challenges/{challengeId}/schedule</c>.</summary>
[GenerateSerializer, Immutable, Alias("ScheduleRequest")]
public sealed record ScheduleRequest(DateOnly? Start, DateOnly? End, DateOnly? EventDay, PhaseRequest?[]? Phases);

[GenerateSerializer, Immutable, Alias("PhaseRequest")]
public sealed record PhaseRequest([property: MaxLength(Schedule.MaxPhaseNameLength)] string? Name, DateOnly? Start, DateOnly? End);
