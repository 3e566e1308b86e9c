using Microsoft.Extensions.Options;
using Scraper.Storage;

namespace Scraper.Hosting;

/// <summary>Storage needs a connection string or all three service URIs, and a run retention of a day or more.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.RunRetention < TimeSpan.FromDays(1))
        {
            return ValidateOptionsResult.Fail($"Storage:RunRetention must be at least one day (was {options.RunRetention})");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Success;
        }

        return options.TableServiceUri is null || options.QueueServiceUri is null || options.BlobServiceUri is null
            ? ValidateOptionsResult.Fail("Storage is not configured: set Storage:ConnectionString (or AzureWebJobsStorage), or AzureWebJobsStorage__tableServiceUri, __queueServiceUri and __blobServiceUri")
            : ValidateOptionsResult.Success;
    }
}
