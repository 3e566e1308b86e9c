using Scraper.Diffs;
using Scraper.Polling;
using Scraper.Storage;

namespace Scraper.Webhooks;

/// <summary>Connects the publisher's and the poller's notifications to webhook events.</summary>
public sealed class WebhookPipelineSinks(IWebhookPublisher publisher) : IDiffPublishedSink, ISourceHealthSink
{
    public Task OnDiffPublishedAsync(ManifestEntry entry, CancellationToken cancellationToken)
    {
        var downloads = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var (format, file) in entry.Files)
        {
            // Absolute API links when the public base URL is known, else the blob path in the diffs container.
            downloads[format] = file.Url is { } url ? new Uri(url) : new Uri(file.Path, UriKind.Relative);
        }

        var day = DateOnly.ParseExact(entry.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return publisher.PublishDiffPublishedAsync(day, entry, downloads, entry.Entries.Total, cancellationToken);
    }

    public Task OnHealthTransitionAsync(SourceHealth health, bool failing, CancellationToken cancellationToken) =>
        publisher.PublishSourceHealthAsync(health, failing, cancellationToken);
}
