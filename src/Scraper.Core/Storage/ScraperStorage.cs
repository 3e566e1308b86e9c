using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Scraper.Storage;

/// <summary>
/// One set of storage clients for the process. Queue messages are base64, as the Functions queue
/// trigger expects by default. Extra pipeline policies (tests inject faults) apply to every client.
/// </summary>
public sealed class ScraperStorage
{
    private readonly TableServiceClient _tables;
    private readonly QueueServiceClient _queues;
    private readonly BlobServiceClient _blobs;
    private readonly string _prefix;

    public ScraperStorage(IOptions<StorageOptions> options, IEnumerable<HttpPipelinePolicy> policies)
    {
        var o = options.Value;
        _prefix = o.NamePrefix;
        var tableOptions = new TableClientOptions();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var blobOptions = new BlobClientOptions();
        foreach (var policy in policies)
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
            queueOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
            blobOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            _tables = new TableServiceClient(o.ConnectionString, tableOptions);
            _queues = new QueueServiceClient(o.ConnectionString, queueOptions);
            _blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
        }
        else
        {
            TokenCredential credential = o.ManagedIdentityClientId is { Length: > 0 } id
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id))
                : new DefaultAzureCredential();
            _tables = new TableServiceClient(o.TableServiceUri!, credential, tableOptions);
            _queues = new QueueServiceClient(o.QueueServiceUri!, credential, queueOptions);
            _blobs = new BlobServiceClient(o.BlobServiceUri!, credential, blobOptions);
        }
    }

    public TableClient Table(string name) => _tables.GetTableClient(TableName(name));

    public QueueClient Queue(string name) => _queues.GetQueueClient(_prefix.ToLowerInvariant() + name);

    public BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient(_prefix.ToLowerInvariant() + name);

    public string TableName(string name) => new string(_prefix.Where(char.IsAsciiLetterOrDigit).ToArray()) + name;

    /// <summary>Creates every table, queue (with its poison queue) and container; safe to repeat.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var t in StorageNames.Tables)
        {
            await Table(t).CreateIfNotExistsAsync(cancellationToken);
        }

        foreach (var q in StorageNames.Queues)
        {
            await Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await Queue(StorageNames.Poison(q)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var c in StorageNames.Containers)
        {
            await Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    /// <summary>Deletes everything this prefix owns (tests and `scraper reset`).</summary>
    public async Task DeleteAllAsync(CancellationToken cancellationToken)
    {
        foreach (var t in StorageNames.Tables)
        {
            await Table(t).DeleteAsync(cancellationToken);
        }

        foreach (var q in StorageNames.Queues)
        {
            await Queue(q).DeleteIfExistsAsync(cancellationToken);
            await Queue(StorageNames.Poison(q)).DeleteIfExistsAsync(cancellationToken);
        }

        foreach (var c in StorageNames.Containers)
        {
            await Container(c).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
