namespace Scraper.Sources;

/// <summary>Where the source catalogue is (section "Sources").</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>Catalogue file; relative paths are resolved against the app's base directory.</summary>
    public string CatalogPath { get; set; } = "data/sources.json";

    public string ResolvedCatalogPath =>
        Path.IsPathRooted(CatalogPath) ? CatalogPath : Path.Combine(AppContext.BaseDirectory, CatalogPath);
}
