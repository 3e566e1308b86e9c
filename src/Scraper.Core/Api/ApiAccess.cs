namespace Scraper.Api;

/// <summary>Key level a route needs, mirroring Azure Functions' authorization levels.</summary>
public enum ApiAccess
{
    /// <summary>No key (health).</summary>
    Anonymous,

    /// <summary>Function key (read routes), or anonymous when Api:AnonymousReads is set.</summary>
    Read,

    /// <summary>Admin key (sources, subscriptions).</summary>
    Admin,
}
