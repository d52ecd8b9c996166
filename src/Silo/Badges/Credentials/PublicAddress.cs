using System.ComponentModel.DataAnnotations;
using ChallengeHub.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Badges.Credentials;

/// <summary>Settings of the <c>Badges</c> section.</summary>
public sealed class BadgeSettings : IValidatableObject
{
    /// <summary>
    /// The address credentials name ChallengeHub by (issuer, key, evidence and status URLs), such as
    /// <c>https://challengehub.example</c>; empty: the address each request came in on.
    /// </summary>
    public string? PublicAddress { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicAddress) && !Settings.IsHttpAddress(PublicAddress.Trim()))
        {
            yield return new("PublicAddress must be an absolute http or https address, such as https://challengehub.example.", [nameof(PublicAddress)]);
        }
    }
}

/// <summary>The address credentials and public pages name, so that a credential issued behind a proxy does not carry localhost.</summary>
public static class PublicAddress
{
    public static string Of(HttpContext http) =>
        Resolve(http.RequestServices.GetRequiredService<IOptions<BadgeSettings>>().Value.PublicAddress, http.Request.Scheme, http.Request.Host.Value);

    /// <summary>The configured address without a trailing slash, or <paramref name="scheme"/>://<paramref name="host"/> when none is set.</summary>
    public static string Resolve(string? configured, string scheme, string? host) =>
        string.IsNullOrWhiteSpace(configured) ? $"{scheme}://{host}" : configured.Trim().TrimEnd('/');
}
