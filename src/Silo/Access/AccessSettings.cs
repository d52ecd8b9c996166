using System.ComponentModel.DataAnnotations;
using ChallengeHub.Silo.Hosting;

namespace ChallengeHub.Silo.Access;

/// <summary>The <c>Access</c> configuration section.</summary>
public sealed class AccessSettings : IValidatableObject
{
    /// <summary>Origins besides ChallengeHub's own that may open the live connection, such as <c>https://school.example</c>.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Cookies only over HTTPS; unset: everywhere except in Development.</summary>
    public bool? SecureCookies { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AllowedOrigins.FirstOrDefault(origin => !Settings.IsHttpAddress(origin)) is { } wrong)
        {
            yield return new($"AllowedOrigins holds '{wrong}', which is not an http or https origin.", [nameof(AllowedOrigins)]);
        }
    }
}
