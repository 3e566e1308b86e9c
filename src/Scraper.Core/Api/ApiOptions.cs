namespace Scraper.Api;

/// <summary>
/// Keys for `scraper serve` (section "Api"; env Api__ReadKey, Api__AdminKey). In Azure the Functions
/// host checks its own function/admin keys; these settings only govern the local server.
/// </summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public string? ReadKey { get; set; }
    public string? AdminKey { get; set; }

    /// <summary>Public deployment: read routes need no key. Admin routes always do.</summary>
    public bool AnonymousReads { get; set; }
}
