namespace Scraper.IntegrationTests.Infrastructure;

/// <summary>The project root, found by walking up from the test binaries to Scraper.sln.</summary>
public static class RepositoryRootForTests
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scraper.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scraper.sln not found above " + AppContext.BaseDirectory);
    }
}
