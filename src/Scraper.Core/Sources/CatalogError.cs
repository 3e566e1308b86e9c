namespace Scraper.Sources;

/// <summary>One mistake in a catalogue file, located by file, source id and field.</summary>
public sealed record CatalogError(string File, string? SourceId, string Field, string Message)
{
    public override string ToString() => $"{File}: source '{SourceId ?? "?"}', field '{Field}': {Message}";
}
