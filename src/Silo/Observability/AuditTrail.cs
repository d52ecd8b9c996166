using ChallengeHub.Grains.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChallengeHub.Silo.Observability;

/// <summary>
/// A security-relevant event: who did what to whom, when and from where — never a secret (no passphrase, PIN, code or token).
/// </summary>
/// <param name="Action">A stable kebab-case name, e.g. <c>sign-in-failed</c>, <c>pin-reset</c>, <c>consent-changed</c>, <c>pupil-erased</c>.</param>
/// <param name="ChallengeId">The challenge it belongs to, when it belongs to one; organisers of that challenge can read it.</param>
/// <param name="Subject">Whom or what it concerns (a pupil, team, badge or account id); never a name typed by the caller.</param>
/// <param name="Outcome">What happened, in a few words (e.g. <c>locked for 30 s</c>).</param>
public sealed record AuditEvent(string Action, Guid? ChallengeId = null, string? Subject = null, string? Outcome = null);

/// <summary>Writes audit events. The actor, time and client address are taken from the request, not from the caller.</summary>
public interface IAuditTrail
{
    Task RecordAsync(HttpContext context, AuditEvent auditEvent);
}

/// <summary>
/// Writes every audit event as one structured log line in the <c>ChallengeHub.Audit</c> category and stores it in the trail
/// of its challenge (or the staff-wide trail), where organisers of the challenge read it.
/// </summary>
/// <remarks>
/// The change being audited is stored before the event is: when storing the event fails, the log line remains as its
/// record and the caller's answer is not turned into an error for a change that did happen.
/// </remarks>
internal sealed class StoredAuditTrail(IGrainFactory grains, ILoggerFactory loggers, TimeProvider time) : IAuditTrail
{
    private readonly ILogger _log = loggers.CreateLogger("ChallengeHub.Audit");

    public async Task RecordAsync(HttpContext context, AuditEvent auditEvent)
    {
        var actor = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "unknown"
            : "anonymous";
        var address = context.Connection.RemoteIpAddress?.ToString();
        var at = time.GetUtcNow();
        _log.LogInformation(
            "Audit {Action} by {Actor} from {Address} at {At:O}: challenge {ChallengeId}, subject {Subject}, {Outcome}",
            auditEvent.Action, actor, address, at, auditEvent.ChallengeId, auditEvent.Subject, auditEvent.Outcome);
        try
        {
            await grains.GetGrain<IAuditTrailGrain>(auditEvent.ChallengeId ?? AuditTrailGrain.StaffWide)
                .AppendAsync(new AuditRecord(0, at, auditEvent.Action, actor, address, auditEvent.Subject, auditEvent.Outcome));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _log.LogError(exception, "Audit {Action} of challenge {ChallengeId} not stored; the line above is its record", auditEvent.Action, auditEvent.ChallengeId);
        }
    }
}

public static class AuditSetup
{
    public static void AddAuditTrail(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IAuditTrail, StoredAuditTrail>();
    }
}
