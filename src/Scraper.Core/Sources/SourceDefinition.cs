using System.Text.Json;

namespace Scraper.Sources;

/// <summary>One entry of the source catalogue (data/sources.json, schema data/sources.schema.json).</summary>
public sealed record SourceDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public SourceKind Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2 of the owner (the ministry's state, the outlet's seat).</summary>
    public string? Country { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    /// <summary>Adapter name: rss, html, telegram, sitemap, gdelt, ...</summary>
    public required string Adapter { get; init; }
    public IReadOnlyList<Uri> Urls { get; init; } = [];
    /// <summary>6-field NCRONTAB (UTC) or an interval like "00:15:00".</summary>
    public string Schedule { get; init; } = "0 */15 * * * *";
    /// <summary>When nothing new arrives within this period the source is reported silent.</summary>
    public TimeSpan? ExpectedUpdatePeriod { get; init; }
    public PolitenessOverrides? Politeness { get; init; }
    /// <summary>Adapter-specific options (selectors, pagination, caps), kept as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> Options { get; init; } = new Dictionary<string, JsonElement>();
    public bool Enabled { get; init; } = true;
    /// <summary>Free text for people: why disabled, what is unverified, licence or bias remarks.</summary>
    public string? Note { get; init; }
}
