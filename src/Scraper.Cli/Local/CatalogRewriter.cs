namespace Scraper.Cli.Local;

/// <summary>
/// Sample catalogues name the placeholder host http://replay.local/; this writes a copy pointing at
/// the running replay server, so recorded pages are fetched through the real HTTP stack.
/// </summary>
internal static class CatalogRewriter
{
    public const string Placeholder = "http://replay.local/";

    public static string Rewrite(string templatePath, Uri replayBase, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var output = Path.Combine(outputFolder, Path.GetFileName(templatePath));
        File.WriteAllText(output, File.ReadAllText(templatePath).Replace(Placeholder, replayBase.AbsoluteUri, StringComparison.Ordinal));
        return output;
    }
}
