using System.Collections.Immutable;

namespace ChallengeHub.Grains.Audit;

/// <summary>
/// One stored audit event: what happened (<paramref name="Action"/>, kebab-case), to whom or what (<paramref name="Subject"/>,
/// an id), with which <paramref name="Outcome"/>, by whom (<paramref name="Actor"/>: an account or pupil id, or
/// <c>anonymous</c>) and from where (<paramref name="Address"/>, the client's IP address). Never a secret.
/// <paramref name="Number"/> counts the trail's events from 1.
/// </summary>
[GenerateSerializer, Immutable, Alias("AuditRecord")]
public sealed record AuditRecord(
    long Number,
    DateTimeOffset At,
    string Action,
    string Actor,
    string? Address = null,
    string? Subject = null,
    string? Outcome = null);

/// <summary>
/// A page of a trail, newest first; <paramref name="Before"/> is the number to ask before for the next (older) page, or
/// null on the last page.
/// </summary>
[GenerateSerializer, Immutable, Alias("AuditPage")]
public sealed record AuditPage(ImmutableArray<AuditRecord> Events, long? Before);
