using System.Security.Cryptography;

namespace Scraper.Webhooks;

/// <summary>Signing secrets: `whsec_` + base64 of 32 random bytes (the spec asks for at least 24).</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static bool IsWellFormed(string? secret)
    {
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var buffer = new byte[secret.Length];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var n) && n >= 24;
    }
}
