namespace Scraper.Storage;

/// <summary>The names of every table, queue and container; the Bicep template creates the same set.</summary>
public static class StorageNames
{
    public const string ClaimsTable = "Claims";
    public const string ChangesTable = "Changes";
    public const string DocumentsTable = "Documents";
    public const string RunsTable = "Runs";
    public const string SourceStateTable = "SourceState";
    public const string SourcesTable = "Sources";
    public const string PublishedDaysTable = "PublishedDays";
    public const string SubscriptionsTable = "Subscriptions";
    public const string DeliveriesTable = "Deliveries";

    public const string PollRequestsQueue = "poll-requests";
    public const string WebhookDeliveriesQueue = "webhook-deliveries";

    public const string SnapshotsContainer = "snapshots";
    public const string DiffsContainer = "diffs";

    public static readonly IReadOnlyList<string> Tables =
        [ClaimsTable, ChangesTable, DocumentsTable, RunsTable, SourceStateTable, SourcesTable, PublishedDaysTable, SubscriptionsTable, DeliveriesTable];

    public static readonly IReadOnlyList<string> Queues = [PollRequestsQueue, WebhookDeliveriesQueue];

    public static readonly IReadOnlyList<string> Containers = [SnapshotsContainer, DiffsContainer];

    /// <summary>Poison queue the Functions host (and the local runner) moves failing messages to.</summary>
    public static string Poison(string queue) => queue + "-poison";
}
