namespace Scraper.Storage;

/// <summary>
/// Where Scraper keeps its state (section "Storage"). Either a connection string, or service URIs
/// reached with a managed identity (the AzureWebJobsStorage__*ServiceUri settings in Azure).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Connection string; falls back to AzureWebJobsStorage when that is a connection string.</summary>
    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity (null: DefaultAzureCredential).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix for every table, queue and container name; lets tests and demos share one account.</summary>
    public string NamePrefix { get; set; } = "";

    /// <summary>How long run records are kept per source (one per poll: they would grow without bound).</summary>
    public TimeSpan RunRetention { get; set; } = TimeSpan.FromDays(90);
}
