using Microsoft.Extensions.Options;

namespace Scraper.Sources;

/// <summary>The catalogue file, loaded and validated once (a mistake fails start-up with every error listed).</summary>
public sealed class FileSourceCatalog(IOptions<SourcesOptions> options) : ISourceCatalog
{
    private readonly Lazy<IReadOnlyList<SourceDefinition>> _sources =
        new(() => SourceCatalogLoader.LoadFile(options.Value.ResolvedCatalogPath));

    public Task<IReadOnlyList<SourceDefinition>> GetAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_sources.Value);

    public Task<SourceDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_sources.Value.FirstOrDefault(s => s.Id == id));
}
