using System.Net;

namespace Scraper.Webhooks.Ssrf;

/// <summary>DNS lookup seam, so tests can make a name resolve to a private address.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
