namespace ChallengeHub.Silo.Hosting;

/// <summary>Settings a Silo outside Development must have, checked before anything starts.</summary>
public static class DeploymentChecks
{
    /// <summary>
    /// Outside Development, refuses to start without <c>Badges:PublicAddress</c> (an absolute http(s) address) and with
    /// <c>AllowedHosts</c> of <c>*</c>: otherwise a request's <c>Host</c> header would choose the addresses written into
    /// signed credentials and links.
    /// </summary>
    public static void RequireDeploymentSettings(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || BuildTimeDocument.IsBeingWritten)
        {
            return;
        }

        var publicAddress = builder.Configuration["Badges:PublicAddress"];
        if (!Uri.TryCreate(publicAddress?.Trim(), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                "Badges__PublicAddress is not set: outside Development the Silo needs the public address it is reached at, "
                + "such as https://challengehub.example, because signed credentials and badge pages name it.");
        }

        var allowedHosts = builder.Configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(allowedHosts) || allowedHosts.Split(';').Any(host => host.Trim() == "*"))
        {
            throw new InvalidOperationException(
                $"AllowedHosts is '{allowedHosts}': outside Development list the host names the Silo answers to, "
                + $"such as AllowedHosts={address.Host}, so that no request's Host header is taken for ChallengeHub's own address.");
        }
    }
}
