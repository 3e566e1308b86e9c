using System.Net;

namespace Scraper.Webhooks.Ssrf;

/// <summary>Result of checking a webhook target: the vetted addresses, or why it is refused.</summary>
public sealed record TargetCheck(Uri? Url, IReadOnlyList<IPAddress> Addresses, string? Refusal)
{
    public bool Allowed => Refusal is null;

    public static TargetCheck Refused(string reason, Uri? url = null) => new(url, [], reason);
}
