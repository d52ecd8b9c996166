using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ChallengeHub.Silo.Hosting;

/// <summary>The one way the Silo reads a configuration section.</summary>
public static class Settings
{
    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/> as options checked by their data annotations (and
    /// <see cref="IValidatableObject"/>) when the host starts, and returns the values for set-up that needs them before the
    /// host is built. Those values are checked here already, so a wrong setting stops the start with its name in the message.
    /// </summary>
    public static T AddSettings<T>(this WebApplicationBuilder builder, string section) where T : class, new()
    {
        builder.Services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(section).Get<T>() ?? new T();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), errors, validateAllProperties: true))
        {
            throw new OptionsValidationException(section, typeof(T), [.. errors.Select(e => $"{section}: {e.ErrorMessage}")]);
        }

        return settings;
    }

    /// <summary>Whether <paramref name="value"/> is an absolute http or https address.</summary>
    public static bool IsHttpAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
