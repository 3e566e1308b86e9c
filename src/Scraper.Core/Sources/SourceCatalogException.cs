namespace Scraper.Sources;

/// <summary>Thrown at start-up when the catalogue has mistakes; lists every one of them.</summary>
public sealed class SourceCatalogException : Exception
{
    public SourceCatalogException(IReadOnlyList<CatalogError> errors)
        : base("The source catalogue is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CatalogError> Errors { get; }
}
