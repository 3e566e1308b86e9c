using Scraper.Cli.Local;

namespace Scraper.IntegrationTests.Infrastructure;

/// <summary>
/// One real Azurite (the pinned npm package, in-memory) for the whole test run. Tests isolate
/// themselves with a unique storage name prefix (see <see cref="ScraperTestHost"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite not started");

    public async Task InitializeAsync()
    {
        var root = RepositoryRootForTests.Find();
        try
        {
            _azurite = await AzuriteProcess.StartAsync(root, dataFolder: null, TextWriter.Null, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException(
                "Integration tests need a real Azurite. It is started from the pinned npm package; run `npm ci` in the project root " +
                "and make sure Node.js 20+ is on PATH. Cause: " + ex.Message, ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
