namespace Scraper.Core.Tests.Parsing;

/// <summary>Paths of the fixture folders copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures");

    /// <summary>The single file of a fixture case folder, e.g. ("Feeds", "rss091-netscape-doctype").</summary>
    public static string File(string area, string quirk) =>
        Directory.GetFiles(Path.Combine(Root, area, quirk)).OrderBy(f => f, StringComparer.Ordinal).First();

    public static byte[] Bytes(string area, string quirk) => System.IO.File.ReadAllBytes(File(area, quirk));

    public static string Text(string area, string quirk) => System.IO.File.ReadAllText(File(area, quirk));

    public static IEnumerable<string> AllFiles() =>
        Directory.GetFiles(Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).OrderBy(f => f, StringComparer.Ordinal);
}
