using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Scraper.Storage;

namespace Scraper.Hosting;

/// <summary>
/// Fills StorageOptions from the Functions host's own settings when "Storage" is not set:
/// AzureWebJobsStorage as a connection string, or AzureWebJobsStorage__*ServiceUri + __clientId.
/// </summary>
public sealed class StorageOptionsSetup(IConfiguration configuration) : IPostConfigureOptions<StorageOptions>
{
    public void PostConfigure(string? name, StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) || options.TableServiceUri is not null)
        {
            return;
        }

        var host = configuration["AzureWebJobsStorage"];
        if (!string.IsNullOrWhiteSpace(host))
        {
            options.ConnectionString = host;
            return;
        }

        var section = configuration.GetSection("AzureWebJobsStorage");
        options.TableServiceUri ??= Uri(section["tableServiceUri"]);
        options.QueueServiceUri ??= Uri(section["queueServiceUri"]);
        options.BlobServiceUri ??= Uri(section["blobServiceUri"]);
        options.ManagedIdentityClientId ??= section["clientId"];
    }

    private static Uri? Uri(string? s) => string.IsNullOrWhiteSpace(s) ? null : new Uri(s);
}
