using Scraper.Storage;

namespace Scraper.Webhooks;

/// <summary>
/// What other parts of the pipeline call to raise events (claim changes come in through
/// <see cref="Polling.IClaimChangeSink"/>). Each returns the number of deliveries queued.
/// </summary>
public interface IWebhookPublisher
{
    /// <summary>After a day's diff files and manifest entry are written. Nothing is sent when <paramref name="entryCount"/> is 0.</summary>
    /// <param name="manifestEntry">The day's manifest entry, serialised as is into the payload.</param>
    /// <param name="downloads">Download URL per format ("json", "csv", ...).</param>
    Task<int> PublishDiffPublishedAsync(DateOnly day, object manifestEntry, IReadOnlyDictionary<string, Uri> downloads, int entryCount, CancellationToken cancellationToken);

    /// <summary>When a source turns failing (<paramref name="failing"/>) or recovers; call on the transition only.</summary>
    Task<int> PublishSourceHealthAsync(SourceHealth health, bool failing, CancellationToken cancellationToken);
}
