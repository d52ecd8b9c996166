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

/// <summary>Writes every audit event as one structured log line in the <c>ChallengeHub.Audit</c> category.</summary>
internal sealed class LoggingAuditTrail(ILoggerFactory loggers, TimeProvider time) : IAuditTrail
{
    private readonly ILogger _log = loggers.CreateLogger("ChallengeHub.Audit");

    public Task RecordAsync(HttpContext context, AuditEvent auditEvent)
    {
        var actor = context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "unknown"
            : "anonymous";
        _log.LogInformation(
            "Audit {Action} by {Actor} from {Address} at {At:O}: challenge {ChallengeId}, subject {Subject}, {Outcome}",
            auditEvent.Action, actor, context.Connection.RemoteIpAddress, time.GetUtcNow(),
            auditEvent.ChallengeId, auditEvent.Subject, auditEvent.Outcome);
        return Task.CompletedTask;
    }
}

public static class AuditSetup
{
    public static void AddAuditTrail(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IAuditTrail, LoggingAuditTrail>();
    }
}
