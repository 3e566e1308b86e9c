namespace Scraper.Diffs.Formats;

/// <summary>Text forms used in every format.</summary>
public static class DiffFormatsText
{
    public static string Change(DiffChange c) => c switch
    {
        DiffChange.Added => "added",
        DiffChange.Changed => "changed",
        _ => "removed",
    };
}
