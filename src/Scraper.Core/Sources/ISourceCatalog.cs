namespace Scraper.Sources;

/// <summary>The effective list of sources: the catalogue file plus runtime overrides.</summary>
public interface ISourceCatalog
{
    Task<IReadOnlyList<SourceDefinition>> GetAllAsync(CancellationToken cancellationToken);

    Task<SourceDefinition?> FindAsync(string id, CancellationToken cancellationToken);
}
