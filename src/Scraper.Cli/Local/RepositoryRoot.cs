namespace Scraper.Cli.Local;

/// <summary>Finds the project root (where package.json pins Azurite and samples/ lives).</summary>
internal static class RepositoryRoot
{
    /// <summary>SCRAPER_HOME, else the nearest folder above the current directory or the binaries holding Scraper.sln.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SCRAPER_HOME") is { Length: > 0 } home && Directory.Exists(home))
        {
            return Path.GetFullPath(home);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Scraper.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string FindOrThrow() =>
        Find() ?? throw new InvalidOperationException(
            "Cannot find the Scraper project folder (with Scraper.sln and package.json). Run from inside it or set SCRAPER_HOME.");
}
