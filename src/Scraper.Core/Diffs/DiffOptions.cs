namespace Scraper.Diffs;

/// <summary>Diff serving and publishing (section "Diffs").</summary>
public sealed class DiffOptions
{
    public const string SectionName = "Diffs";

    /// <summary>Absolute base URL of the API for links in manifests and webhooks, e.g. https://app.azurewebsites.net/api.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
