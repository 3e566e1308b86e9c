namespace Scraper.Sources.Adapters;

/// <summary>Fetches and parses one kind of source (rss, telegram, html, ...) into documents.</summary>
public interface ISourceAdapter
{
    /// <summary>The catalogue's "adapter" value this adapter serves.</summary>
    string Name { get; }

    Task<SourceReadResult> ReadAsync(SourceDefinition source, CancellationToken cancellationToken);
}
