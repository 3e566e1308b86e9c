using Microsoft.Extensions.Logging;

namespace Scraper.Sources;

/// <summary>
/// The effective catalogue: the file's entries, each replaced by its runtime override (Table "Sources")
/// when one exists, plus sources that exist only as overrides. An override that no longer validates is
/// ignored (logged) and the file entry stays in force.
/// </summary>
public sealed partial class LayeredSourceCatalog(FileSourceCatalog file, SourceOverrideStore overrides, ILogger<LayeredSourceCatalog> logger) : ISourceCatalog
{
    public async Task<IReadOnlyList<SourceDefinition>> GetAllAsync(CancellationToken cancellationToken) =>
        (await GetWithOriginAsync(cancellationToken)).Select(s => s.Source).ToList();

    public async Task<SourceDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await FindWithOriginAsync(id, cancellationToken))?.Source;

    public async Task<IReadOnlyList<CatalogEntry>> GetWithOriginAsync(CancellationToken cancellationToken)
    {
        var fromFile = await file.GetAllAsync(cancellationToken);
        var stored = await overrides.GetAllAsync(cancellationToken);
        var result = new List<CatalogEntry>();
        foreach (var s in fromFile)
        {
            result.Add(stored.TryGetValue(s.Id, out var json) && Parse(s.Id, json) is { } o
                ? new CatalogEntry(o, SourceOrigin.Override, InFile: true)
                : new CatalogEntry(s, SourceOrigin.File, InFile: true));
        }

        var fileIds = fromFile.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, json) in stored.Where(kv => !fileIds.Contains(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (Parse(id, json) is { } o)
            {
                result.Add(new CatalogEntry(o, SourceOrigin.Override, InFile: false));
            }
        }

        return result;
    }

    public async Task<CatalogEntry?> FindWithOriginAsync(string id, CancellationToken cancellationToken)
    {
        var inFile = await file.FindAsync(id, cancellationToken);
        if (await overrides.GetAsync(id, cancellationToken) is { } json && Parse(id, json) is { } o)
        {
            return new CatalogEntry(o, SourceOrigin.Override, inFile is not null);
        }

        return inFile is null ? null : new CatalogEntry(inFile, SourceOrigin.File, InFile: true);
    }

    private SourceDefinition? Parse(string id, string json)
    {
        var (source, errors) = SourceCatalogLoader.ValidateEntry($"table Sources/{id}", json);
        if (source is null || source.Id != id)
        {
            LogBadOverride(logger, id, string.Join("; ", errors));
            return null;
        }

        return source;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring invalid runtime override of source {SourceId}: {Errors}")]
    private static partial void LogBadOverride(ILogger logger, string sourceId, string errors);
}

/// <summary>Where a source's effective definition comes from.</summary>
public enum SourceOrigin
{
    File,
    Override,
}

/// <summary>An effective source with its origin; <paramref name="InFile"/> tells whether deleting the override reverts to a file entry.</summary>
public sealed record CatalogEntry(SourceDefinition Source, SourceOrigin Origin, bool InFile);
