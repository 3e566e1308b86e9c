namespace Scraper.IntegrationTests.Fetching;

/// <summary>One fault server for all fetcher tests; each test gets a fresh fetcher (fresh host state).</summary>
public sealed class FaultServerFixture : IAsyncLifetime
{
    public FaultServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FaultServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
