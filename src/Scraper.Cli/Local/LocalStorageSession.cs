using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scraper.Hosting;
using Scraper.Storage;

namespace Scraper.Cli.Local;

/// <summary>
/// The CLI's runtime: configuration (environment, optional scraper.settings.json), storage (the
/// configured connection string as is, or a self-started Azurite with data in .azurite/), and the
/// same AddScraper service graph as the Functions app.
/// </summary>
internal sealed class LocalStorageSession : IAsyncDisposable
{
    private readonly AzuriteProcess? _azurite;

    private LocalStorageSession(ServiceProvider services, IConfiguration configuration, AzuriteProcess? azurite, string? dataFolder)
    {
        Services = services;
        Configuration = configuration;
        _azurite = azurite;
        DataFolder = dataFolder;
    }

    public ServiceProvider Services { get; }
    public IConfiguration Configuration { get; }

    /// <summary>Local data folder (.azurite/) when Azurite was started here, else null.</summary>
    public string? DataFolder { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="overrides">Settings that win over the environment (the demo's catalogue, for example).</param>
    /// <param name="time">Clock to register (the demo's replay clock); system time when null.</param>
    /// <param name="progress">Where start-up steps are reported.</param>
    /// <param name="logLevel">Minimum console log level.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task<LocalStorageSession> StartAsync(
        IDictionary<string, string?>? overrides, TimeProvider? time, TextWriter progress, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var builder = new ConfigurationBuilder();
        if (root is not null && File.Exists(Path.Combine(root, "scraper.settings.json")))
        {
            builder.AddJsonFile(Path.Combine(root, "scraper.settings.json"), optional: true);
        }

        var configuration = builder.AddEnvironmentVariables().AddInMemoryCollection(overrides ?? new Dictionary<string, string?>()).Build();
        AzuriteProcess? azurite = null;
        string? dataFolder = null;
        var settings = new Dictionary<string, string?>();
        if (string.IsNullOrWhiteSpace(configuration["Storage:ConnectionString"]) && string.IsNullOrWhiteSpace(configuration["AzureWebJobsStorage"]))
        {
            root ??= RepositoryRoot.FindOrThrow();
            dataFolder = Path.Combine(root, ".azurite");
            await progress.WriteAsync("Starting Azurite (local storage emulator)... ");
            azurite = await AzuriteProcess.StartAsync(root, dataFolder, progress, cancellationToken);
            await progress.WriteLineAsync("ready.");
            settings["Storage:ConnectionString"] = azurite.ConnectionString;
        }

        var effective = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => { o.SingleLine = true; o.IncludeScopes = true; o.TimestampFormat = "HH:mm:ss "; }).SetMinimumLevel(logLevel));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddScraper(effective);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            // Options are validated here, as the Functions host does at start-up.
            ScraperStartup.ValidateOptions(provider);
            await provider.GetRequiredService<ScraperStorage>().EnsureCreatedAsync(cancellationToken);
        }
        catch
        {
            await provider.DisposeAsync();
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }

        return new LocalStorageSession(provider, effective, azurite, dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
