namespace Scraper.Diffs;

/// <summary>One published day in diffs/manifest.json.</summary>
public sealed record ManifestEntry
{
    public required string Date { get; init; }
    public required DiffCounts Entries { get; init; }
    /// <summary>Per format name: blob path, byte size and SHA-256 of the .gz file as stored.</summary>
    public required IReadOnlyDictionary<string, ManifestFile> Files { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
}

public sealed record DiffCounts(int Added, int Changed, int Removed)
{
    public int Total => Added + Changed + Removed;
}

public sealed record ManifestFile(string Path, long Bytes, string Sha256, string? Url);
