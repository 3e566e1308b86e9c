namespace Scraper.Diffs.Formats;

/// <summary>Streams a diff in one format; memory stays flat whatever the number of entries.</summary>
public interface IDiffWriter
{
    DiffFormat Format { get; }

    /// <param name="output">Destination stream.</param>
    /// <param name="header">Day and status.</param>
    /// <param name="entries">Entries in diff order.</param>
    /// <param name="continuation">Token for the next page, when paging stopped early (JSON/NDJSON only).</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    Task WriteAsync(Stream output, DiffHeader header, IAsyncEnumerable<DiffEntry> entries, Func<string?>? continuation, CancellationToken cancellationToken);
}
