namespace Scraper.Sources.Adapters;

/// <summary>Looks adapters up by the catalogue's adapter name.</summary>
public sealed class SourceAdapterRegistry(IEnumerable<ISourceAdapter> adapters)
{
    private readonly Dictionary<string, ISourceAdapter> _byName = adapters.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public ISourceAdapter? Find(string name) => _byName.GetValueOrDefault(name);

    public IReadOnlyCollection<string> Names => _byName.Keys;
}
