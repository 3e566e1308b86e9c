namespace Scraper.Extraction;

/// <summary>One mistake in a data file people edit: which file, which line or entry, which field, and what is wrong.</summary>
public sealed record DataFileError(string File, string Location, string Field, string Message)
{
    public override string ToString() => $"{File}: {Location}: {Field}: {Message}";
}
